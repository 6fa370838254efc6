-- Fasta: generates DNA sequences from a repeated alphabet and from two weighted random
-- distributions; string slicing, table lookups and a linear congruential generator.

local N = 1200000
local LINE = 60

local ALU = 'GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG'
  .. 'GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA'
  .. 'CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT'
  .. 'ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA'
  .. 'GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG'
  .. 'AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC'
  .. 'AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA'

local IUB = {
  { 'a', 0.27 }, { 'c', 0.12 }, { 'g', 0.12 }, { 't', 0.27 },
  { 'B', 0.02 }, { 'D', 0.02 }, { 'H', 0.02 }, { 'K', 0.02 },
  { 'M', 0.02 }, { 'N', 0.02 }, { 'R', 0.02 }, { 'S', 0.02 },
  { 'V', 0.02 }, { 'W', 0.02 }, { 'Y', 0.02 },
}
local HOMO_SAPIENS = {
  { 'a', 0.3029549426680 }, { 'c', 0.1979883004921 },
  { 'g', 0.1975473066391 }, { 't', 0.3015094502008 },
}

-- The generator's products stay below 2^31, so 32-bit-integer Luas compute the same stream.
local seed = 42
local function random(max)
  seed = (seed * 3877 + 29573) % 139968
  return max * seed / 139968
end

-- The output is summarised instead of printed: a line count and a rolling hash of the lines.
local lines, hash = 0, 0
local function emit(line)
  lines = lines + 1
  for i = 1, #line, 7 do hash = (hash * 31 + line:byte(i)) % 1000003 end
end

local function repeatFasta(source, n)
  local doubled = source .. source
  local len = #source
  local pos = 1
  while n > 0 do
    local w = n < LINE and n or LINE
    emit(doubled:sub(pos, pos + w - 1))
    pos = pos + w
    if pos > len then pos = pos - len end
    n = n - w
  end
end

local function randomFasta(table_, n)
  local chars, cumulative = {}, {}
  local acc = 0
  for i, entry in ipairs(table_) do
    acc = acc + entry[2]
    chars[i] = entry[1]
    cumulative[i] = acc
  end
  cumulative[#cumulative] = 1.0
  local count = #chars
  local buf = {}
  while n > 0 do
    local w = n < LINE and n or LINE
    for j = 1, w do
      local r = random(1.0)
      local k = 1
      while cumulative[k] < r do k = k + 1 end
      if k > count then k = count end
      buf[j] = chars[k]
    end
    for j = w + 1, #buf do buf[j] = nil end
    emit(table.concat(buf))
    n = n - w
  end
end

repeatFasta(ALU, N * 2)
randomFasta(IUB, N * 3)
randomFasta(HOMO_SAPIENS, N * 5)

local wantLines = math.ceil(N * 2 / LINE) + math.ceil(N * 3 / LINE) + math.ceil(N * 5 / LINE)
if lines ~= wantLines then error(string.format('fasta: %d lines, want %d', lines, wantLines)) end
local WANT_HASH = 35162
if WANT_HASH and hash ~= WANT_HASH then error(string.format('fasta: hash %d, want %d', hash, WANT_HASH)) end
print(string.format('fasta(%d): %d lines, hash %d', N, lines, hash))
