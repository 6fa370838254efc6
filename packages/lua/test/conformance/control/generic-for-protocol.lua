-- The generic for calls f(s, control) each step and stops only when the first value is nil.
local calls = {}
local function iter(state, control)
  calls[#calls + 1] = tostring(state.name) .. ":" .. tostring(control)
  if control < 3 then return control + 1, "extra" .. control end
end
for i, extra in iter, { name = "S" }, 0 do print("step", i, extra) end
for i = 1, #calls do print("call", i, calls[i]) end
local values = { false, false, "stop-after-this" }
local idx = 0
local function falsy()
  idx = idx + 1
  if idx <= #values then return values[idx] end
end
local seen = 0
for v in falsy do seen = seen + 1 print("false does not end the loop", v) end
print("iterations", seen)
local function onlySecond(_, c)
  c = c + 1
  if c <= 2 then return nil, "second" end
end
local ran = 0
for a, b in onlySecond, nil, 0 do ran = ran + 1 end
print("nil first value ends immediately", ran)
local expressionCount = 0
local function makeTriple()
  expressionCount = expressionCount + 1
  return function(s, c) if c < s then return c + 1 end end, 4, 0
end
local total = 0
for v in makeTriple() do total = total + v end
print("explist evaluated once", expressionCount, total)
local function withExtras()
  return function(s, c) if c < 2 then return c + 1 end end, 2, 0, "ignored", "also ignored"
end
local n = 0
for v in withExtras() do n = n + v end
print("extra explist values ignored", n)
local f = function(s, c) if c < 3 then return c + 1 end end
local m = 0
for v in f, 3, 0 do
  v = v * 100
  m = m + v
end
print("assigning the control variable copy does not change the sequence", m)
local callable = setmetatable({}, { __call = function(self, s, c)
  if c < 2 then return c + 1 end
end })
local viaCall = 0
for v in callable, nil, 0 do viaCall = viaCall + v end
print("callable table as iterator", viaCall)
