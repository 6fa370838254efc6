-- Havlak loop finding: builds a large control-flow graph of nested loops and diamonds, then
-- recognises its loop forest with Havlak's union-find algorithm; graph traversal, many small
-- tables and arrays of arrays.

local REPEATS = 46
local OUTER = 100 -- loop nests in the graph
local INNER = 6 -- base loops per nest

-- The graph ------------------------------------------------------------------------------

local Graph = {}
Graph.__index = Graph

function Graph.new() return setmetatable({ blocks = {}, count = 0 }, Graph) end

function Graph:block(id)
  local b = self.blocks[id]
  if not b then
    b = { id = id, preds = {}, succs = {} }
    self.blocks[id] = b
    self.count = self.count + 1
  end
  return b
end

function Graph:edge(from, to)
  local a, b = self:block(from), self:block(to)
  a.succs[#a.succs + 1] = b
  b.preds[#b.preds + 1] = a
end

function Graph:straight(from, n)
  for i = 0, n - 1 do self:edge(from + i, from + i + 1) end
  return from + n
end

function Graph:diamond(top)
  self:edge(top, top + 1)
  self:edge(top, top + 2)
  self:edge(top + 1, top + 3)
  self:edge(top + 2, top + 3)
  return top + 3
end

-- A loop whose body holds two diamonds, each closed into an inner loop: three loops in all,
-- nested two deep.
function Graph:baseLoop(from)
  local header = self:straight(from, 1)
  local d1 = self:diamond(header)
  local mid = self:straight(d1, 1)
  local d2 = self:diamond(mid)
  local footer = self:straight(d2, 1)
  self:edge(d2, mid)
  self:edge(d1, header)
  self:edge(footer, from)
  return self:straight(footer, 1)
end

local function buildGraph()
  local g = Graph.new()
  local n = g:straight(0, 2)
  for _ = 1, OUTER do
    local top = n
    n = g:straight(n, 1)
    for _ = 1, INNER do n = g:baseLoop(n) end
    n = g:straight(n, 1)
    g:edge(n, top) -- the nest's own back edge
    n = g:straight(n, 1)
  end
  -- An unreachable block, which the algorithm must ignore.
  g:edge(n + 5, n)
  return g
end

-- Havlak's algorithm --------------------------------------------------------------------

local NONHEADER, REDUCIBLE, SELF, IRREDUCIBLE = 1, 2, 3, 4

local function find(node)
  local root = node
  while root.parent ~= root do root = root.parent end
  while node.parent ~= root do
    local nextNode = node.parent
    node.parent = root
    node = nextNode
  end
  return root
end

local function findLoops(g)
  local number, last, nodes = {}, {}, {}
  local count = 0
  -- Depth-first numbering, iterative so deep graphs do not exhaust the C stack of any VM.
  local stack, edgeIndex = { g.blocks[0] }, { 1 }
  number[g.blocks[0]] = 0
  nodes[0] = { block = g.blocks[0], dfs = 0 }
  nodes[0].parent = nodes[0]
  count = 1
  while #stack > 0 do
    local top = #stack
    local b = stack[top]
    local i = edgeIndex[top]
    local succ = b.succs[i]
    if succ then
      edgeIndex[top] = i + 1
      if number[succ] == nil then
        number[succ] = count
        local node = { block = succ, dfs = count }
        node.parent = node
        nodes[count] = node
        count = count + 1
        stack[top + 1] = succ
        edgeIndex[top + 1] = 1
      end
    else
      last[number[b]] = count - 1
      stack[top] = nil
      edgeIndex[top] = nil
    end
  end

  local backPreds, nonBackPreds, header, kind = {}, {}, {}, {}
  for w = 0, count - 1 do
    backPreds[w], nonBackPreds[w], header[w], kind[w] = {}, {}, 0, NONHEADER
    for _, pred in ipairs(nodes[w].block.preds) do
      local v = number[pred]
      if v ~= nil then
        if w <= v and v <= last[w] then
          backPreds[w][#backPreds[w] + 1] = v
        else
          nonBackPreds[w][v] = true
        end
      end
    end
  end

  local loops = {}
  for w = count - 1, 0, -1 do
    local pool, inPool, work = {}, {}, {}
    for _, v in ipairs(backPreds[w]) do
      if v ~= w then
        local root = find(nodes[v])
        if not inPool[root] then
          inPool[root] = true
          pool[#pool + 1] = root
          work[#work + 1] = root
        end
      else
        kind[w] = SELF
      end
    end
    if #pool > 0 then kind[w] = REDUCIBLE end
    while #work > 0 do
      local x = work[#work]
      work[#work] = nil
      -- Sorted so that the order of discovery, and so the result, is the same in every VM.
      local preds = {}
      for y in pairs(nonBackPreds[x.dfs]) do preds[#preds + 1] = y end
      table.sort(preds)
      for _, y in ipairs(preds) do
        local ydash = find(nodes[y])
        if not (w <= ydash.dfs and ydash.dfs <= last[w]) then
          kind[w] = IRREDUCIBLE
          nonBackPreds[w][ydash.dfs] = true
        elseif ydash.dfs ~= w and not inPool[ydash] then
          inPool[ydash] = true
          pool[#pool + 1] = ydash
          work[#work + 1] = ydash
        end
      end
    end
    if #pool > 0 or kind[w] == SELF then
      local loop = { header = nodes[w].block, members = {}, children = {}, depth = 0 }
      for _, node in ipairs(pool) do
        header[node.dfs] = w
        node.parent = nodes[w]
        if node.loop then
          node.loop.parent = loop
          loop.children[#loop.children + 1] = node.loop
        else
          loop.members[#loop.members + 1] = node.block
        end
      end
      nodes[w].loop = loop
      loops[#loops + 1] = loop
    end
  end
  return loops, count
end

local function depthOf(loop)
  local d = 0
  for _, child in ipairs(loop.children) do
    local cd = depthOf(child)
    if cd > d then d = cd end
  end
  return d + 1
end

local g = buildGraph()
local totalLoops, maxDepth, reached
for _ = 1, REPEATS do
  local loops
  loops, reached = findLoops(g)
  totalLoops, maxDepth = #loops, 0
  for _, loop in ipairs(loops) do
    if loop.parent == nil then
      local d = depthOf(loop)
      if d > maxDepth then maxDepth = d end
    end
  end
  -- Each base loop holds three loops, each nest adds one around them.
  local want = OUTER * (INNER * 3 + 1)
  if totalLoops ~= want or maxDepth ~= 3 or reached ~= g.count - 1 then
    error(string.format('havlak: %d loops (want %d), depth %d, %d of %d blocks reached', totalLoops, want, maxDepth, reached, g.count))
  end
end
print(string.format('havlak(%d blocks): %d loops, depth %d', g.count, totalLoops, maxDepth))
