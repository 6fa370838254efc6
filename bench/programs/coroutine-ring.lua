-- Coroutine ring: a token is passed around a ring of coroutines, each resuming the next, and
-- producer/consumer pipelines built from coroutine.wrap; resume/yield switching cost.

local RING = 500
local LAPS = 6000

-- Each member waits for the token, increments it and yields it back to the scheduler loop,
-- which passes it on to the next member.
local ring = {}
for i = 1, RING do
  ring[i] = coroutine.create(function(token)
    while true do token = coroutine.yield(token + 1) end
  end)
end

local token = 0
for _ = 1, LAPS do
  for i = 1, RING do
    local ok, value = coroutine.resume(ring[i], token)
    if not ok then error(value) end
    token = value
  end
end
if token ~= RING * LAPS then error(string.format('coroutine-ring: token %d', token)) end

-- A generator pipeline: numbers -> squares of odd ones -> running sums.
local function numbers(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local function filterMap(source)
  return coroutine.wrap(function()
    for v in source do
      if v % 2 == 1 then coroutine.yield(v * v) end
    end
  end)
end
local pipelineSum = 0
for _ = 1, 200 do
  for v in filterMap(numbers(2000)) do pipelineSum = (pipelineSum + v) % 1000003 end
end

local WANT_PIPELINE = 800005
if WANT_PIPELINE and pipelineSum ~= WANT_PIPELINE then error('coroutine-ring: pipeline ' .. pipelineSum) end
print(string.format('coroutine-ring(%d x %d): token %d, pipeline %d', RING, LAPS, token, pipelineSum))
