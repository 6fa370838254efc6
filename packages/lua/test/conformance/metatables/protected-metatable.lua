-- The __metatable field hides and protects a metatable.
local mt = { __metatable = "locked", __index = { secret = 1 } }
local t = setmetatable({}, mt)
print("getmetatable returns the field", getmetatable(t))
print("metamethods still work", t.secret)
print("setmetatable refused", pcall(setmetatable, t, {}))
print("removing refused", pcall(setmetatable, t, nil))
local falseGuard = setmetatable({}, { __metatable = false })
print("false guard", getmetatable(falseGuard))
print("false guard still protects", pcall(setmetatable, falseGuard, {}))
local tableGuard = setmetatable({}, { __metatable = { fake = true } })
print("table guard", getmetatable(tableGuard).fake)
local open = setmetatable({}, { __index = { v = "open" } })
print("unprotected getmetatable", getmetatable(open).__index.v)
print("replace unprotected", (pcall(setmetatable, open, { __index = { v = "replaced" } })))
print(open.v)
setmetatable(open, nil)
print("removed", getmetatable(open), open.v)
local lateGuard = {}
local lateMt = {}
setmetatable(lateGuard, lateMt)
lateMt.__metatable = "added later"
print("field added later counts", getmetatable(lateGuard), pcall(setmetatable, lateGuard, {}))
print("rawget on metatable still works", rawget(mt, "__metatable"))
