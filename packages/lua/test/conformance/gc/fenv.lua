-- function environments: getfenv/setfenv
x = "global x"
local function readX() return x end
print(readX(), getfenv(readX) == _G, getfenv() == _G, getfenv(1) == _G, getfenv(0) == _G)
local env = {x = "env x"}
print(setfenv(readX, env) == readX, readX(), getfenv(readX) == env)
-- new closures inherit the environment of the function that creates them
local function maker() return function() return x end end
setfenv(maker, {x = "maker env"})
print(maker()())
-- level 1 is the calling function
local function selfEnv() setfenv(1, {x = "own", print = print}); return x end
print(selfEnv())
print(getfenv(print) == _G, pcall(setfenv, print, {}))
print(pcall(getfenv, 100))
print(pcall(getfenv, -1))
print(pcall(setfenv, 1, 2))
-- globals assigned under a custom environment land there
local sandbox = setmetatable({}, {__index = _G})
local function define() y = 10 end
setfenv(define, sandbox)
define()
print(rawget(sandbox, "y"), y)
