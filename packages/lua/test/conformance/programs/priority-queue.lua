-- A binary min-heap used for heap sort and for Dijkstra's shortest paths.
local Heap = {}
Heap.__index = Heap
function Heap.new(less) return setmetatable({ items = {}, size = 0, less = less or function(a, b) return a < b end }, Heap) end
function Heap:push(v)
  self.size = self.size + 1
  local items, i = self.items, self.size
  items[i] = v
  while i > 1 do
    local parent = (i - i % 2) / 2
    if self.less(items[i], items[parent]) then
      items[i], items[parent] = items[parent], items[i]
      i = parent
    else break end
  end
end
function Heap:pop()
  if self.size == 0 then return nil end
  local items = self.items
  local top = items[1]
  items[1] = items[self.size]
  items[self.size] = nil
  self.size = self.size - 1
  local i = 1
  while true do
    local l, r, smallest = 2 * i, 2 * i + 1, i
    if l <= self.size and self.less(items[l], items[smallest]) then smallest = l end
    if r <= self.size and self.less(items[r], items[smallest]) then smallest = r end
    if smallest == i then break end
    items[i], items[smallest] = items[smallest], items[i]
    i = smallest
  end
  return top
end

local h = Heap.new()
local seed = 12345
for _ = 1, 30 do
  seed = (seed * 1103 + 12345) % 65536
  h:push(seed % 1000)
end
local sorted, prev, okOrder = {}, -1, true
while h.size > 0 do
  local v = h:pop()
  if v < prev then okOrder = false end
  prev = v
  sorted[#sorted + 1] = v
end
local line = ""
for i = 1, #sorted do line = line .. sorted[i] .. " " end
print("heap sorted", okOrder, #sorted)
print(line)
print("pop from empty", h:pop())

local byPriority = Heap.new(function(a, b)
  if a.priority ~= b.priority then return a.priority < b.priority end
  return a.seq < b.seq
end)
local tasks = { { "write", 2 }, { "test", 1 }, { "deploy", 3 }, { "review", 2 }, { "plan", 1 } }
for i, t in ipairs(tasks) do byPriority:push({ name = t[1], priority = t[2], seq = i }) end
while byPriority.size > 0 do
  local t = byPriority:pop()
  print("task", t.priority, t.name)
end

local graph = {
  A = { B = 7, C = 9, F = 14 }, B = { A = 7, C = 10, D = 15 }, C = { A = 9, B = 10, D = 11, F = 2 },
  D = { B = 15, C = 11, E = 6 }, E = { D = 6, F = 9 }, F = { A = 14, C = 2, E = 9 },
}
local function dijkstra(source)
  local dist, prevNode = { [source] = 0 }, {}
  local q = Heap.new(function(a, b) return a[1] < b[1] or (a[1] == b[1] and a[2] < b[2]) end)
  q:push({ 0, source })
  while q.size > 0 do
    local item = q:pop()
    local d, u = item[1], item[2]
    if d == dist[u] then
      for v, w in pairs(graph[u]) do
        local nd = d + w
        if dist[v] == nil or nd < dist[v] then
          dist[v] = nd
          prevNode[v] = u
          q:push({ nd, v })
        end
      end
    end
  end
  return dist, prevNode
end
local dist, prevNode = dijkstra("A")
for _, node in ipairs({ "A", "B", "C", "D", "E", "F" }) do
  local path, cur = node, node
  while prevNode[cur] do cur = prevNode[cur]; path = cur .. ">" .. path end
  print("distance", node, dist[node], path)
end
