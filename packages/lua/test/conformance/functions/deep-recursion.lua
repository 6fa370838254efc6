-- A 16000-deep non-tail recursion fits within Lua 5.1's call limit.
local function depthSum(n)
  if n == 0 then return 0 end
  return n + depthSum(n - 1)
end
print("sum 1..16000", depthSum(16000))
local function build(n)
  if n == 0 then return nil end
  return { value = n, next = build(n - 1) }
end
local list = build(16000)
local length, node = 0, list
while node do length = length + 1; node = node.next end
print("recursively built list", length, list.value)
local maxDepth = 0
local function descend(d)
  if d > maxDepth then maxDepth = d end
  if d < 16000 then descend(d + 1) end
  return d
end
print("descend returns", descend(1), "max", maxDepth)
local function countDown(n, acc)
  if n == 0 then return acc end
  local r = countDown(n - 1, acc + 1)
  return r
end
print("non-tail with local", countDown(16000, 0))
local function truncating(n)
  if n == 0 then return "bottom" end
  return (truncating(n - 1))
end
print("parenthesised results", truncating(15000))
