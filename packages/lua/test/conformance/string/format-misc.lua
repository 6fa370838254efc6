-- Mixed format strings, extra arguments and the method form.
print(string.format("%s is %d years and %.1f%% done", "Lua", 30, 99.5))
print(string.format("%-10s|%5d|%8.3f|%x", "name", 42, 3.14159, 255))
print(string.format("extra args ignored: %d", 1, 2, 3))
print(string.format("no args at all"))
print(("%s=%s"):format("k", "v"))
print(("%5.1f"):format(2.25))
print(string.format("%3d|%-3d|%03d", 5, 5, 5))
print(string.format("%c%c", 0x4c, 0x75) .. string.format("%s", "a"))
print(string.format("[%10.4s]", "truncate me"))
print(string.format("%s", string.format("%q", "nested")))
print(string.format("%%%d%%", 50))
print(string.format("%5s%%", "x"))
print(string.format("%d%s%d", 1, "+", 1))

-- zero bytes in the format string are copied
local z = string.format("a\0%d\0b", 7)
print("zeros", #z, z:byte(1, -1))

-- a table of rows
local rows = {{"apple", 1.5, 3}, {"banana", 0.25, 12}, {"cherry", 10, 100}}
for _, r in ipairs(rows) do
  print(string.format("%-8s %6.2f %4d %5.1f", r[1], r[2], r[3], r[2] * r[3]))
end

-- building a hex dump
local data = "Hello\0\255"
local hex = {}
for i = 1, #data do hex[#hex + 1] = string.format("%02x", data:byte(i)) end
print("hex", table.concat(hex, " "))
print("padded hex", string.format("%08X", 48879))
print("octal", string.format("%o %#o", 64, 64))
print("long output", #string.format(string.rep("%d", 100), unpack((function()
  local t = {}
  for i = 1, 100 do t[i] = i end
  return t
end)())))
print("format of numbers as strings", string.format("%s %s", 1e15, 1e16), string.format("%.14g", 0.1))
-- Plain %.14g is tostring's conversion; with a width, flags or another precision it is not.
for _, x in ipairs({ 0, -0, 1 / 0, -1 / 0, 2 ^ 53, 1e100, 5e-324, 0.1 + 0.2, 123456789012345, 1e14, 1e-5, -2.5 }) do
  print(string.format("%.14g|%16.14g|%-.14g|%+.14g|%.13g|%.15g", x, x, x, x, x, x), tostring(x))
end
