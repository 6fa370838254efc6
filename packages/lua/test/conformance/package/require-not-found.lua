-- The message for a missing module lists every place searched, with the default paths.
local ok, err = pcall(require, "no_such_module")
print(ok)
print(err)

-- Dotted names: '.' becomes '/', and the all-in-one C loader also tries the root name.
ok, err = pcall(require, "no_such.sub.mod")
print(ok)
print(err)
