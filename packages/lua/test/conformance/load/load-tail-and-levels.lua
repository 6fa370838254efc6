-- error levels and positions through loaded code.
local thrower = loadstring("local msg, lvl = ... error(msg, lvl)", "=thrower")
print(pcall(thrower, "level 1", 1))
print(pcall(thrower, "level 0", 0))
local function caller() thrower("level 2", 2) end
print(pcall(caller))

-- A loaded chunk calling back into this file.
function callback(x) if x > 2 then error("too big: " .. x) end return x * 10 end
local user = loadstring("local r = {} for i = 1, 3 do r[i] = callback(i) end return r", "=user")
print(pcall(user))
local ok, r = pcall(loadstring("return callback(1), callback(2)", "=user2"))
print(ok, r)

-- Errors in code loaded by code loaded by code.
local outer = loadstring([[return loadstring("local t = {} return t.a.b", "=inner")]], "=outer")
print(pcall(outer()))

-- A chunk name with only '=' is an empty name.
print(pcall(loadstring("error('empty name')", "=")))
print(pcall(loadstring("error('at sign')", "@")))
