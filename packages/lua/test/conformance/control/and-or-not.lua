-- and/or return one of their operands and evaluate the right side only when needed.
print("and", 1 and 2, nil and 2, false and 2, 1 and nil, 1 and false)
print("or", 1 or 2, nil or 2, false or 2, nil or false, false or nil)
print("not", not nil, not false, not 0, not "", not not 1)
local calls = 0
local function hit(v) calls = calls + 1 return v end
local _ = false and hit(1)
print("and short-circuits", calls)
_ = true or hit(1)
print("or short-circuits", calls)
_ = true and hit(1)
_ = false or hit(1)
print("right side evaluated when needed", calls)
local function ternary(c, a, b) return c and a or b end
print("ternary idiom", ternary(true, "yes", "no"), ternary(false, "yes", "no"))
print("idiom fails with false middle", ternary(true, false, "fallback"))
local t = nil
print("guarded index", t and t.x, (t or {}).x)
local cfg = { name = "n" }
print("default value", cfg.name or "default", cfg.missing or "default")
print("chained or", nil or false or "third", nil or false or nil)
print("chained and", 1 and 2 and 3, 1 and nil and 3)
print("mixed", nil and 1 or 2, 1 and nil or 3, false or 1 and 2)
local function multi() return "a", "b" end
print("and/or truncate to one value", multi() and multi())
print("or of call", nil or multi())
local x = 5
print("comparisons combined", x > 0 and x < 10, x < 0 or x > 4, not (x == 5))
print("not binds tighter", not x == 5, not (x == 5))
print("results keep types", type(0 and "s"), type(nil or 0), type(not 0))
local n = 0
local function count(v) n = n + 1 return v end
local r = count(nil) or count(false) or count(0) or count(1)
print("or stops at first truthy", r, n)
n = 0
r = count(1) and count(2) and count(nil) and count(3)
print("and stops at first falsy", r, n)
if nil or (1 and not false) then print("in condition") end
