-- K-nucleotide: makes a DNA sequence, then counts every substring of length k in hash tables;
-- string.sub, string keys and table updates dominate.

local LENGTH = 220000
-- Each repeat makes the sequence again from the same seed and counts it again from scratch.
local REPEATS = 3

-- Same generator family as fasta, seeded differently so the sequence is this program's own.
local seed = 7
local function random()
  seed = (seed * 3877 + 29573) % 139968
  return seed / 139968
end

local function makeSequence(n)
  local parts = {}
  for i = 1, n do
    local r = random()
    if r < 0.3 then parts[i] = 'a' elseif r < 0.5 then parts[i] = 'c'
    elseif r < 0.7 then parts[i] = 'g' else parts[i] = 't' end
  end
  return table.concat(parts):upper()
end

local function frequencies(seq, k)
  local counts = {}
  for i = 1, #seq - k + 1 do
    local key = seq:sub(i, i + k - 1)
    counts[key] = (counts[key] or 0) + 1
  end
  return counts
end

local WANT_HASH = 59636

local function run()
  seed = 7
  local seq = makeSequence(LENGTH)
  local lines = {}
  for k = 1, 2 do
    local counts = frequencies(seq, k)
    local keys, total = {}, 0
    for key, n in pairs(counts) do
      keys[#keys + 1] = key
      total = total + n
    end
    if total ~= #seq - k + 1 then error('k=' .. k .. ': counts do not add up') end
    -- Most frequent first; ties broken alphabetically so the order is the same everywhere.
    table.sort(keys, function(a, b)
      if counts[a] ~= counts[b] then return counts[a] > counts[b] end
      return a < b
    end)
    for _, key in ipairs(keys) do
      lines[#lines + 1] = string.format('%s %.3f', key, 100 * counts[key] / total)
    end
  end

  local probes = { 'GGT', 'GGTA', 'GGTATT', 'GGTATTTTAATT', 'GGTATTTTAATTTATAGT', 'ACGT', 'TTTT', 'CAGA' }
  local found = 0
  for _, probe in ipairs(probes) do
    local counts = frequencies(seq, #probe)
    local n = counts[probe] or 0
    found = found + n
    lines[#lines + 1] = string.format('%d %s', n, probe)
  end
  -- Every probe also counted the slow way, by find, as an independent check of the tables.
  for _, probe in ipairs(probes) do
    local n, from = 0, 1
    while true do
      local at = seq:find(probe, from, true)
      if not at then break end
      n = n + 1
      from = at + 1
    end
    found = found - n
  end
  if found ~= 0 then error('k-nucleotide: probe counts disagree with string.find') end

  local hash = 0
  local report = table.concat(lines, '\n')
  for i = 1, #report do hash = (hash * 31 + report:byte(i)) % 1000003 end
  if WANT_HASH and hash ~= WANT_HASH then error('k-nucleotide: report hash ' .. hash) end
  return #lines, hash
end

local lineCount, hash
for _ = 1, REPEATS do lineCount, hash = run() end
print(string.format('k-nucleotide(%d x %d): %d report lines, hash %d', LENGTH, REPEATS, lineCount, hash))
