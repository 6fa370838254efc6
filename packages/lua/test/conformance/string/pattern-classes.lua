-- Character classes match exactly the C locale's ctype sets, over all 256 byte values.
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)

local function members(class)
  local list, count, high = {}, 0, 0
  for i = 0, 255 do
    local c = string.char(i)
    if string.find(c, "^" .. class .. "$") then
      count = count + 1
      if i >= 128 then high = high + 1 end
      if i > 32 and i < 127 then list[#list + 1] = c end
    end
  end
  return count, high, table.concat(list)
end

for _, cl in ipairs({"a", "c", "d", "l", "p", "s", "u", "w", "x", "z"}) do
  local n, high, printable = members("%" .. cl)
  local N, HIGH = members("%" .. cl:upper())
  print("%" .. cl, n, high, printable, "%" .. cl:upper(), N, HIGH, n + N)
end

-- the dot matches every byte, including zero and newline
print("dot", (members(".")))
-- escaped non-letters are literal
local row = {}
for _, c in ipairs({"%.", "%%", "%[", "%]", "%(", "%)", "%*", "%+", "%-", "%?", "%^", "%$"}) do
  local n, _, list = members(c)
  row[#row + 1] = c .. "=" .. n .. ":" .. list
end
print(table.concat(row, " "))
-- other escaped letters are literal too (and never complemented)
print("escaped letters", members("%g"), members("%G"), members("%q"))
print("counts in all", select(2, string.gsub(all, "%a", "")), select(2, string.gsub(all, "%W", "")))
print("space class", string.gsub("a\tb\nc\vd\fe\rf g", "%s", "_"))
print("control class", select(2, string.gsub(all, "%c", "")))
print("hex", string.match("zz0x1fAbG", "%x+"))
