-- What each fopen mode allows and how it treats existing contents.
local name = os.tmpname()
local function reset(text)
  local f = assert(io.open(name, "w"))
  f:write(text)
  f:close()
end
local function contents()
  local f = assert(io.open(name, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

for _, mode in ipairs{"r", "rb", "w", "wb", "a", "ab", "r+", "rb+", "r+b", "w+", "w+b", "a+", "a+b"} do
  reset("0123456789")
  local f = assert(io.open(name, mode))
  local w = f:write("AB")
  f:seek("set", 0)
  local r = f:read("*a")
  f:close()
  print(mode, w, r, contents())
end

-- Extra letters after the mode letter are ignored; '+' still counts.
reset("hello")
local f = assert(io.open(name, "rt"))
print("rt", f:read("*a"), f:write("x"))
f:close()
f = assert(io.open(name, "r +"))
print("r +", f:write("J"), f:seek("set"), f:read("*a"))
f:close()
print("default mode", io.open(name):read("*a"))
os.remove(name)
