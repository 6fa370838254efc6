-- string.sub: every combination of positive, negative, zero and out-of-range positions.
local s = "abcdefgh"
local positions = {-10, -8, -3, -1, 0, 1, 2, 5, 8, 9, 20}
for _, i in ipairs(positions) do
  local row = {}
  for _, j in ipairs(positions) do
    row[#row + 1] = "[" .. string.sub(s, i, j) .. "]"
  end
  print("i=" .. i, table.concat(row, " "))
end

-- a missing end means the end of the string
print("from 3", s:sub(3))
print("from -3", s:sub(-3))
print("from 0", s:sub(0))
print("from 100", "[" .. s:sub(100) .. "]")
print("nil end", s:sub(2, nil))

-- the empty string
print("empty", "[" .. (""):sub(1) .. "]", "[" .. (""):sub(0, -1) .. "]", "[" .. (""):sub(-1, 1) .. "]")

-- fractional positions truncate toward zero
print("fractions", s:sub(2.7, 4.9), s:sub(-2.5), s:sub(-2.5, -1.5))
print("string positions", s:sub("2", "3"))
