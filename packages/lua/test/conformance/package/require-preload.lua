-- package.preload is searched first and its loaders get the module name.
package.path = "./modules/?.luam"
package.cpath = ""

local seen = {}
package.preload.alpha = function(...)
  seen[#seen + 1] = select("#", ...) .. ":" .. tostring(...)
  return { tag = "alpha from preload" }
end
print(require("alpha").tag, seen[1])
print("cached", require("alpha") == package.loaded.alpha, #seen)

-- preload wins over a file of the same name.
package.preload.counter = function() return "preloaded counter" end
print(require("counter"))

-- A builtin can be a loader too.
package.preload.up = string.upper
print(require("up"))

-- preload is read through its metatable.
setmetatable(package.preload, { __index = function(_, name)
  return function() return "generated " .. name end
end })
print(require("anything.at.all"))

-- A preload table that is not a table stops the search.
package.preload = "nope"
print(pcall(require, "beta"))
package.preload = {}
print(pcall(require, "beta"))
