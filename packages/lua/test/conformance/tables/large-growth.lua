-- Large array parts grown by appending, past the sizes where the array part is padded in one
-- step: the border, ipairs and pairs agree with lua5.1, keys already in the hash part just past
-- the array move into it, and holes left in the padding read as nil.

local function summary(t)
  local n, sum = 0, 0
  for k, v in pairs(t) do
    n = n + 1
    if type(k) == 'number' then sum = sum + k end
  end
  local seq = 0
  for _ in ipairs(t) do seq = seq + 1 end
  return n, sum, seq, #t
end

-- Appended from empty, one key at a time.
local a = {}
for i = 1, 40000 do a[i] = i % 7 == 0 end
print('append', summary(a))
print(a[16384], a[16385], a[32768], a[32769], a[40000], a[40001], a[65536])

-- Keys set ahead in the hash part before the array reaches them.
local b = {}
for i = 20000, 20100 do b[i] = 'ahead' .. i end
b[32769], b[32770], b[40000] = 'x', 'y', 'z'
for i = 1, 19999 do b[i] = i end
print('ahead', summary(b))
print(b[19999], b[20000], b[20100], b[20101], b[32768], b[32769], b[32770], b[40000])

-- A hole inside, then filled; a table cleared from the end.
local c = {}
for i = 1, 30000 do c[i] = i end
c[17000] = nil
print('hole', c[16999], c[17000], c[17001], select(1, summary(c)))
c[17000] = 0
for i = 30000, 25001, -1 do c[i] = nil end
print('cleared', summary(c))
