-- weak keys, weak values and both: unreachable objects leave, strings and live objects stay
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local live = {}
local wk = setmetatable({}, {__mode = "k"})
wk[live] = "kept"; wk[{}] = "gone"; wk["str"] = {}; wk[1] = "number key"
local wv = setmetatable({}, {__mode = "v"})
wv.a = live; wv.b = {}; wv.c = "a string"; wv.d = 42; wv.e = function() end
local wkv = setmetatable({}, {__mode = "kv"})
wkv[live] = live; wkv[{}] = live; wkv.x = {}; wkv.y = live
collectgarbage()
print("weak keys", count(wk), wk[live], wk.str ~= nil, wk[1])
print("weak values", count(wv), wv.a == live, wv.b, wv.c, wv.d, wv.e)
print("weak both", count(wkv), wkv[live] == live, wkv.x, wkv.y == live)
-- an object reachable only through another weak table is not reachable
local cache = setmetatable({}, {__mode = "v"})
do local obj = {name = "temp"}; cache[1] = obj; cache[2] = {inner = obj} end
collectgarbage("collect")
print("cache", cache[1], cache[2])
-- values referenced from locals, upvalues and the stack survive
local held = {}
local holder = function() return held end
local w2 = setmetatable({held, holder}, {__mode = "v"})
collectgarbage()
print("held", w2[1] == held, w2[2] == holder)
