-- Word frequencies of a text, sorted by count then alphabetically.
local text = [[
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness.
]]
local counts, total = {}, 0
for word in string.gmatch(string.lower(text), "%a+") do
  counts[word] = (counts[word] or 0) + 1
  total = total + 1
end
local words = {}
for w in pairs(counts) do words[#words + 1] = w end
table.sort(words, function(a, b)
  if counts[a] ~= counts[b] then return counts[a] > counts[b] end
  return a < b
end)
print("total words", total, "distinct", #words)
for i = 1, 8 do
  local w = words[i]
  print(string.format("%2d. %-12s %3d %s", i, w, counts[w], string.rep("*", counts[w])))
end

-- letter histogram
local letters = {}
for c in string.gmatch(string.lower(text), "%a") do letters[c] = (letters[c] or 0) + 1 end
local row = {}
for b = string.byte("a"), string.byte("z") do
  local c = string.char(b)
  if letters[c] then row[#row + 1] = c .. letters[c] end
end
print(table.concat(row, " "))

-- sentences and punctuation
print("commas", select(2, string.gsub(text, ",", ",")))
print("capitalised", (function()
  local t = {}
  for w in string.gmatch(text, "%f[%a]%u%l*") do t[#t + 1] = w end
  return table.concat(t, " ")
end)())
print("longest word", (function()
  local best = ""
  for w in string.gmatch(text, "%a+") do if #w > #best then best = w end end
  return best
end)())
