-- nil marks absence: missing fields, missing arguments, extra variables.
local t = { a = 1 }
print("missing field:", t.b, t[1], t[true])
t.a = nil
print("assign nil removes:", t.a, next(t))
local function three(a, b, c) return a, b, c end
print("missing args are nil:", three(1))
local p, q, r = 1
print("extra locals are nil:", p, q, r)
local u, v = 1, 2, 3
print("extra values dropped:", u, v)
print("nil as table key read:", t[nil])
print("nil key write errors:", pcall(function() t[nil] = 1 end))
print("nil in arithmetic errors:", pcall(function() return nil + 1 end))
local x = nil
print("nil == nil:", x == nil, not x)
print("select count keeps trailing nils:", select("#", nil, nil), select("#"))
local function none() end
print("no return values:", none())
print("no return values count:", select("#", none()))
print("nil in middle of print:", 1, nil, 3)
