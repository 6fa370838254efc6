-- Class-style inheritance with __index chains and explicit super calls.
local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound)
  local self = setmetatable({}, Animal)
  self.name = name
  self.sound = sound or "..."
  return self
end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end
local Dog = setmetatable({}, { __index = Animal })
Dog.__index = Dog
function Dog.new(name)
  local self = Animal.new(name, "woof")
  return setmetatable(self, Dog)
end
function Dog:kind() return "dog, a kind of " .. Animal.kind(self) end
function Dog:fetch() return self.name .. " fetches" end
local Puppy = setmetatable({}, { __index = Dog })
Puppy.__index = Puppy
function Puppy.new(name)
  return setmetatable(Dog.new(name), Puppy)
end
function Puppy:speak() return Dog.speak(self) .. " (squeaky)" end
local a = Animal.new("generic")
local d = Dog.new("rex")
local p = Puppy.new("bit")
print(a:speak(), "|", a:kind())
print(d:speak(), "|", d:kind(), "|", d:fetch())
print(p:speak(), "|", p:kind(), "|", p:fetch())
print("fetch missing on animal", a.fetch)
local function isInstance(obj, class)
  local mt = getmetatable(obj)
  while mt do
    if mt == class then return true end
    local parent = getmetatable(mt)
    mt = parent and parent.__index
  end
  return false
end
print("instance checks", isInstance(p, Puppy), isInstance(p, Dog), isInstance(p, Animal), isInstance(d, Puppy))
Animal.describe = function(self) return "I am " .. self.name end
print("method added to base later", p:describe())
d.speak = function() return "overridden on instance" end
print(d:speak(), Dog.new("other"):speak())
local count = 0
for k in pairs(p) do count = count + 1 end
print("instance holds only its own fields", count)
