-- __index as a function receives the table and the key; only its first result is used.
local calls = {}
local t = setmetatable({ present = "here" }, {
  __index = function(tbl, key)
    calls[#calls + 1] = key
    return "computed " .. tostring(key)
  end,
})
local present = t.present
local absent = t.absent
local one = t[1]
local yes = t[true]
print(present, absent, one, yes)
print("calls", #calls, calls[1], calls[2], calls[3])
local selfCheck
local s = setmetatable({}, { __index = function(tbl) selfCheck = tbl return nil end })
local _ = s.anything
print("receives the table itself", selfCheck == s)
local multi = setmetatable({}, { __index = function() return "first", "second" end })
print("only first result", multi.x)
local squares = setmetatable({}, { __index = function(tbl, n)
  local v = n * n
  rawset(tbl, n, v)
  return v
end })
print("memoised", squares[4], squares[12], rawget(squares, 4), rawget(squares, 5))
local fib
fib = setmetatable({ [0] = 0, [1] = 1 }, { __index = function(tbl, n)
  local v = tbl[n - 1] + tbl[n - 2]
  tbl[n] = v
  return v
end })
print("recursive memo", fib[30], fib[60])
local fallback = setmetatable({}, { __index = function(tbl, k) return nil end })
print("function may return nil", fallback.k)
local base = { inherited = "from table" }
local fnChain = setmetatable({}, { __index = function(tbl, k) return base[k] end })
local child = setmetatable({}, { __index = fnChain })
print("table then function", child.inherited, child.other)
local errs = setmetatable({}, { __index = function(tbl, k) error("no field " .. k) end })
print("erroring __index", pcall(function() return errs.missing end))
local caseInsensitive = setmetatable({ name = "value" }, { __index = function(tbl, k)
  if k == "NAME" or k == "Name" then return rawget(tbl, "name") end
end })
print("aliases", caseInsensitive.NAME, caseInsensitive.Name, caseInsensitive.nAmE)
