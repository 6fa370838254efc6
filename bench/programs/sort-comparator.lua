-- table.sort with a Lua comparator: sorts records on three keys, so nearly all the time is in
-- calls from the sort into Lua code.

local N = 40000
local REPEATS = 12

local seed = 99
local function random(n)
  seed = (seed * 3877 + 29573) % 139968
  return seed % n
end

local NAMES = { 'ada', 'bob', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal' }

local function makeRecords(n)
  local records = {}
  for i = 1, n do
    records[i] = { group = random(50), name = NAMES[random(#NAMES) + 1], weight = random(1000) / 10, id = i }
  end
  return records
end

-- Group ascending, then weight descending, then name, then id: a total order, so the result
-- does not depend on the sort algorithm.
local function before(a, b)
  if a.group ~= b.group then return a.group < b.group end
  if a.weight ~= b.weight then return a.weight > b.weight end
  if a.name ~= b.name then return a.name < b.name end
  return a.id < b.id
end

local hash = 0
for _ = 1, REPEATS do
  local records = makeRecords(N)
  table.sort(records, before)
  for i = 2, N do
    if before(records[i], records[i - 1]) then error('sort-comparator: out of order at ' .. i) end
  end
  for i = 1, N, 97 do hash = (hash * 31 + records[i].id) % 1000003 end
end
local WANT = 595675
if WANT and hash ~= WANT then error('sort-comparator: hash ' .. hash) end
print(string.format('sort-comparator(%d x %d): hash %d', N, REPEATS, hash))
