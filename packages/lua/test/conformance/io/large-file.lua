-- Lines and reads that cross the stream's internal buffer boundaries.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
local total = 0
for i = 1, 3000 do
  local line = i .. ":" .. string.rep("x", i % 97)
  f:write(line, "\n")
  total = total + #line + 1
end
f:close()

f = assert(io.open(name))
local count, bytes, bad = 0, 0, 0
for line in f:lines() do
  count = count + 1
  bytes = bytes + #line + 1
  local n, xs = line:match("^(%d+):(x*)$")
  if tonumber(n) ~= count or #xs ~= count % 97 then bad = bad + 1 end
end
f:close()
print("lines", count, "bytes", bytes, total, "bad", bad)

f = assert(io.open(name))
local all = f:read("*a")
print("whole", #all == total)
f:seek("set", 4090)
local piece = f:read(20)
print("across a boundary", piece == all:sub(4091, 4110))
f:seek("set")
local sum = 0
while true do
  local n = f:read("*n")
  if not n then break end
  sum = sum + n
  f:read("*l")
end
print("numbers", sum)
f:close()
os.remove(name)
