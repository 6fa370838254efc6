-- All file handles share one metatable whose __index is itself.
local mt = getmetatable(io.stdout)
print(type(mt), mt == getmetatable(io.stdin), mt.__index == mt)
local names = {}
for k in pairs(mt) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))

local name = os.tmpname()
local f = assert(io.open(name, "w"))
print(getmetatable(f) == mt, f.write == io.stdout.write, f.close == mt.close)
f:close()

-- Methods check their receiver.
print(pcall(mt.write, {}, "x"))
print(pcall(mt.read, 1))
print(pcall(mt.close))
print(pcall(mt.lines, "file"))
print(pcall(mt.seek, nil))
print(pcall(function() local t = {} return mt.flush(t) end))
print(pcall(function() local t = {read = mt.read} return t:read() end))
print(mt.__tostring(f))
print(pcall(mt.__tostring, {}))
os.remove(name)
