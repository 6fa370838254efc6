-- A JSON-like serializer with sorted object keys, written without library functions.
local function lessKey(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta < tb end
  return a < b
end
local function sortedKeys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  for i = 2, #keys do
    local v, j = keys[i], i - 1
    while j >= 1 and lessKey(v, keys[j]) do keys[j + 1] = keys[j]; j = j - 1 end
    keys[j + 1] = v
  end
  return keys
end
local function isArray(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i = 1, n do if t[i] == nil then return false end end
  return true, n
end
local function serialize(v, indent, seen)
  indent = indent or ""
  seen = seen or {}
  local tv = type(v)
  if tv == "nil" then return "null" end
  if tv == "boolean" or tv == "number" then return tostring(v) end
  if tv == "string" then return '"' .. v .. '"' end
  if tv ~= "table" then error("cannot serialize a " .. tv, 0) end
  if seen[v] then error("cycle detected", 0) end
  seen[v] = true
  local inner = indent .. "  "
  local parts = {}
  local arr, n = isArray(v)
  if arr then
    if n == 0 then seen[v] = nil return "[]" end
    for i = 1, n do parts[i] = inner .. serialize(v[i], inner, seen) end
  else
    local keys = sortedKeys(v)
    for i, k in ipairs(keys) do parts[i] = inner .. '"' .. tostring(k) .. '": ' .. serialize(v[k], inner, seen) end
  end
  seen[v] = nil
  local body = ""
  for i = 1, #parts do body = body .. parts[i] .. (i < #parts and ",\n" or "\n") end
  if arr then return "[\n" .. body .. indent .. "]" end
  return "{\n" .. body .. indent .. "}"
end
local doc = {
  name = "deegen",
  version = 1.5,
  tags = { "vm", "lua", "jit" },
  enabled = true,
  nested = { z = 1, a = { deep = { 1, 2, { x = false } } }, m = "middle" },
  empty = {},
  [10] = "numeric key",
  [2] = "another",
}
print(serialize(doc))
print(serialize({ 1, 2, 3 }))
print(serialize("plain"), serialize(42), serialize(nil), serialize(false))
local cyclic = { name = "loop" }
cyclic.self = cyclic
print("cycle", pcall(serialize, cyclic))
print("function value", pcall(serialize, { f = print }))
local shared = { 1 }
print(serialize({ a = shared, b = shared }))
