-- Cyclic __index or __newindex chains are detected instead of looping forever.
local a = {}
setmetatable(a, { __index = a })
print("self __index", pcall(function() return a.x end))
local b, c = {}, {}
setmetatable(b, { __index = c })
setmetatable(c, { __index = b })
print("two-table __index cycle", pcall(function() return b.missing end))
print("present keys still work", pcall(function() rawset(b, "here", 1) return b.here end))
local d = {}
setmetatable(d, { __newindex = d })
print("self __newindex", pcall(function() d.y = 1 end))
local e, f = {}, {}
setmetatable(e, { __newindex = f })
setmetatable(f, { __newindex = e })
print("two-table __newindex cycle", pcall(function() e.z = 1 end))
local chain = {}
local cur = chain
for i = 1, 90 do
  local nxt = {}
  setmetatable(cur, { __index = nxt })
  cur = nxt
end
cur.found = "end of long chain"
print("a long but finite chain works", chain.found)
