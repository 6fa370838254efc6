-- io.popen reads a command's output or feeds it input.
local p = io.popen("echo one; echo two")
print(io.type(p))
print(p:read())
print(p:read("*a"))
print(p:read())
print(p:close())
print(io.type(p))

for line in io.popen("printf 'a\\nb\\nc'"):lines() do print("line", line) end

local name = os.tmpname()
local w = io.popen("cat > " .. name, "w")
print(w:write("fed ", 42, "\n"))
print(w:close())
local f = assert(io.open(name))
print(f:read("*a"))
f:close()
os.remove(name)
print(pcall(io.popen))
print(io.popen("true", "x"))
