-- Only the last item of a constructor expands to all values of a call or vararg.
local function three() return "a", "b", "c" end
local function none() end
local t1 = { three() }
print("last call expands", #t1, t1[1], t1[2], t1[3])
local t2 = { three(), "x" }
print("non-last call truncates", #t2, t2[1], t2[2])
local t3 = { (three()) }
print("parenthesised call truncates", #t3, t3[1])
local t4 = { three(), three() }
print("first truncated, last expanded", #t4, t4[1], t4[2], t4[3], t4[4])
local t5 = { "x", none() }
print("empty call adds nothing", #t5, t5[1], t5[2])
local t6 = { none(), "y" }
print("empty call in middle gives nil", t6[1], t6[2])
local function pack(...) return { ... } end
local p = pack(1, 2, 3, 4)
print("vararg expands", #p, p[1], p[4])
local function packMiddle(...) return { ..., "end" } end
local q = packMiddle(1, 2, 3)
print("vararg not last truncates", #q, q[1], q[2])
local function packCount(...) return { n = select("#", ...), ... } end
local r = packCount("a", "b")
print("named field before vararg", r.n, r[1], r[2])
local t7 = { k = "v", three() }
print("named field then call", t7.k, #t7, t7[3])
local t8 = { three(), k = "v" }
print("call followed by named field truncates", #t8, t8[1], t8[2], t8.k)
local t9 = { [10] = "ten", three() }
print("bracket key then call", t9[10], #t9, t9[3])
local function many()
  local r = {}
  for i = 1, 100 do r[i] = i end
  return unpack(r)
end
local big = { many() }
print("100 values expanded", #big, big[1], big[50], big[100])
local big2 = { 0, many() }
print("after a positional item", #big2, big2[1], big2[2], big2[101])
