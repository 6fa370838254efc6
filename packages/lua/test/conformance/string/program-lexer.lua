-- A tokenizer for a small expression language, driven by anchored string.find at a position.
local rules = {
  {"space", "^%s+"},
  {"number", "^%d+%.?%d*[eE][+-]?%d+"},
  {"number", "^%d+%.?%d*"},
  {"number", "^%.%d+"},
  {"name", "^[%a_][%w_]*"},
  {"string", '^"[^"]*"'},
  {"string", "^'[^']*'"},
  {"op", "^[=<>~]="},
  {"op", "^%.%.%.?"},
  {"op", "^[%+%-%*/%%%^#<>=%(%){}%[%];:,%.]"},
}
local function tokenize(src)
  local tokens, pos = {}, 1
  while pos <= #src do
    local matched = false
    for _, rule in ipairs(rules) do
      local s, e = string.find(src, rule[2], pos)
      if s then
        if rule[1] ~= "space" then tokens[#tokens + 1] = rule[1] .. ":" .. string.sub(src, s, e) end
        pos = e + 1
        matched = true
        break
      end
    end
    if not matched then
      tokens[#tokens + 1] = "error:" .. string.sub(src, pos, pos)
      pos = pos + 1
    end
  end
  return tokens
end
local sources = {
  "local x = 10 + y * 3.5e-2",
  "if a ~= b and c >= 1.5 then print('hi', \"there\") end",
  "t[#t + 1] = .5 .. 'x' ... ; f(a, b) -- 2^3 % 4",
  "x = @ $ 12abc",
}
for i, src in ipairs(sources) do
  local toks = tokenize(src)
  print(i, #toks, table.concat(toks, " "))
end
