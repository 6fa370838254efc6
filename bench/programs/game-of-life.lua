-- Game of life: a toroidal grid seeded with gliders, a pentomino and pseudo-random soup, stepped
-- many generations; two-dimensional array indexing and neighbour counting.

local SIZE = 64
local GENERATIONS = 2750

local function newGrid()
  local g = {}
  for y = 0, SIZE - 1 do
    local row = {}
    for x = 0, SIZE - 1 do row[x] = 0 end
    g[y] = row
  end
  return g
end

local grid = newGrid()
local function place(cells, ox, oy)
  for _, c in ipairs(cells) do grid[(oy + c[2]) % SIZE][(ox + c[1]) % SIZE] = 1 end
end
local GLIDER = { { 1, 0 }, { 2, 1 }, { 0, 2 }, { 1, 2 }, { 2, 2 } }
local R_PENTOMINO = { { 1, 0 }, { 2, 0 }, { 0, 1 }, { 1, 1 }, { 1, 2 } }
place(GLIDER, 2, 2)
place(GLIDER, 40, 10)
place(R_PENTOMINO, 30, 30)
local seed = 12345
for y = 44, 60 do
  for x = 4, 24 do
    seed = (seed * 3877 + 29573) % 139968
    if seed % 3 == 0 then grid[y][x] = 1 end
  end
end

local function step(cur, nextGrid)
  local alive = 0
  for y = 0, SIZE - 1 do
    local up, row, down = cur[(y - 1) % SIZE], cur[y], cur[(y + 1) % SIZE]
    local out = nextGrid[y]
    for x = 0, SIZE - 1 do
      local l, r = (x - 1) % SIZE, (x + 1) % SIZE
      local n = up[l] + up[x] + up[r] + row[l] + row[r] + down[l] + down[x] + down[r]
      local v = 0
      if n == 3 or (n == 2 and row[x] == 1) then v = 1 end
      out[x] = v
      alive = alive + v
    end
  end
  return alive
end

local other = newGrid()
local history = 0
local alive = 0
for _ = 1, GENERATIONS do
  alive = step(grid, other)
  grid, other = other, grid
  history = (history * 7 + alive) % 1000003
end

local WANT_ALIVE, WANT_HISTORY = 94, 167553
if WANT_ALIVE and (alive ~= WANT_ALIVE or history ~= WANT_HISTORY) then
  error(string.format('game-of-life: %d alive, history %d', alive, history))
end
print(string.format('game-of-life(%dx%d, %d generations): %d alive, history %d', SIZE, SIZE, GENERATIONS, alive, history))
