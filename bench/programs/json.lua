-- JSON: encodes a generated document to text, decodes it back with a recursive-descent parser
-- and encodes again; string building, string.byte/sub scanning and table construction.

local ROUNDS = 100
local RECORDS = 400

local function encodeString(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' elseif c == '\\' then return '\\\\'
    elseif c == '\n' then return '\\n' elseif c == '\t' then return '\\t' end
    return string.format('\\u%04x', c:byte())
  end) .. '"'
end

-- Arrays are tables with a sequence (or the `isArray` marker for an empty one); object keys are
-- sorted so the text is the same in every VM, whatever order pairs() uses.
local ARRAY = {}
local function encode(value, out)
  local t = type(value)
  if t == 'table' then
    if value[1] ~= nil or value[ARRAY] then
      out[#out + 1] = '['
      for i = 1, #value do
        if i > 1 then out[#out + 1] = ',' end
        encode(value[i], out)
      end
      out[#out + 1] = ']'
    else
      local keys = {}
      for k in pairs(value) do keys[#keys + 1] = k end
      table.sort(keys)
      out[#out + 1] = '{'
      for i, k in ipairs(keys) do
        if i > 1 then out[#out + 1] = ',' end
        out[#out + 1] = encodeString(k)
        out[#out + 1] = ':'
        encode(value[k], out)
      end
      out[#out + 1] = '}'
    end
  elseif t == 'string' then
    out[#out + 1] = encodeString(value)
  elseif t == 'number' then
    out[#out + 1] = string.format('%.14g', value)
  elseif t == 'boolean' then
    out[#out + 1] = value and 'true' or 'false'
  else
    out[#out + 1] = 'null'
  end
end

local function toJson(value)
  local out = {}
  encode(value, out)
  return table.concat(out)
end

local NULL = setmetatable({}, { __tostring = function() return 'null' end })

local function fromJson(text)
  local pos = 1
  local function fail(what) error(string.format('json: %s at offset %d', what, pos)) end
  local function skip()
    pos = text:find('[^ \t\r\n]', pos) or #text + 1
  end
  local value
  local escapes = { b = '\b', f = '\f', n = '\n', r = '\r', t = '\t', ['"'] = '"', ['\\'] = '\\', ['/'] = '/' }
  local function parseString()
    pos = pos + 1
    local parts = {}
    while true do
      local stop = text:find('["\\]', pos)
      if not stop then fail('unterminated string') end
      parts[#parts + 1] = text:sub(pos, stop - 1)
      if text:byte(stop) == 34 then
        pos = stop + 1
        return table.concat(parts)
      end
      local e = text:sub(stop + 1, stop + 1)
      if e == 'u' then
        local code = tonumber(text:sub(stop + 2, stop + 5), 16)
        if code > 255 then fail('code point out of range') end
        parts[#parts + 1] = string.char(code)
        pos = stop + 6
      else
        parts[#parts + 1] = escapes[e] or fail('bad escape')
        pos = stop + 2
      end
    end
  end
  function value()
    skip()
    local c = text:byte(pos)
    if c == 123 then -- {
      pos = pos + 1
      local obj = {}
      skip()
      if text:byte(pos) == 125 then
        pos = pos + 1
        return obj
      end
      while true do
        skip()
        if text:byte(pos) ~= 34 then fail('expected a key') end
        local k = parseString()
        skip()
        if text:byte(pos) ~= 58 then fail('expected a colon') end
        pos = pos + 1
        obj[k] = value()
        skip()
        local d = text:byte(pos)
        pos = pos + 1
        if d == 125 then return obj end
        if d ~= 44 then fail('expected , or }') end
      end
    elseif c == 91 then -- [
      pos = pos + 1
      local arr = { [ARRAY] = true }
      skip()
      if text:byte(pos) == 93 then
        pos = pos + 1
        return arr
      end
      while true do
        arr[#arr + 1] = value()
        skip()
        local d = text:byte(pos)
        pos = pos + 1
        if d == 93 then return arr end
        if d ~= 44 then fail('expected , or ]') end
      end
    elseif c == 34 then
      return parseString()
    elseif text:sub(pos, pos + 3) == 'true' then
      pos = pos + 4
      return true
    elseif text:sub(pos, pos + 4) == 'false' then
      pos = pos + 5
      return false
    elseif text:sub(pos, pos + 3) == 'null' then
      pos = pos + 4
      return NULL
    else
      local s, e = text:find('^-?%d+%.?%d*[eE]?[-+]?%d*', pos)
      if not s then fail('unexpected character') end
      pos = e + 1
      return tonumber(text:sub(s, e))
    end
  end
  local result = value()
  skip()
  if pos <= #text then fail('trailing text') end
  return result
end

local WORDS = { 'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa' }
local function makeDocument(n)
  local records = {}
  for i = 1, n do
    local tags = { [ARRAY] = true }
    for j = 1, i % 4 do tags[j] = WORDS[(i + j) % #WORDS + 1] end
    records[i] = {
      id = i,
      name = WORDS[i % #WORDS + 1] .. ' "' .. i .. '"',
      score = i * 1.25 - 7,
      active = i % 3 == 0,
      note = i % 5 == 0 and NULL or 'line one\nline\ttwo',
      tags = tags,
      position = { x = i % 17, y = 12 - i % 13, z = i / 8 }, -- never -0: 5.3 integers have no negative zero
    }
  end
  return { version = 3, records = records, empty = {}, nothing = NULL }
end

local doc = makeDocument(RECORDS)
local text = toJson(doc)
local length = #text
for _ = 1, ROUNDS do
  local decoded = fromJson(text)
  local again = toJson(decoded)
  if again ~= text then error('json: round trip changed the text') end
  if #decoded.records ~= RECORDS or decoded.records[RECORDS].name ~= WORDS[RECORDS % #WORDS + 1] .. ' "' .. RECORDS .. '"' then
    error('json: decoded document differs')
  end
  text = again
end

local hash = 0
for i = 1, #text, 3 do hash = (hash * 31 + text:byte(i)) % 1000003 end
local WANT_LENGTH, WANT_HASH = 57281, 833421
if WANT_LENGTH and (length ~= WANT_LENGTH or hash ~= WANT_HASH) then
  error(string.format('json: %d bytes, hash %d', length, hash))
end
print(string.format('json(%d records x %d rounds): %d bytes, hash %d', RECORDS, ROUNDS, length, hash))
