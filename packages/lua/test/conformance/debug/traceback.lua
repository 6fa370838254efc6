-- debug.traceback formats
local function level3() return debug.traceback("from level3") end
local function level2() return level3() .. "" end
function level1() return (level2()) end
print(level1())
print(debug.traceback())
print(debug.traceback("with level 2", 2))
print(debug.traceback(42))
print(debug.traceback({}) ~= nil, type(debug.traceback({})))
print(debug.traceback(nil) ~= nil)
local co = coroutine.create(function() local x = 1; coroutine.yield(); return x end)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "in coroutine"))
print(select(2, xpcall(function() error("caught") end, debug.traceback)))
