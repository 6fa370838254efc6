-- Common text utilities written with the string library.
local function trim(s) return (string.gsub(s, "^%s*(.-)%s*$", "%1")) end
local function split(s, sep)
  local out = {}
  local pattern = "([^" .. sep .. "]*)"
  for piece in string.gmatch(s .. sep, pattern .. sep) do out[#out + 1] = piece end
  return out
end
local function startsWith(s, prefix) return string.sub(s, 1, #prefix) == prefix end
local function endsWith(s, suffix) return suffix == "" or string.sub(s, -#suffix) == suffix end
local function capitalize(s) return (string.gsub(s, "(%a)(%w*)", function(a, b) return a:upper() .. b:lower() end)) end
local function escapePattern(s) return (string.gsub(s, "[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end
local function replacePlain(s, old, new) return (string.gsub(s, escapePattern(old), (string.gsub(new, "%%", "%%%%")))) end
local function wrap(s, width)
  local lines, line = {}, ""
  for word in string.gmatch(s, "%S+") do
    if #line + #word + 1 > width and line ~= "" then
      lines[#lines + 1] = line
      line = word
    else
      line = line == "" and word or line .. " " .. word
    end
  end
  if line ~= "" then lines[#lines + 1] = line end
  return lines
end

print("[" .. trim("   spaced out \t\n") .. "]")
print("[" .. trim("") .. "]", "[" .. trim("   ") .. "]")
print(table.concat(split("a,b,,c", ","), "|"))
print(table.concat(split("one", ","), "|"), #split("", ","))
print(startsWith("prefix-body", "prefix"), startsWith("x", "xy"), endsWith("file.lua", ".lua"), endsWith("a", ""))
print(capitalize("hELLO wORLD from lua"))
print(escapePattern("1+1=2? (yes) [100%] ^$"))
print(replacePlain("cost: $5.00 (approx.)", "$5.00", "100%"))
for i, l in ipairs(wrap("the quick brown fox jumps over the lazy dog and keeps on running far away", 16)) do
  print(i, "[" .. l .. "]")
end
local camel = string.gsub("some_variable_name", "_(%a)", string.upper)
local snake = string.lower((string.gsub("SomeVariableName", "(%l)(%u)", "%1_%2")))
print(camel, snake)
print(string.format("%-12s|%12s|", "left", "right"))
print((string.gsub("hello", ".", function(c) return string.format("%02x", c:byte()) end)))
print((string.gsub("68656c6c6f", "%x%x", function(h) return string.char(tonumber(h, 16)) end)))
