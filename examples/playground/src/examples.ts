/** Programs the page offers to start from. The first is loaded at start. */
export const EXAMPLES: readonly { readonly name: string; readonly source: string }[] = [
  {
    name: 'Hello',
    source: `-- Edit, pick a tier, and press Run (Ctrl+Enter).
local function greet(name)
  return ("hello, %s!"):format(name)
end
print(greet("world"))
print(_VERSION, 2^10, #"bytes")
`,
  },
  {
    name: 'Hot loop (watch the JIT)',
    source: `-- With tier "auto", sum is compiled once it is hot; with "baseline", at its first call.
local function sum(n)
  local s = 0
  for i = 1, n do s = s + i % 7 end
  return s
end
local t = os.clock()
for round = 1, 5 do print(round, sum(200000)) end
print(("%.3f s"):format(os.clock() - t))
`,
  },
  {
    name: 'Closures and tables',
    source: `local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c = counter()
c(); c()
print("counter:", c())

local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({ x = x, y = y }, Point) end
function Point:len() return math.sqrt(self.x ^ 2 + self.y ^ 2) end
local ps = {}
for i = 1, 5 do ps[i] = Point.new(i, 2 * i) end
table.sort(ps, function(a, b) return a:len() > b:len() end)
for _, p in ipairs(ps) do io.write(("(%d,%d) "):format(p.x, p.y)) end
print()
`,
  },
  {
    name: 'Coroutines',
    source: `local function gen(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i * i) end
  end)
end
for v in gen(5) do io.write(v, " ") end
print()
print(pcall(error, { code = 42 }))
print(select("#", pcall(error)))
`,
  },
  {
    name: 'Runaway loop (press Stop)',
    source: `-- Runs until stopped: the VM runs in a worker, so the page stays responsive.
local n = 0
while true do n = n + 1 end
`,
  },
];
