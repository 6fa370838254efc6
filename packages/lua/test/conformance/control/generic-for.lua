-- Generic for with custom stateful and stateless iterators.
local function range(n)
  local i = 0
  return function() i = i + 1 if i <= n then return i end end
end
local s = ""
for v in range(5) do s = s .. v end
print("closure iterator", s)
local function statelessIter(t, i)
  i = i + 1
  if t[i] ~= nil then return i, t[i] end
end
local function myIpairs(t) return statelessIter, t, 0 end
for i, v in myIpairs({ "x", "y", "z" }) do print("stateless", i, v) end
local function evens(limit)
  return function(lim, cur)
    cur = cur + 2
    if cur <= lim then return cur end
  end, limit, 0
end
local e = ""
for x in evens(10) do e = e .. x .. " " end
print("state and control passed", e)
local function triples(n)
  local i = 0
  return function()
    i = i + 1
    if i <= n then return i, i * i, i * i * i end
  end
end
for a, b, c in triples(3) do print("three values", a, b, c) end
for a in triples(2) do print("extra values dropped", a) end
for a, b, c, d in range(2) do print("missing values nil", a, b, c, d) end
local function nodes(head)
  return function(_, node)
    if node == nil then return head end
    return node.next
  end, nil, nil
end
local list = { v = "a", next = { v = "b", next = { v = "c" } } }
local walked = ""
for node in nodes(list) do walked = walked .. node.v end
print("linked list iterator", walked)
for node in nodes(nil) do print("never") end
print("empty iterator ran zero times")
local function chars(list)
  local idx = 0
  return function()
    idx = idx + 1
    return list[idx]
  end
end
local joined = ""
for ch in chars({ "l", "u", "a" }) do joined = joined .. ch end
print("sequence iterator", joined)
local count = 0
for k, v in next, { a = 1, b = 2, c = 3 } do count = count + v end
print("next used directly", count)
local f, st, ctl = ipairs({ 10, 20 })
for i, v in f, st, ctl do print("explicit triple", i, v) end
local calls = 0
local function once() calls = calls + 1 return nil end
for _ in once do end
print("iterator called once when it returns nil", calls)
print("non-function iterator errors", pcall(function() for x in 5 do end end))
local nested = ""
for i in range(2) do
  for j in range(2) do nested = nested .. i .. j .. " " end
end
print("nested iterators", nested)
