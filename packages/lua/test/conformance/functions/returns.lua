-- Return values are adjusted to the context in which the call appears.
local function multi() return 1, 2, 3 end
local function none() end
print("all results as last argument", multi())
print("one result when not last", multi(), "end")
print("parenthesised", (multi()))
print("in arithmetic", multi() + 10)
print("in concat", multi() .. "!")
print("in table", #{ multi() }, #{ multi(), 0 }, #{ (multi()) })
print("none as value", none(), "after")
print("count none", select("#", none()), select("#", (none())))
local function wrap() return multi() end
print("return call passes all", wrap())
local function wrapParen() return (multi()) end
print("return parenthesised passes one", wrapParen())
local function wrapPlus() return multi(), multi() end
print("return list", wrapPlus())
local function condReturn(flag)
  if flag then return "yes", 1 end
  return "no"
end
print("conditional", condReturn(true))
print("conditional", condReturn(false))
local function early(n)
  for i = 1, 10 do
    if i == n then return i * 100 end
  end
  return -1
end
print("return from inside loop", early(3), early(11))
local function nested()
  do return "from do block" end
end
print(nested())
local a, b = (function() return "x", "y" end)()
print("anonymous multi", a, b)
print("comparison uses first", multi() == 1)
local t = {}
t[1], t[2] = multi()
print("assignment adjusts", t[1], t[2])
local function nilsAtEnd() return 1, nil, nil end
print("trailing nils kept", select("#", nilsAtEnd()))
print("call as table index", ({ "a", "b", "c" })[multi()])
print("length of string result", #(function() return "four" end)())
