-- __call makes tables callable; the table is passed first, followed by the arguments.
local callable = setmetatable({ name = "adder" }, {
  __call = function(self, a, b) return self.name .. ":" .. (a + b) end,
})
print(callable(2, 3))
local multi = setmetatable({}, { __call = function(self, ...) return select("#", ...), ... end })
print("extra args and multiple results", multi("a", nil, "c"))
print("no args", multi())
local counter = setmetatable({ n = 0 }, { __call = function(self) self.n = self.n + 1 return self.n end })
counter(); counter()
local third = counter()
print("stateful", third, counter.n)
print("through pcall", pcall(callable, 10, 20))
local nested = setmetatable({}, { __call = function(self, x) return x * 2 end })
local holder = { fn = nested }
print("as a field", holder.fn(21))
local objCall = setmetatable({ v = 7 }, { __call = function(self, other) return self.v + other.v end })
print("passing itself", objCall(objCall))
local function makeClass()
  local cls = {}
  cls.__index = cls
  setmetatable(cls, { __call = function(c, v) return setmetatable({ v = v }, c) end })
  function cls:get() return self.v end
  return cls
end
local Point = makeClass()
local p = Point(99)
print("constructor via __call", p:get())
print("tail call of callable", (function() return callable(1, 1) end)())
local err = setmetatable({}, { __call = 42 })
print("non-function __call errors", pcall(function() return err() end))
local plain = {}
print("table without __call errors", pcall(function() return plain() end))
local chain = setmetatable({}, { __call = setmetatable({}, { __call = function(self, a, b) return "inner", a == chain, b end }) })
print("__call that is itself callable", pcall(chain, "x"))
local iter = setmetatable({ i = 0 }, { __call = function(self)
  self.i = self.i + 1
  if self.i <= 3 then return self.i end
end })
local seen = ""
for v in iter do seen = seen .. v end
print("callable as iterator", seen)
