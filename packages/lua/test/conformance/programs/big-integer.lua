-- Arbitrary-precision non-negative integers stored as base-10000 digit arrays.
local BASE = 10000
local Big = {}
Big.__index = Big
local function normalize(d)
  while #d > 1 and d[#d] == 0 do d[#d] = nil end
  return setmetatable(d, Big)
end
function Big.from(n)
  local d = {}
  repeat
    local r = n % BASE
    d[#d + 1] = r
    n = (n - r) / BASE
  until n == 0
  return normalize(d)
end
function Big.__add(a, b)
  if type(a) == "number" then a = Big.from(a) end
  if type(b) == "number" then b = Big.from(b) end
  local d, carry = {}, 0
  local n = #a > #b and #a or #b
  for i = 1, n do
    local s = (a[i] or 0) + (b[i] or 0) + carry
    carry = s >= BASE and 1 or 0
    d[i] = s - carry * BASE
  end
  if carry > 0 then d[n + 1] = carry end
  return normalize(d)
end
function Big.__mul(a, b)
  if type(a) == "number" then a = Big.from(a) end
  if type(b) == "number" then b = Big.from(b) end
  local d = {}
  for i = 1, #a + #b do d[i] = 0 end
  for i = 1, #a do
    local carry = 0
    for j = 1, #b do
      local cur = d[i + j - 1] + a[i] * b[j] + carry
      carry = (cur - cur % BASE) / BASE
      d[i + j - 1] = cur % BASE
    end
    local k = i + #b
    while carry > 0 do
      local cur = d[k] + carry
      carry = (cur - cur % BASE) / BASE
      d[k] = cur % BASE
      k = k + 1
    end
  end
  return normalize(d)
end
function Big.__eq(a, b)
  if #a ~= #b then return false end
  for i = 1, #a do if a[i] ~= b[i] then return false end end
  return true
end
function Big.__lt(a, b)
  if #a ~= #b then return #a < #b end
  for i = #a, 1, -1 do if a[i] ~= b[i] then return a[i] < b[i] end end
  return false
end
function Big.__tostring(a)
  local s = tostring(a[#a])
  for i = #a - 1, 1, -1 do
    local part = tostring(a[i])
    while #part < 4 do part = "0" .. part end
    s = s .. part
  end
  return s
end
function Big.__len(a) return -1 end
local function digits(b) return #tostring(b) end
local f = Big.from(1)
for i = 2, 50 do f = f * i end
print("50! =", f)
print("digits", digits(f))
local p = Big.from(1)
for _ = 1, 200 do p = p * 2 end
print("2^200 =", p)
local a, b = Big.from(0), Big.from(1)
for _ = 1, 300 do a, b = b, a + b end
print("fib(300) =", a)
print("compare", Big.from(12345) < Big.from(12346), Big.from(99999) < Big.from(10000), Big.from(7) == Big.from(7))
print("mixed with numbers", 9999 + Big.from(1), Big.from(123) * 1000)
local sum = Big.from(0)
for i = 1, 1000 do sum = sum + Big.from(i) * i end
print("sum of squares to 1000", sum)
print("zero", Big.from(0), Big.from(0) * Big.from(12345), Big.from(0) + 0)
print("5.1 ignores __len on tables", #f, #Big.from(0))
