-- line and call/return hooks
local events = {}
local function record(ev, line)
  local info = debug.getinfo(2, "nS")
  events[#events + 1] = ev .. (line and (":" .. line) or "") .. "@" .. tostring(info.name) .. "/" .. info.what
end
local function work(n)
  local s = 0
  for i = 1, n do
    s = s + i
  end
  return s
end
debug.sethook(record, "l")
work(2)
debug.sethook()
print(table.concat(events, " "))
events = {}
debug.sethook(record, "cr")
work(1)
print(#"abc")
debug.sethook()
print(table.concat(events, " "))
print(debug.gethook())
local f, mask, count = (function() debug.sethook(record, "c", 5) return debug.gethook() end)()
debug.sethook()
print(f == record, mask, count)
-- hooks do not fire inside the hook itself
local depth, maxDepth = 0, 0
debug.sethook(function() depth = depth + 1 if depth > maxDepth then maxDepth = depth end work(1) depth = depth - 1 end, "c")
work(1)
debug.sethook()
print("max hook depth", maxDepth)
-- a count hook fires (how often depends on the bytecode, so only that it fires is printed)
local n = 0
debug.sethook(function() n = n + 1 end, "", 1)
work(10)
debug.sethook()
print("count hook fired", n > 0)
-- tail calls are reported
events = {}
local function tailee() return 1 end
local function tailer() return tailee() end
debug.sethook(function(ev) events[#events + 1] = ev end, "cr")
tailer()
debug.sethook()
print(table.concat(events, " "))
