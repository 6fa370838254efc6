-- Mandelbrot: iterates z = z^2 + c over a grid of points; pure floating-point arithmetic in
-- nested loops, with the bitmap packed into bytes by arithmetic (no bit library needed).

local SIZE = 1000
local ITERATIONS = 50
-- The whole grid is computed this many times, each one checked. The loops stay in the main
-- chunk, which runs once: a JIT must enter them while they run (on-stack replacement).
local REPEATS = 2

local WANT_INSIDE, WANT_HASH = 396940, 448375
local inside, hash
for _ = 1, REPEATS do
  inside, hash = 0, 0
  for y = 0, SIZE - 1 do
    local ci = 2 * y / SIZE - 1
    local byte, bits = 0, 0
    for x = 0, SIZE - 1 do
      local cr = 2 * x / SIZE - 1.5
      local zr, zi, zr2, zi2 = 0.0, 0.0, 0.0, 0.0
      local escaped = false
      for _ = 1, ITERATIONS do
        zi = 2 * zr * zi + ci
        zr = zr2 - zi2 + cr
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4 then
          escaped = true
          break
        end
      end
      byte = byte * 2
      if not escaped then
        byte = byte + 1
        inside = inside + 1
      end
      bits = bits + 1
      if bits == 8 or x == SIZE - 1 then
        hash = (hash * 31 + byte) % 1000003
        byte, bits = 0, 0
      end
    end
  end
  if WANT_INSIDE and (inside ~= WANT_INSIDE or hash ~= WANT_HASH) then
    error(string.format('mandelbrot: %d inside, hash %d', inside, hash))
  end
end
print(string.format('mandelbrot(%d x %d): %d points inside, hash %d', SIZE, REPEATS, inside, hash))
