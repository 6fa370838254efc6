-- Semicolons are optional statement terminators; Lua 5.1 allows at most one after each statement.
local a = 1; local b = 2; print("a b", a, b);
local c = 3 local d = 4 print("no separators", c, d)
do local e = 5; print("in do", e); end;
for i = 1, 2 do print("loop", i); end;
if a then print("if branch"); end;
local function f() return 1; end;
print("function", f());
local t = { 1; 2; 3; }
print("semicolons in constructor", t[1], t[2], t[3])
local u = { x = 1, y = 2; z = 3, }
print("mixed separators", u.x, u.y, u.z)
local g = function() print("body"); return; end; g();
while false do end; repeat local z = 1; until true;
print("statements on one line:"); local p = 1; p = p + 1; print(p);
print(
"call split across lines"
)
local q
=
10
print("assignment split", q)
