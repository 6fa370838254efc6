-- The default search paths when LUA_PATH and LUA_CPATH are not set.
print(package.path)
print(package.cpath)
local n = 0
for template in string.gmatch(package.path, "[^;]+") do n = n + 1 end
print("templates", n)
