-- Loaded chunks get the global environment, not the environment of the code that loads them.
local f = loadstring("return who")
who = "global"
print(getfenv(f) == _G, f())

local sandbox = { who = "sandbox" }
setfenv(f, sandbox)
print(f(), getfenv(f) == sandbox)

-- A function with its own environment still loads chunks into the global one.
local function loader()
  return loadstring("return who")
end
setfenv(loader, { loadstring = loadstring, who = "loader env" })
local g = loader()
print(g(), getfenv(g) == _G)

-- The same for loadfile and load.
local function fileLoader() return loadfile("chunks/sum.chunk") end
setfenv(fileLoader, { loadfile = loadfile })
print(getfenv(fileLoader()) == _G)
local done = false
local k = load(function() if not done then done = true return "return who" end end)
print(k(), getfenv(k) == _G)

-- Functions made by a chunk inherit the chunk's environment.
local maker = loadstring("return function() return who end")
setfenv(maker, { who = "maker env" })
print(maker()())

-- Chunks compiled once, run with different environments.
local code = loadstring("value = (value or 0) + 1 return value")
local e1, e2 = {}, {}
setfenv(code, e1); code(); code()
setfenv(code, e2); code()
print(e1.value, e2.value, value)
