-- %s with width and precision; numbers are converted as tostring would.
local specs = {"%s", "%10s", "%-10s|", "%.2s", "%10.2s", "%-10.2s|", "%.0s", "%05s", "%.10s", "%1s"}
local values = {"", "a", "hello", "hello world!"}
for _, spec in ipairs(specs) do
  local row = {}
  for _, v in ipairs(values) do row[#row + 1] = "[" .. string.format(spec, v) .. "]" end
  print(spec, table.concat(row, " "))
end
print("numbers", string.format("%s %s %s %s", 1, 1.5, -0.25, 1e100))
print("integers", string.format("%s|%5s|%-5s|", 2^53, 42, 7))
print("several", string.format("%s-%s-%s", "a", "b", "c"))
print("literal text", string.format("no items"), string.format(""))
print("percent", string.format("100%%"), string.format("%%s"), string.format("%s%%", 5))

-- embedded zeros: short strings are cut at the zero, long ones are copied whole
print("short zero", #string.format("%s", "ab\0cd"), #string.format("%5s", "a\0b"))
local long = string.rep("x", 120) .. "\0yz"
print("long zero", #string.format("%s", long), #string.format("<%s>", long))
print("long with precision", #string.format("%.99s", long), #string.format("%.2s", long))
print("99 and 100", #string.format("%s", string.rep("a", 98) .. "\0b"), #string.format("%s", string.rep("a", 99) .. "\0b"))
print("long ignores width", #string.format("%-99s|", string.rep("w", 120)), #string.format("%-99s|", string.rep("w", 50)))

-- tostring is not consulted: tables are errors
print(pcall(string.format, "%s", {}))
print(pcall(string.format, "%s", nil))
print(pcall(string.format, "%s", true))
print(pcall(string.format, "%s"))
local ok, err = pcall(function() return string.format("%s %s", "a") end)
print(ok, err)
