-- Errors propagate outward to the nearest pcall; nested pcalls each catch their own.
local log = {}
local function say(s) log[#log + 1] = s end
local ok1, err1 = pcall(function()
  say("outer start")
  local ok2, err2 = pcall(function()
    say("inner start")
    error("inner failure", 0)
  end)
  say("inner caught: " .. tostring(ok2) .. " " .. err2)
  error("outer failure", 0)
end)
say("outer caught: " .. tostring(ok1) .. " " .. err1)
for i = 1, #log do print(i, log[i]) end
local function depth(n)
  if n == 0 then error("bottom", 0) end
  local ok, err = pcall(depth, n - 1)
  return "level " .. n .. " caught " .. err
end
print(depth(1))
print(pcall(depth, 0))
local function tryFinally(body, finally)
  local ok, err = pcall(body)
  finally()
  if not ok then error(err, 0) end
  return "ok"
end
local cleaned = 0
print(pcall(tryFinally, function() error("body failed", 0) end, function() cleaned = cleaned + 1 end))
print(pcall(tryFinally, function() end, function() cleaned = cleaned + 1 end))
print("cleanup ran", cleaned)
local function deepNest(n)
  if n == 0 then return pcall(error, "deepest", 0) end
  return pcall(deepNest, n - 1)
end
print("nested successes wrap results", deepNest(3))
local count = 0
for i = 1, 100 do
  local ok = pcall(function() if i % 3 == 0 then error("x") end end)
  if not ok then count = count + 1 end
end
print("errors caught in loop", count)
local ok3, err3 = pcall(function()
  local ok4, err4 = pcall(function() error({ layer = 1 }) end)
  err4.layer = err4.layer + 1
  error(err4)
end)
print("error object rethrown and modified", ok3, err3.layer)
