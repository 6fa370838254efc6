-- lua5.1's print writes each argument as a C string: it stops at the first zero byte.
-- io.write writes every byte.
print("a\0b", "c")
print("\0", "x\0y\0z", 1)
print("\255\0\128")
io.write("a\0b", "\n")
print(setmetatable({}, { __tostring = function() return "t\0u" end }), "v")

-- What print wrote before an argument whose conversion fails is already out.
print(pcall(print, 1, 2, setmetatable({}, { __tostring = function() error("no") end })))
print(pcall(print, "p", setmetatable({}, { __tostring = function() return {} end })))
