-- Relational operators on numbers and strings; mixing types raises errors.
print("numbers", 1 < 2, 2 < 1, 1 <= 1, 2 >= 3, 3 > 2, -1 < 0)
print("floats", 0.1 < 0.2, 1.5 >= 1.5, -0.5 > -1)
print("inf", 1 / 0 > 1e308, -1 / 0 < -1e308)
local nan = 0 / 0
print("nan comparisons all false", nan < 1, nan > 1, nan <= nan, nan >= nan)
print("strings", "a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "a" <= "a")
print("prefix is smaller", "ab" < "abc", "abc" > "ab")
print("digits as text", "10" < "2", "100" > "99")
print("equal strings", "x" >= "x", "x" <= "x")
local function try(f) local ok, err = pcall(f) return ok, err end
print(try(function() return 1 < "2" end))
print(try(function() return "1" < 2 end))
print(try(function() return {} < {} end))
print(try(function() return nil < 1 end))
print(try(function() return true > false end))
print(try(function() return 1 <= {} end))
print(try(function() return "a" >= nil end))
print(try(function() return print < print end))
print("equality never errors", 1 == "1", {} == 1, nil == false, print == "print")
print("not-equal", 1 ~= 1.0, "a" ~= "b")
local x, y = 3, 7
print("greater via swap", x > y, y > x, x >= y, y >= x)
print("comparison results are booleans", type(1 < 2), type("a" == "a"))
