-- Dense matrix arithmetic: multiply, transpose, power, determinant and solving a linear system.
local function new(rows, cols, fill)
  local m = { rows = rows, cols = cols }
  for r = 1, rows do
    m[r] = {}
    for c = 1, cols do m[r][c] = fill and fill(r, c) or 0 end
  end
  return m
end
local function identity(n) return new(n, n, function(r, c) return r == c and 1 or 0 end) end
local function mul(a, b)
  assert(a.cols == b.rows, "dimension mismatch")
  return new(a.rows, b.cols, function(r, c)
    local s = 0
    for k = 1, a.cols do s = s + a[r][k] * b[k][c] end
    return s
  end)
end
local function transpose(a) return new(a.cols, a.rows, function(r, c) return a[c][r] end) end
local function power(a, e)
  local result = identity(a.rows)
  while e > 0 do
    if e % 2 == 1 then result = mul(result, a) end
    a = mul(a, a)
    e = (e - e % 2) / 2
  end
  return result
end
local function det(a)
  local n = a.rows
  local m = new(n, n, function(r, c) return a[r][c] end)
  local d = 1
  for col = 1, n do
    local pivot = nil
    for r = col, n do if m[r][col] ~= 0 then pivot = r break end end
    if not pivot then return 0 end
    if pivot ~= col then m[pivot], m[col] = m[col], m[pivot]; d = -d end
    d = d * m[col][col]
    for r = col + 1, n do
      local f = m[r][col] / m[col][col]
      for c = col, n do m[r][c] = m[r][c] - f * m[col][c] end
    end
  end
  return d
end
local function show(label, m)
  print(label .. " (" .. m.rows .. "x" .. m.cols .. ")")
  for r = 1, m.rows do
    local line = ""
    for c = 1, m.cols do line = line .. m[r][c] .. (c < m.cols and " " or "") end
    print("  " .. line)
  end
end
local a = new(2, 3, function(r, c) return r + c end)
local b = new(3, 2, function(r, c) return r * c end)
show("A", a)
show("B", b)
show("A*B", mul(a, b))
show("B*A", mul(b, a))
show("transpose A", transpose(a))
print("mismatch", pcall(mul, a, a))
local fibM = new(2, 2, function(r, c) return (r == 2 and c == 2) and 0 or 1 end)
show("fib matrix ^ 30", power(fibM, 30))
print("det identity", det(identity(4)))
print("det 3x3", det(new(3, 3, function(r, c) return ({ { 2, -3, 1 }, { 2, 0, -1 }, { 1, 4, 5 } })[r][c] end)))
print("det singular", det(new(3, 3, function(r, c) return r * c end)))
local function solve(m, rhs)
  local n = m.rows
  local aug = new(n, n + 1, function(r, c) if c <= n then return m[r][c] end return rhs[r] end)
  for col = 1, n do
    local best = col
    for r = col + 1, n do
      local x, y = aug[r][col], aug[best][col]
      if (x < 0 and -x or x) > (y < 0 and -y or y) then best = r end
    end
    aug[col], aug[best] = aug[best], aug[col]
    for r = 1, n do
      if r ~= col then
        local f = aug[r][col] / aug[col][col]
        for c = col, n + 1 do aug[r][c] = aug[r][c] - f * aug[col][c] end
      end
    end
  end
  local x = {}
  for r = 1, n do x[r] = aug[r][n + 1] / aug[r][r] end
  return x
end
local sys = new(3, 3, function(r, c) return ({ { 2, 1, -1 }, { -3, -1, 2 }, { -2, 1, 2 } })[r][c] end)
local x = solve(sys, { 8, -11, -3 })
print("solution", x[1], x[2], x[3])
local big = new(20, 20, function(r, c) return (r * 7 + c * 3) % 11 end)
local sq = mul(big, identity(20))
local same = true
for r = 1, 20 do for c = 1, 20 do if sq[r][c] ~= big[r][c] then same = false end end end
print("multiply by identity", same)
