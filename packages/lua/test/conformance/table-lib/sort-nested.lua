-- Sorts inside comparators, records by several keys, and sorting many strings.
local people = {
  {name = "ann", age = 31}, {name = "bob", age = 25}, {name = "cy", age = 31},
  {name = "dee", age = 25}, {name = "eve", age = 40}, {name = "fay", age = 19},
}
table.sort(people, function(a, b)
  if a.age ~= b.age then return a.age < b.age end
  return a.name < b.name
end)
local out = {}
for i, p in ipairs(people) do out[i] = p.name .. "(" .. p.age .. ")" end
print("by age, name", table.concat(out, " "))

-- a comparator that sorts its arguments' inner lists before comparing
local lists = {{3, 1, 2}, {9, 0}, {5, 5, 1}, {2}, {8, 7, 6, 4}}
local inner = 0
table.sort(lists, function(a, b)
  table.sort(a)
  table.sort(b)
  inner = inner + 1
  return a[1] < b[1]
end)
for i, l in ipairs(lists) do out[i] = "{" .. table.concat(l, ",") .. "}" end
print("nested", table.concat(out, " ", 1, #lists), inner)

-- an error in an inner sort surfaces through the outer one
print(pcall(table.sort, {{1}, {2}}, function(a, b)
  table.sort({1, "x"})
  return false
end))

-- sorting many generated strings
local words = {}
local seed = 3
local letters = {"a", "b", "c", "d", "e"}
for i = 1, 500 do
  local w = {}
  for j = 1, 1 + i % 4 do
    seed = (seed * 1103515245 + 12345) % 2147483648
    w[j] = letters[1 + math.floor(seed / 65536) % 5]
  end
  words[i] = table.concat(w)
end
table.sort(words)
local ordered = true
for i = 2, #words do if words[i - 1] > words[i] then ordered = false end end
print("strings ordered", ordered, words[1], words[250], words[500])

-- a method as comparator through a closure
local ranker = {weights = {x = 3, y = 1, z = 2}}
function ranker:less(a, b) return self.weights[a] < self.weights[b] end
local keys = {"x", "y", "z", "y", "x"}
table.sort(keys, function(a, b) return ranker:less(a, b) end)
print("method", table.concat(keys, " "))
