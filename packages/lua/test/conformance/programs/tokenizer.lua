-- A tokenizer over an array of characters (the program avoids string library functions).
-- The source text is: let total = (price + 12.5) * qty - discount / 2; if total >= 100 then print("big") end
local source = { "l", "e", "t", " ", "t", "o", "t", "a", "l", " ", "=", " ", "(", "p", "r", "i", "c", "e", " ", "+", " ", "1", "2", ".", "5", ")", " ", "*", " ", "q", "t", "y", " ", "-", " ", "d", "i", "s", "c", "o", "u", "n", "t", " ", "/", " ", "2", ";", " ", "i", "f", " ", "t", "o", "t", "a", "l", " ", ">", "=", " ", "1", "0", "0", " ", "t", "h", "e", "n", " ", "p", "r", "i", "n", "t", "(", "\"", "b", "i", "g", "\"", ")", " ", "e", "n", "d" }

local keywords = { let = true, ["if"] = true, ["then"] = true, ["end"] = true }

local function isDigit(c) return c >= "0" and c <= "9" end
local function isAlpha(c) return (c >= "a" and c <= "z") or (c >= "A" and c <= "Z") or c == "_" end
local function isSpace(c) return c == " " or c == "\t" or c == "\n" end

local function tokenize(chars)
  local tokens = {}
  local i = 1
  local n = #chars
  local function add(kind, text) tokens[#tokens + 1] = { kind = kind, text = text } end
  while i <= n do
    local c = chars[i]
    if isSpace(c) then
      i = i + 1
    elseif isDigit(c) then
      local text = ""
      while i <= n and (isDigit(chars[i]) or chars[i] == ".") do text = text .. chars[i]; i = i + 1 end
      add("number", text)
    elseif isAlpha(c) then
      local text = ""
      while i <= n and (isAlpha(chars[i]) or isDigit(chars[i])) do text = text .. chars[i]; i = i + 1 end
      add(keywords[text] and "keyword" or "name", text)
    elseif c == '"' then
      local text = ""
      i = i + 1
      while i <= n and chars[i] ~= '"' do text = text .. chars[i]; i = i + 1 end
      i = i + 1
      add("string", text)
    elseif (c == ">" or c == "<" or c == "=" or c == "~") and chars[i + 1] == "=" then
      add("op", c .. "=")
      i = i + 2
    else
      add("op", c)
      i = i + 1
    end
  end
  return tokens
end

local tokens = tokenize(source)
print("token count", #tokens)
local counts = {}
for i = 1, #tokens do
  local t = tokens[i]
  print(i, t.kind, t.text)
  counts[t.kind] = (counts[t.kind] or 0) + 1
end
local kinds = { "keyword", "name", "number", "op", "string" }
for _, k in ipairs(kinds) do print("kind", k, counts[k] or 0) end
local numbersTotal = 0
for i = 1, #tokens do
  if tokens[i].kind == "number" then numbersTotal = numbersTotal + tokens[i].text end
end
print("sum of numeric literals", numbersTotal)
