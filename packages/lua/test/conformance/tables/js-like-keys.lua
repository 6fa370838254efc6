-- Names that are special in some host languages are ordinary keys and globals in Lua.
local names = { "__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty",
  "length", "__defineGetter__", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
  "call", "apply", "bind", "then", "size" }
local t = {}
for i = 1, #names do
  print("absent before set:", names[i], t[names[i]], rawget(t, names[i]))
end
for i = 1, #names do t[names[i]] = i end
for i = 1, #names do
  print("after set:", names[i], t[names[i]])
end
local count = 0
for k, v in pairs(t) do count = count + 1 end
print("count", count)
t.__proto__ = nil
t.constructor = nil
count = 0
for k, v in pairs(t) do count = count + 1 end
print("count after removal", count, t.__proto__, t.constructor)
local obj = { __proto__ = { x = 1 } }
print("__proto__ field is plain data", obj.x, obj.__proto__.x)
local lit = { constructor = "c", toString = "s", length = 3 }
print("literal fields", lit.constructor, lit.toString, lit.length, #lit)
print("globals before", __proto__, constructor, toString, hasOwnProperty)
__proto__ = "global proto"
constructor = "global ctor"
print("globals after", __proto__, constructor, _G["__proto__"])
local empty = {}
print("empty table has none", empty.constructor, empty.__proto__, empty.toString, empty.valueOf)
local s = {}
s["0"] = "string zero"
s[0] = "number zero"
print("string and number zero", s["0"], s[0])
print("length key does not affect #", #{ length = 10 })
