-- An unfinished string literal is a compile error.
print("never printed")
local s = "no closing quote
print(s)
