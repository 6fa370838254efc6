-- Conway's Game of Life on a small wrapping grid.
local W, H = 12, 10
local function newGrid()
  local g = {}
  for y = 1, H do g[y] = {} for x = 1, W do g[y][x] = false end end
  return g
end
local function set(g, cells) for _, c in ipairs(cells) do g[c[2]][c[1]] = true end end
local function neighbours(g, x, y)
  local n = 0
  for dy = -1, 1 do
    for dx = -1, 1 do
      if dx ~= 0 or dy ~= 0 then
        local nx = (x + dx - 1) % W + 1
        local ny = (y + dy - 1) % H + 1
        if g[ny][nx] then n = n + 1 end
      end
    end
  end
  return n
end
local function step(g)
  local nxt = newGrid()
  for y = 1, H do
    for x = 1, W do
      local n = neighbours(g, x, y)
      nxt[y][x] = n == 3 or (g[y][x] and n == 2)
    end
  end
  return nxt
end
local function population(g)
  local p = 0
  for y = 1, H do for x = 1, W do if g[y][x] then p = p + 1 end end end
  return p
end
local function draw(g)
  for y = 1, H do
    local row = ""
    for x = 1, W do row = row .. (g[y][x] and "#" or ".") end
    print(row)
  end
end
local g = newGrid()
set(g, { { 2, 1 }, { 3, 2 }, { 1, 3 }, { 2, 3 }, { 3, 3 } })
set(g, { { 9, 6 }, { 10, 6 }, { 11, 6 } })
print("generation 0, population " .. population(g))
draw(g)
for gen = 1, 4 do g = step(g) end
print("generation 4, population " .. population(g))
draw(g)
local history = {}
for gen = 5, 48 do
  g = step(g)
  history[#history + 1] = population(g)
end
local line = ""
for i = 1, #history do line = line .. history[i] .. " " end
print("populations 5..48:", line)
print("generation 48")
draw(g)
