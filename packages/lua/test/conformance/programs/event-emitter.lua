-- An event emitter with ordered handlers, one-shot handlers, removal during emit and error isolation.
local Emitter = {}
Emitter.__index = Emitter
function Emitter.new() return setmetatable({ handlers = {} }, Emitter) end
function Emitter:on(name, fn)
  local list = self.handlers[name]
  if not list then list = {}; self.handlers[name] = list end
  list[#list + 1] = { fn = fn }
  local entry = list[#list]
  return function()
    for i = 1, #list do
      if list[i] == entry then
        for j = i, #list - 1 do list[j] = list[j + 1] end
        list[#list] = nil
        return true
      end
    end
    return false
  end
end
function Emitter:once(name, fn)
  local off
  off = self:on(name, function(...) off() return fn(...) end)
  return off
end
function Emitter:emit(name, ...)
  local list = self.handlers[name]
  if not list then return 0 end
  local snapshot = {}
  for i = 1, #list do snapshot[i] = list[i] end
  local failures = 0
  for i = 1, #snapshot do
    local ok, err = pcall(snapshot[i].fn, ...)
    if not ok then
      failures = failures + 1
      print("  handler failed:", err)
    end
  end
  return #snapshot, failures
end
local bus = Emitter.new()
local log = {}
local function logger(tag) return function(...) log[#log + 1] = tag .. "(" .. select("#", ...) .. ")" end end
bus:on("data", logger("first"))
local offSecond = bus:on("data", logger("second"))
bus:once("data", logger("once"))
bus:on("data", function(v) if v == "bad" then error("cannot handle " .. v, 0) end end)
print("emit 1", bus:emit("data", "x", "y"))
print("emit 2", bus:emit("data", "bad"))
local removedOnce = offSecond()
print("remove second", removedOnce, offSecond())
print("emit 3", bus:emit("data"))
print("unknown event", bus:emit("nothing"))
local line = ""
for i = 1, #log do line = line .. log[i] .. " " end
print("log", line)
local counter = Emitter.new()
local total = 0
local offs = {}
for i = 1, 5 do offs[i] = counter:on("tick", function(n) total = total + n * i end) end
counter:emit("tick", 1)
offs[2](); offs[4]()
counter:emit("tick", 10)
print("weighted total", total)
local chain = Emitter.new()
local depth = 0
chain:on("ping", function(n)
  depth = depth + 1
  if n > 0 then chain:emit("ping", n - 1) end
end)
chain:emit("ping", 20)
print("recursive emits", depth)
local selfRemoving = Emitter.new()
local calls = 0
local offA
offA = selfRemoving:on("go", function() calls = calls + 1 offA() end)
selfRemoving:on("go", function() calls = calls + 10 end)
selfRemoving:emit("go")
selfRemoving:emit("go")
print("handler removing itself", calls)
