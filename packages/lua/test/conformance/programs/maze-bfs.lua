-- Breadth-first search for the shortest path through a maze given as rows of cells.
local maze = {
  { "S", ".", ".", "#", ".", ".", ".", ".", ".", "." },
  { "#", "#", ".", "#", ".", "#", "#", "#", "#", "." },
  { ".", ".", ".", ".", ".", "#", ".", ".", ".", "." },
  { ".", "#", "#", "#", "#", "#", ".", "#", "#", "#" },
  { ".", ".", ".", ".", ".", ".", ".", "#", ".", "." },
  { "#", "#", "#", "#", ".", "#", "#", "#", ".", "#" },
  { ".", ".", ".", "#", ".", ".", ".", ".", ".", "." },
  { ".", "#", ".", "#", "#", "#", "#", "#", "#", "." },
  { ".", "#", ".", ".", ".", ".", ".", ".", "#", "." },
  { ".", "#", "#", "#", "#", "#", "#", ".", ".", "E" },
}
local H, W = #maze, #maze[1]
local function find(ch)
  for y = 1, H do for x = 1, W do if maze[y][x] == ch then return x, y end end end
end
local function bfs(sx, sy, tx, ty)
  local queue, head = { { sx, sy } }, 1
  local dist = { [sy * 100 + sx] = 0 }
  local from = {}
  local dirs = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } }
  while head <= #queue do
    local cur = queue[head]
    head = head + 1
    local x, y = cur[1], cur[2]
    if x == tx and y == ty then break end
    for _, d in ipairs(dirs) do
      local nx, ny = x + d[1], y + d[2]
      if nx >= 1 and nx <= W and ny >= 1 and ny <= H and maze[ny][nx] ~= "#" and dist[ny * 100 + nx] == nil then
        dist[ny * 100 + nx] = dist[y * 100 + x] + 1
        from[ny * 100 + nx] = y * 100 + x
        queue[#queue + 1] = { nx, ny }
      end
    end
  end
  return dist[ty * 100 + tx], from, head - 1
end
local sx, sy = find("S")
local ex, ey = find("E")
print("start", sx, sy, "end", ex, ey)
local steps, from, expanded = bfs(sx, sy, ex, ey)
print("shortest path length", steps, "cells expanded", expanded)
local key = ey * 100 + ex
while from[key] do
  local y = (key - key % 100) / 100
  local x = key % 100
  if maze[y][x] == "." then maze[y][x] = "*" end
  key = from[key]
end
for y = 1, H do
  local row = ""
  for x = 1, W do row = row .. maze[y][x] end
  print(row)
end
maze[8][10] = "#"
print("after blocking the right corridor", (bfs(sx, sy, ex, ey)))
maze[7][4] = "."
print("after opening a wall on the left", (bfs(sx, sy, ex, ey)))
