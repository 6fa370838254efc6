-- __newindex runs only when assigning to an absent key.
local log = {}
local t = setmetatable({ existing = 1 }, {
  __newindex = function(tbl, k, v)
    log[#log + 1] = tostring(k) .. "=" .. tostring(v)
    rawset(tbl, k, v)
  end,
})
t.fresh = "a"
t.existing = 2
t.fresh = "b"
t[1] = "one"
print("log", #log, log[1], log[2])
print("values", t.fresh, t.existing, t[1])
local store = {}
local redirect = setmetatable({}, { __newindex = store })
redirect.x = 10
print("table __newindex stores elsewhere", rawget(redirect, "x"), store.x)
local deepStore = {}
local inner = setmetatable({}, { __newindex = deepStore })
local outer = setmetatable({}, { __newindex = inner })
outer.k = "v"
print("chain of tables", rawget(outer, "k"), rawget(inner, "k"), deepStore.k)
local validated = setmetatable({}, {
  __newindex = function(tbl, k, v)
    if type(v) ~= "number" then error("only numbers allowed for " .. k, 2) end
    rawset(tbl, k, v)
  end,
})
validated.n = 5
print("valid write", validated.n)
print("invalid write", pcall(function() validated.s = "text" end))
local readonly = setmetatable({}, { __index = { a = 1 }, __newindex = function() error("read-only table") end })
print("read through proxy", readonly.a)
print("write blocked", pcall(function() readonly.a = 2 end))
local ignored = setmetatable({}, { __newindex = function() end })
ignored.x = 1
print("write silently dropped", ignored.x)
local assignNil = setmetatable({}, { __newindex = function(tbl, k, v) log[#log + 1] = "nil write " .. k end })
assignNil.gone = nil
print("assigning nil to absent key calls __newindex", log[#log])
local count = 0
local counting = setmetatable({}, { __newindex = function(tbl, k, v) count = count + 1 rawset(tbl, k, v) end })
for i = 1, 10 do counting[i] = i end
for i = 1, 10 do counting[i] = i * 2 end
print("only first writes counted", count, counting[10])
local both = setmetatable({}, { __index = function(_, k) return "idx " .. k end,
  __newindex = function(tbl, k, v) rawset(tbl, k, v .. "!") end })
both.a = "x"
print("index and newindex together", both.a, both.b)
