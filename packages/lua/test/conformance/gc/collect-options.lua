-- collectgarbage's options and what they return
print("collect", collectgarbage("collect"), collectgarbage())
print("count is a number", type(collectgarbage("count")))
print("gcinfo", type(gcinfo()))
print("stop", collectgarbage("stop"), "restart", collectgarbage("restart"))
print("setpause", collectgarbage("setpause", 150), collectgarbage("setpause", 200))
print("setstepmul", collectgarbage("setstepmul", 400), collectgarbage("setstepmul", 200))
print(pcall(collectgarbage, "bogus"))
print(pcall(collectgarbage, {}))
-- a loop allocating until a weak entry disappears ends
local w = setmetatable({}, {__mode = "v"})
w[1] = {}
local n = 0
while w[1] do n = n + 1; local t = {n} end
print("allocation loop ended", n > 0)
