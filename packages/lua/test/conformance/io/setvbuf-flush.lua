-- Buffered writes reach the file on flush and close; setvbuf("no") writes at once.
local name = os.tmpname()
local function peek()
  local r = assert(io.open(name))
  local s = r:read("*a")
  r:close()
  return s
end

local f = assert(io.open(name, "w"))
f:write("buffered")
print("before flush", "[" .. peek() .. "]")
print("flush", f:flush())
print("after flush", "[" .. peek() .. "]")

print("setvbuf no", f:setvbuf("no"))
f:write(" direct")
print("unbuffered", "[" .. peek() .. "]")

print("setvbuf line", f:setvbuf("line"))
f:write(" partial")
f:write(" line\n")
print("line mode", "[" .. peek() .. "]")

print("setvbuf full", f:setvbuf("full", 64))
f:write("z")
print("full mode small", #peek())
for i = 1, 10 do f:write("0123456789") end
print("full mode spills", #peek() > 33)
f:close()
print("after close", #peek())
print(pcall(f.setvbuf, f, "no"))
f = assert(io.open(name))
print(pcall(f.setvbuf, f, "bad"))
print(pcall(f.setvbuf, f))
print(pcall(f.setvbuf, f, "full", "x"))
f:close()
os.remove(name)
