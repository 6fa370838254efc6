-- %o, %u, %x and %X: unsigned conversions of lua5.1's C casts.
local specs = {"%o", "%u", "%x", "%X", "%#o", "%#x", "%#X", "%5x", "%-5x|", "%05x", "%.4x",
  "%#.4x", "%#8x", "%#08x", "%#-8x|", "%+x", "% u", "%.0x", "%#.0o", "%#.0x"}
local values = {0, 1, 8, 255, 4096, 3735928559}
for _, spec in ipairs(specs) do
  local row = {}
  for _, v in ipairs(values) do row[#row + 1] = "[" .. string.format(spec, v) .. "]" end
  print(spec, table.concat(row, " "))
end

-- negative numbers are seen as 64-bit two's complement
print("minus one", string.format("%x %X %o %u", -1, -1, -1, -1))
print("minus 255", string.format("%x", -255), string.format("%u", -255))
print("minus fraction", string.format("%x", -3.9), string.format("%x", -0.9))
print("-2^63", string.format("%x", -2^63), string.format("%u", -2^63))
print("beyond -2^63", string.format("%x", -2^64), string.format("%x", -1e30))

-- large values up to 2^64 keep their bits; beyond they wrap to zero
print("2^53", string.format("%x", 2^53), string.format("%u", 2^53 + 2))
print("2^63", string.format("%x", 2^63), string.format("%u", 2^63))
print("2^63+", string.format("%x", 2^63 + 4096), string.format("%o", 2^63))
print("2^64", string.format("%x", 2^64), string.format("%u", 1e20))
print("huge", string.format("%x", math.huge), string.format("%x", -math.huge))
print("fractions", string.format("%x %o %u", 15.9, 8.5, 1.999))
print("string numbers", string.format("%x", "255"), string.format("%X", "0x1f"))
print("wide", string.format("%20x|%-20u|", -1, 12345))
