-- String patterns: word frequencies with gmatch, rewriting with gsub (string, table and
-- function replacements), captures with find and match over generated text.

local ROUNDS = 170
local WORDS = 6000

local VOCABULARY = {
  'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'do',
  'eiusmod', 'tempor', 'incididunt', 'ut', 'labore', 'et', 'dolore', 'magna', 'aliqua', 'enim',
}

local seed = 5
local function random(n)
  seed = (seed * 3877 + 29573) % 139968
  return seed % n + 1
end

local function makeText(n)
  local parts = {}
  for i = 1, n do
    local w = VOCABULARY[random(#VOCABULARY)]
    if i % 9 == 0 then w = w .. ',' end
    if i % 13 == 0 then w = w .. '.' end
    if i % 17 == 0 then w = w .. ' ' .. i .. '-' .. (i * 3 % 1000) end
    parts[i] = w
  end
  return table.concat(parts, ' ')
end

local text = makeText(WORDS)
local checksum = 0
for _ = 1, ROUNDS do
  local counts, distinct, total = {}, 0, 0
  for word in text:gmatch('%a+') do
    if not counts[word] then distinct = distinct + 1 end
    counts[word] = (counts[word] or 0) + 1
    total = total + 1
  end
  if distinct ~= #VOCABULARY or total ~= WORDS then error('string-patterns: word count') end

  local capitalised, n1 = text:gsub('(%a)(%a*)', function(first, rest) return first:upper() .. rest end)
  local abbreviated, n2 = text:gsub('%a+', { consectetur = 'cons', adipiscing = 'adip', incididunt = 'inc' })
  local swapped, n3 = text:gsub('(%d+)%-(%d+)', '%2:%1')
  if n1 ~= WORDS or n2 ~= WORDS then error('string-patterns: gsub counts') end

  local sentences = 0
  for sentence in text:gmatch('[^%.]+') do
    if sentence:find('^%s*%a') then sentences = sentences + 1 end
  end
  local pairsSum = 0
  for a, b in swapped:gmatch('(%d+):(%d+)') do pairsSum = pairsSum + tonumber(a) - tonumber(b) end
  local first, last = text:match('^(%a+).-(%a+)%.?$')

  checksum = (checksum + #capitalised + #abbreviated * 3 + n3 * 7 + sentences * 11 + pairsSum + #first + #last) % 1000003
end

local WANT = 144769
if WANT and checksum ~= WANT then error('string-patterns: checksum ' .. checksum) end
print(string.format('string-patterns(%d words x %d): checksum %d', WORDS, ROUNDS, checksum))
