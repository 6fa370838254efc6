-- Registers that compiled code keeps in JS locals must agree with what closures, the debug
-- library, hooks and coroutines see and change. Each function runs hot loops so that it is
-- compiled in the JIT modes, and checks values after every kind of outside access.

-- 1. A local captured by a closure: written by the function and read by the closure, and the
--    other way round, inside a loop.
local function captured(n)
  local x, sum = 0, 0
  local function get() return x end
  local function set(v) x = v end
  for i = 1, n do
    x = x + i            -- written in the loop, read by get()
    sum = sum + get()
    set(x * 2)           -- written by the closure, read by the loop
    sum = sum + x
  end
  return x, sum
end
print("captured", captured(20))

-- 2. debug.getlocal and debug.setlocal on a running caller.
local function peek(level, name)
  local i = 1
  while true do
    local n, v = debug.getlocal(level + 1, i)
    if n == nil then return nil end
    if n == name then return v end
    i = i + 1
  end
end
local function poke(level, name, value)
  local i = 1
  while true do
    local n = debug.getlocal(level + 1, i)
    if n == nil then return end
    if n == name then debug.setlocal(level + 1, i, value) return end
    i = i + 1
  end
end
local function debugged(n)
  local acc, seen = 1.5, 0
  for i = 1, n do
    acc = acc * 1.25 + i
    seen = seen + peek(1, "acc")        -- the caller's current acc
    if i % 7 == 0 then poke(1, "acc", i) end -- replaced from outside
  end
  return acc, seen
end
print("debug", debugged(30))

-- 3. A count hook that reads a local of the running function, set and removed mid-loop.
local function hooked(n)
  local total, samples = 0, 0
  for i = 1, n do
    total = total + i
    if i == math.floor(n / 2) then
      debug.sethook(function()
        local v = peek(2, "total")
        if v ~= nil then samples = samples + 1 end
      end, "", 50)
    end
  end
  debug.sethook()
  return total, samples > 0
end
print("hook", hooked(2000))

-- 4. Coroutines suspended inside loops keep their locals across resumes.
local function producer(n)
  return coroutine.wrap(function()
    local a, b = 0, 1.5
    for i = 1, n do
      a = a + i
      b = b * 0.5 + a
      coroutine.yield(a, b)
      a = a + 1   -- after the resume
    end
    return "done", a
  end)
end
local gen, last = producer(40), nil
for _ = 1, 40 do last = { gen() } end
print("coroutine", last[1], last[2], gen())

-- 5. Errors raised inside a compiled loop leave the locals visible to xpcall's handler.
local function failing(n)
  local progress = 0
  for i = 1, n do
    progress = progress + 1
    if i == n then error("stop at " .. progress) end
  end
end
print("xpcall", xpcall(function() failing(500) end, function(m)
  return m .. " / progress " .. tostring(peek(3, "progress"))
end))

-- 6. The same for an error the VM raises in an outlined path (arithmetic on nil), where compiled
--    code runs with its registers in locals.
local function arithFailing(n)
  local progress, missing = 0, nil
  for i = 1, n do
    progress = progress + 2
    if i == n then progress = progress + missing end
  end
end
print("arith", xpcall(function() arithFailing(300) end, function(m)
  return m .. " / progress " .. tostring(peek(2, "progress"))
end))
