-- Proxy tables built from __index/__newindex: tracking, read-only views and defaults.
local function track(target)
  local reads, writes = 0, 0
  local proxy = setmetatable({}, {
    __index = function(_, k) reads = reads + 1 return target[k] end,
    __newindex = function(_, k, v) writes = writes + 1 target[k] = v end,
  })
  return proxy, function() return reads, writes end
end
local data = { a = 1 }
local p, stats = track(data)
p.b = p.a + 1
p.a = 10
local _ = p.c
print("target", data.a, data.b, "stats", stats())
print("proxy stays empty", next(p))
local function readonly(t)
  return setmetatable({}, {
    __index = t,
    __newindex = function(_, k) error("attempt to modify read-only field " .. tostring(k), 2) end,
  })
end
local days = readonly({ "mon", "tue", "wed" })
print("read", days[1], days[3])
local ok, err = pcall(function() days[4] = "thu" end)
print("write", ok, err)
local function withDefault(d)
  return setmetatable({}, { __index = function() return d end })
end
local zeros = withDefault(0)
zeros.x = 5
print("defaults", zeros.x, zeros.y, zeros[100])
local freq = withDefault(0)
for _, w in ipairs({ "a", "b", "a", "c", "a", "b" }) do freq[w] = freq[w] + 1 end
print("frequency", freq.a, freq.b, freq.c, freq.d)
local function observable(onChange)
  local store = {}
  return setmetatable({}, {
    __index = store,
    __newindex = function(_, k, v)
      local old = store[k]
      store[k] = v
      onChange(k, old, v)
    end,
  })
end
local changes = {}
local o = observable(function(k, old, new) changes[#changes + 1] = k .. ":" .. tostring(old) .. "->" .. tostring(new) end)
o.x = 1
o.x = 2
o.y = "a"
o.x = nil
for i = 1, #changes do print("change", changes[i]) end
