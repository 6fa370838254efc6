-- debug.getinfo on levels and functions
local function describe(i)
  return string.format("%s %s %s cur=%s def=%s-%s nups=%s name=%s/%s", tostring(i.what), tostring(i.short_src),
    tostring(i.source), tostring(i.currentline), tostring(i.linedefined), tostring(i.lastlinedefined),
    tostring(i.nups), tostring(i.name), tostring(i.namewhat))
end
local up = 1
local function probe(level) return debug.getinfo(level) end
function globalProbe() return describe(debug.getinfo(1)) end
local t = { m = function(self) return describe(debug.getinfo(1, "nSlu")) end }
print("self", describe(probe(1)))
print("caller", describe(probe(2)))
print("global", globalProbe())
print("method", t:m())
print("field", t.m(t))
print("function arg", describe(debug.getinfo(probe)))
print("builtin", describe(debug.getinfo(print)))
print("level too deep", debug.getinfo(40))
print("func field", debug.getinfo(1, "f").func ~= nil, debug.getinfo(probe, "f").func == probe)
local lines = debug.getinfo(probe, "L").activelines
local keys = {}
for k in pairs(lines) do keys[#keys + 1] = k end
table.sort(keys)
print("active lines", table.concat(keys, ","))
print(pcall(debug.getinfo, 1, "q"))
print(pcall(debug.getinfo, {}))
-- names seen from inside through different call forms
local function who() local i = debug.getinfo(2, "n") return tostring(i.name) .. "/" .. i.namewhat end
local function viaLocal() return (who()) end
print("local call", viaLocal())
local co = coroutine.wrap(function() return describe(debug.getinfo(1, "S")) end)
print("coroutine", co())
