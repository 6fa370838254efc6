-- Any value except nil (and NaN) can be a key; number keys normalise, strings and numbers stay distinct.
local t = {}
t[1] = "int one"
t["1"] = "string one"
t[1.5] = "float"
t[true] = "true key"
t[false] = "false key"
t[-3] = "negative"
t[0] = "zero"
local tk = {}
t[tk] = "table key"
local fk = print
t[fk] = "function key"
print(t[1], t["1"], t[1.5], t[true], t[false], t[-3], t[0])
print(t[tk], t[fk], t[{}])
print("float that equals integer", t[1.0], t[3 / 3], t[0.5 + 0.5])
t[2 ^ 53] = "huge"
print("huge key", t[2 ^ 53], t[9007199254740992])
t[1e100] = "enormous"
print("enormous key", t[1e100])
local inf = 1 / 0
t[inf] = "infinity"
print("inf key", t[inf], t[-inf])
local nan = 0 / 0
print("nan index read", t[nan])
print("nan key write", pcall(function() t[nan] = 1 end))
print("nil key write", pcall(function() t[nil] = 1 end))
print("rawset nil key", pcall(rawset, t, nil, 1))
local count = 0
for _ in pairs(t) do count = count + 1 end
print("key count", count)
local s = {}
s["a"] = 1
s["a" .. ""] = 2
print("strings by value", s.a)
local z = 0
s[z] = "zero"
print("negative zero key", s[-z])
