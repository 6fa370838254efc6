-- Binary trees: builds and walks many short-lived complete trees, so it measures table
-- allocation, recursion and the garbage collector more than arithmetic.

local MAX_DEPTH = 14
local MIN_DEPTH = 4

local function build(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { build(depth), build(depth) }
end

local function count(node)
  local left = node[1]
  if left == nil then return 1 end
  return 1 + count(left) + count(node[2])
end

-- A complete tree of depth d has 2^(d+1) - 1 nodes; computed without `^` so it stays an integer.
local function expected(depth)
  local n = 1
  for _ = 0, depth do n = n * 2 end
  return n - 1
end

local function check(got, want, what)
  if got ~= want then error(string.format('%s: got %d, want %d', what, got, want)) end
end

check(count(build(MAX_DEPTH + 1)), expected(MAX_DEPTH + 1), 'stretch tree')
local longLived = build(MAX_DEPTH)

local total = 0
for depth = MIN_DEPTH, MAX_DEPTH, 2 do
  local iterations = 1
  for _ = 1, MAX_DEPTH - depth + MIN_DEPTH do iterations = iterations * 2 end
  local nodes = 0
  for _ = 1, iterations do nodes = nodes + count(build(depth)) end
  check(nodes, iterations * expected(depth), 'trees of depth ' .. depth)
  total = total + nodes
end
check(count(longLived), expected(MAX_DEPTH), 'long-lived tree')

print(string.format('binary-trees: %d nodes checked', total))
