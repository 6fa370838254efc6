-- This file does not compile, so nothing is printed.
print("never printed")
local x = = 1
