-- remove and rename report failures as nil, "name: message", errno.
print(os.remove("no-such-file.txt"))
print(os.rename("no-such-file.txt", "other.txt"))
print(os.remove("no-such-dir/file.txt"))

local a = os.tmpname()
local b = a .. ".renamed"
local f = assert(io.open(a, "w"))
f:write("payload")
f:close()
print("rename", os.rename(a, b))
print("old gone", io.open(a) == nil)
f = assert(io.open(b))
print("moved", f:read("*a"))
f:close()

-- Renaming over an existing file replaces it.
f = assert(io.open(a, "w"))
f:write("newer")
f:close()
print("replace", os.rename(a, b))
f = assert(io.open(b))
print("now", f:read("*a"))
f:close()

print("remove", os.remove(b))
print("again", select(3, os.remove(b)))
print(pcall(os.remove))
print(pcall(os.rename, "x"))
print(pcall(os.remove, {}))
