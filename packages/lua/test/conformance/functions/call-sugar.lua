-- Calls with a single string or table argument may omit the parentheses.
local function show(x)
  if type(x) == "table" then return "table with " .. #x .. " items" end
  return "string " .. x
end
print(show"quoted")
print(show'single')
print(show[[long]])
print(show{ 1, 2, 3 })
print(show{})
local function curry(a) return function(b) return function(c) return a .. b .. c end end end
print(curry"x""y""z")
print(curry "a" "b" "c")
local obj = { prefix = ">" }
function obj:say(msg)
  if type(msg) == "table" then msg = msg[1] end
  return self.prefix .. msg
end
print(obj:say"hello")
print(obj:say{ "from table" })
local function named(opts) return opts.name .. "=" .. opts.value end
print(named{ name = "k", value = "v" })
local function chain(t) return function(s) return t[1] .. s end end
print(chain{ "first" }"second")
local builder = {}
function builder.new(t) return { items = t, add = function(self, s) self.items[#self.items + 1] = s return self end } end
local b = builder.new{ "a" }:add"b":add"c"
print("builder", #b.items, b.items[1], b.items[2], b.items[3])
print(type{})
print(select("#", unpack{ 1, 2, 3 }))
print(tostring"sugar with builtin")
