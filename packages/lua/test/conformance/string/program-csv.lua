-- A small CSV parser built on string.find and string.gsub (quoted fields, escaped quotes).
local function parseLine(line)
  local fields = {}
  local pos = 1
  while true do
    if string.sub(line, pos, pos) == '"' then
      local text = ""
      local i = pos
      repeat
        local a, b = string.find(line, '^%b""', i)
        text = text .. string.sub(line, a + 1, b - 1)
        i = b + 1
        if string.sub(line, i, i) == '"' then text = text .. '"' end
      until string.sub(line, i, i) ~= '"'
      fields[#fields + 1] = text
      pos = string.find(line, ",", i, true)
      if not pos then break end
      pos = pos + 1
    else
      local nextComma = string.find(line, ",", pos, true)
      if nextComma then
        fields[#fields + 1] = string.sub(line, pos, nextComma - 1)
        pos = nextComma + 1
      else
        fields[#fields + 1] = string.sub(line, pos)
        break
      end
    end
  end
  return fields
end

local data = [[
name,age,city
"Smith, John",42,"New York"
Ana,35,Lisbon
"Quote ""Q"" Person",,"Somewhere"
,,
]]
local n = 0
for line in string.gmatch(data, "([^\n]*)\n") do
  n = n + 1
  local fields = parseLine(line)
  local shown = {}
  for i, f in ipairs(fields) do shown[i] = "<" .. f .. ">" end
  print(n, #fields, table.concat(shown, " "))
end

-- writing CSV back: quote fields that need it
local function quote(f)
  if string.find(f, '[,"\n]') then
    return '"' .. string.gsub(f, '"', '""') .. '"'
  end
  return f
end
local row = {"plain", "with,comma", 'with "quotes"', "multi\nline"}
local out = {}
for i, f in ipairs(row) do out[i] = quote(f) end
print((string.gsub(table.concat(out, ","), "\n", "\\n")))
