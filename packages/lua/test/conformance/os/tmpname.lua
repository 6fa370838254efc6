-- os.tmpname creates a fresh empty file and returns its name.
local a, b = os.tmpname(), os.tmpname()
print(type(a), a ~= b)
local f = io.open(a)
print("exists", f ~= nil, f and f:read("*a"))
if f then f:close() end
f = assert(io.open(a, "w"))
f:write("usable")
f:close()
print("remove a", os.remove(a))
print("remove b", os.remove(b))
print("gone", io.open(a) == nil, io.open(b) == nil)
