-- assert on a failed loadstring ends the program with the compiler's message.
print("before")
local f = assert(loadstring("return 1 +", "=snippet"))
print("not reached")
