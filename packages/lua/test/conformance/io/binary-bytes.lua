-- Files are byte streams: every byte value survives a round trip, "\r\n" included.
local name = os.tmpname()
local f = assert(io.open(name, "wb"))
for i = 0, 255 do f:write(string.char(i)) end
f:write("\r\n", "\0\0", "end")
f:close()

f = assert(io.open(name, "rb"))
local all = f:read("*a")
f:close()
print("length", #all)
local ok = true
for i = 0, 255 do
  if all:byte(i + 1) ~= i then ok = false end
end
print("all bytes", ok)
print("tail", all:sub(257) == "\r\n\0\0end")

-- Lines split only at "\n"; "\r" and NUL stay in the line.
f = assert(io.open(name, "rb"))
local lines = {}
for line in f:lines() do lines[#lines + 1] = line end
f:close()
-- lua5.1 reads lines with fgets and strlen, so a NUL byte cuts a line short there.
print("lines", #lines)
for i, line in ipairs(lines) do print(i, #line, line:byte(1), line:byte(-1)) end

-- A NUL in a string written with write comes back.
f = assert(io.open(name, "w"))
f:write("a\0b")
f:close()
f = assert(io.open(name))
local s = f:read("*a")
print(#s, s:byte(1, -1))
f:close()
os.remove(name)
