-- string.gmatch iterates over successive matches.
local words = {}
for w in string.gmatch("The quick brown fox", "%a+") do words[#words + 1] = w end
print("words", #words, table.concat(words, ","))

local pairs_ = {}
for k, v in string.gmatch("a=1, b=2, c=3", "(%w+)=(%w+)") do pairs_[#pairs_ + 1] = k .. "->" .. v end
print("pairs", table.concat(pairs_, " "))

local positions = {}
for p in string.gmatch("banana", "()a") do positions[#positions + 1] = p end
print("positions", table.concat(positions, ","))

local nums, sum = {}, 0
for n in string.gmatch("10 20 30.5 -4", "%-?[%d.]+") do
  nums[#nums + 1] = n
  sum = sum + n
end
print("numbers", table.concat(nums, "|"), sum)

local chars = {}
for c in string.gmatch("abc", ".") do chars[#chars + 1] = c end
print("chars", table.concat(chars, "-"))

local lines = {}
for line in string.gmatch("one\ntwo\n\nfour\n", "([^\n]*)\n") do lines[#lines + 1] = "[" .. line .. "]" end
print("lines", table.concat(lines))

local fields = {}
for f in string.gmatch("a,b,,d", "([^,]*)") do fields[#fields + 1] = "<" .. f .. ">" end
print("fields", table.concat(fields))

local triples = {}
for a, b, c in string.gmatch("1:2:3;4:5:6", "(%d):(%d):(%d)") do triples[#triples + 1] = a + b + c end
print("triples", table.concat(triples, " "))

local count = 0
for _ in string.gmatch("", "x") do count = count + 1 end
print("no matches", count)
count = 0
for _ in string.gmatch(string.rep("ab", 1000), "ab") do count = count + 1 end
print("many matches", count)
print("number subject", (function()
  local t = {}
  for d in string.gmatch(31415, "%d") do t[#t + 1] = d end
  return table.concat(t, " ")
end)())
print("types", type(string.gmatch("a", "a")))
print(pcall(string.gmatch, "x"))
print(pcall(string.gmatch, nil, "x"))
