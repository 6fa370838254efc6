-- Spectral norm: power iteration on an implicitly defined infinite matrix; a numeric kernel of
-- nested loops, array reads and a small function called in the innermost loop.

local N = 500
-- The whole power iteration is redone from a vector of ones this many times, each one checked.
local REPEATS = 3

local function a(i, j)
  local ij = i + j - 1
  return 1.0 / (ij * (ij - 1) * 0.5 + i)
end

local function multiplyAv(n, v, out)
  for i = 1, n do
    local sum = 0
    for j = 1, n do sum = sum + a(i, j) * v[j] end
    out[i] = sum
  end
end

local function multiplyAtv(n, v, out)
  for i = 1, n do
    local sum = 0
    for j = 1, n do sum = sum + a(j, i) * v[j] end
    out[i] = sum
  end
end

local function multiplyAtAv(n, v, out, tmp)
  multiplyAv(n, v, tmp)
  multiplyAtv(n, tmp, out)
end

-- The norm converges towards 1.2742241... as N grows; this is the value at N = 500.
local WANT = '1.274224116'

local function spectralNorm(n)
  local u, v, tmp = {}, {}, {}
  for i = 1, n do u[i] = 1 end
  for _ = 1, 10 do
    multiplyAtAv(n, u, v, tmp)
    multiplyAtAv(n, v, u, tmp)
  end
  local vBv, vv = 0, 0
  for i = 1, n do
    local ui, vi = u[i], v[i]
    vBv = vBv + ui * vi
    vv = vv + vi * vi
  end
  return string.format('%.9f', math.sqrt(vBv / vv))
end

local norm
for _ = 1, REPEATS do
  norm = spectralNorm(N)
  if WANT and norm ~= WANT then error('spectral-norm: got ' .. norm) end
end
print(string.format('spectral-norm(%d x %d): %s', N, REPEATS, norm))
