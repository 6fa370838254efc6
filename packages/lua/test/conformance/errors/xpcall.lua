-- xpcall calls a handler with the error object; the handler's result becomes the error value.
local function handler(msg) return "handled<" .. tostring(msg) .. ">" end
print(xpcall(function() error("boom") end, handler))
print(xpcall(function() error("no position", 0) end, handler))
print(xpcall(function() return "fine", 2 end, handler))
print(xpcall(function() local x = nil; return x.field end, handler))
local function tableHandler(e) return type(e) == "table" and e.code or "not a table" end
print(xpcall(function() error({ code = 404 }) end, tableHandler))
print("handler returning nothing", xpcall(function() error("x") end, function() end))
print("handler returning several", xpcall(function() error("x") end, function(m) return 1, 2 end))
print("error inside the handler", xpcall(function() error("first") end, function(m) error("second") end))
local calls = 0
local function counting(m) calls = calls + 1 return m end
xpcall(function() error("a") end, counting)
xpcall(function() return 1 end, counting)
print("handler only runs on error", calls)
print("handler is required", pcall(xpcall, function() end))
local nested = xpcall(function()
  local ok, err = xpcall(function() error("inner", 0) end, function(m) return "inner handler: " .. m end)
  print("inner result", ok, err)
  error("outer", 0)
end, function(m) print("outer handler got", m) return m end)
print("outer result", nested)
local function thrower(kind)
  if kind == "string" then error("text error", 0)
  elseif kind == "table" then error({ msg = "table error" })
  else return "no error" end
end
for _, kind in ipairs({ "string", "table", "none" }) do
  print(kind, xpcall(function() return thrower(kind) end, function(e)
    if type(e) == "table" then return e.msg end
    return e
  end))
end
