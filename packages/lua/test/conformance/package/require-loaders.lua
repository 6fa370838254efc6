-- package.loaders can be extended, reordered or replaced; require asks each searcher in turn.
package.path = "./modules/?.luam"
package.cpath = ""

print("searchers", #package.loaders)
for i = 1, #package.loaders do io.write(type(package.loaders[i]), " ") end
print()

-- A searcher returning a string adds to the "not found" message; numbers count as strings.
table.insert(package.loaders, 1, function(name) return "\n\tasked first about " .. name end)
table.insert(package.loaders, 2, function(name) return 12 end)
table.insert(package.loaders, 3, function(name) return nil end)
table.insert(package.loaders, 4, function(name) return {} end)
print(pcall(require, "ghost"))

-- A searcher that finds something returns a loader; the loader gets the name.
table.insert(package.loaders, 1, function(name)
  if name:sub(1, 4) == "gen." then
    return function(n) return { made = n } end
  end
end)
print(require("gen.thing").made)

-- Searchers can be callable tables.
package.loaders[1] = setmetatable({}, { __call = function(self, name)
  return function() return "from callable searcher: " .. name end
end })
print(require("callable"))

-- A searcher that is not callable.
package.loaders[1] = 42
print(pcall(require, "whatever"))

-- The standard searchers called directly.
local std = {}
package.loaders = { }
print(pcall(require, "nothing at all"))
package.loaders = "gone"
print(pcall(require, "gone"))
