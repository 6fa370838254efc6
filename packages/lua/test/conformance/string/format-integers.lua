-- %d and %i with flags, width and precision, as C's printf writes them.
local specs = {"%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+5d", "%-+5d|", "%.3d", "%8.3d",
  "%-8.3d|", "%08.3d", "%.0d", "%+.0d", "% 05d", "%+05d", "%-05d|", "%2d", "%99d"}
local values = {0, 7, -7, 42, -12345, 123456789}
for _, spec in ipairs(specs) do
  local row = {}
  for _, v in ipairs(values) do
    local s = string.format(spec, v)
    if #s > 20 then s = #s .. "chars" end
    row[#row + 1] = "[" .. s .. "]"
  end
  print(spec, table.concat(row, " "))
end

-- fractions are truncated toward zero
print("fractions", string.format("%d %d %d %d", 3.99, -3.99, 0.5, -0.5))
print("string numbers", string.format("%d %i", "42", " 0x10 "))
print("big", string.format("%d", 2^53), string.format("%d", -2^53), string.format("%d", 2^62))
print("near 2^63", string.format("%d", 2^63 - 1024), string.format("%d", -2^63))

-- out of range values become the most negative long, as the C cast makes them
print("2^63", string.format("%d", 2^63))
print("1e100", string.format("%d", 1e100))
print("huge", string.format("%d", math.huge), string.format("%d", -math.huge))
print("1e19 wide", string.format("%25d|", 1e19))
print("negative zero", string.format("%d", -0))
