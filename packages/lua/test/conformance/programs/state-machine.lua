-- Table-driven state machines: a vending machine and a number recogniser.
local vending = {
  idle = { coin = "ready", push = "idle" },
  ready = { coin = "ready", push = "vending", refund = "idle" },
  vending = { done = "idle" },
}
local function run(machine, start, events, onEnter)
  local state = start
  local trace = { start }
  for _, ev in ipairs(events) do
    local nextState = machine[state][ev]
    if nextState == nil then
      trace[#trace + 1] = "!" .. ev
    else
      if onEnter then onEnter(nextState, ev) end
      state = nextState
      trace[#trace + 1] = state
    end
  end
  return state, trace
end
local credits, sold = 0, 0
local final, trace = run(vending, "idle",
  { "push", "coin", "coin", "push", "coin", "done", "coin", "refund", "done", "coin", "push", "done" },
  function(s, ev)
    if ev == "coin" then credits = credits + 1 end
    if s == "vending" then sold = sold + 1; credits = 0 end
    if ev == "refund" then credits = 0 end
  end)
local line = ""
for i = 1, #trace do line = line .. trace[i] .. (i < #trace and " " or "") end
print("vending trace:", line)
print("final", final, "sold", sold, "credits", credits)
local function charClass(c)
  if c >= "0" and c <= "9" then return "digit" end
  if c == "+" or c == "-" then return "sign" end
  if c == "." then return "dot" end
  if c == "e" or c == "E" then return "exp" end
  return "other"
end
local number = {
  start = { sign = "signed", digit = "int", dot = "dotOnly" },
  signed = { digit = "int", dot = "dotOnly" },
  int = { digit = "int", dot = "frac", exp = "expStart" },
  dotOnly = { digit = "frac" },
  frac = { digit = "frac", exp = "expStart" },
  expStart = { sign = "expSigned", digit = "exp" },
  expSigned = { digit = "exp" },
  exp = { digit = "exp" },
}
local accepting = { int = true, frac = true, exp = true }
local function recognise(chars)
  local state = "start"
  for i = 1, #chars do
    state = number[state][charClass(chars[i])]
    if not state then return false end
  end
  return accepting[state] == true
end
local samples = {
  { "1", "2", "3" }, { "-", "4", ".", "5" }, { ".", "5" }, { "1", "." }, { "6", "e", "1", "0" },
  { "1", "e", "-", "3" }, { "e", "5" }, { "+" }, { "1", "2", "a" }, { "3", ".", "1", "4", "E", "+", "2" }, {},
}
for _, s in ipairs(samples) do
  local text = ""
  for i = 1, #s do text = text .. s[i] end
  print("number?", "[" .. text .. "]", recognise(s), tonumber(text) ~= nil)
end
local light = { green = "yellow", yellow = "red", red = "green" }
local durations = { green = 30, yellow = 5, red = 25 }
local t, s, log = 0, "red", ""
while t < 200 do
  t = t + durations[s]
  s = light[s]
  log = log .. (s == "green" and "G" or s == "yellow" and "Y" or "R")
end
print("traffic light", log, "elapsed", t)
