-- The length operator on proper sequences (tables without holes).
print("empty", #{})
print("literal", #{ 10, 20, 30 })
local t = {}
for i = 1, 100 do t[i] = i end
print("filled by loop", #t)
t[#t + 1] = 101
print("append with #t+1", #t)
t[#t] = nil
t[#t] = nil
print("remove from end twice", #t)
for i = #t, 1, -1 do t[i] = nil end
print("emptied from the end", #t)
local h = { a = 1, b = 2 }
print("only hash keys", #h)
h[1] = "x"
print("hash keys plus one", #h)
local s = { "a", "b", "c", n = 3, [0] = "zero", [-1] = "neg" }
print("zero and negative keys do not count", #s)
local grown = {}
grown[1] = 1
grown[2] = 2
grown[3] = 3
print("grown by assignment", #grown)
local strs = { "", "x", "xy" }
print("string lengths", #strs[1], #strs[2], #strs[3])
local nested = { { 1, 2 }, { 1, 2, 3 } }
print("nested lengths", #nested, #nested[1], #nested[2])
local function build(n)
  local r = {}
  for i = 1, n do r[#r + 1] = i * 2 end
  return r
end
print("built lengths", #build(0), #build(1), #build(17), #build(1000))
local shrink = build(10)
while #shrink > 3 do shrink[#shrink] = nil end
print("shrunk to", #shrink, shrink[3])
print("length of string variable", #"hello", #("a" .. "bc"))
