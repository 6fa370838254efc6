-- Errors while finding or running a module.
package.path = "./modules/?.luam"
package.cpath = ""

print(pcall(require, "broken"))
print(pcall(require, "raises"))
local ok, e = pcall(require, "raises_table")
print(ok, type(e), e.code)
print(pcall(require))
print(pcall(require, nil))
print(pcall(require, {}))
print(pcall(function() require(true) end))

-- A loader that raises an error.
package.preload.bad = function(name) error("loader of " .. name .. " failed") end
print(pcall(require, "bad"))
package.preload.bad2 = function() error({}) end
print(type(select(2, pcall(require, "bad2"))))
package.preload.bad3 = function() local t = nil; return t.x end
print(pcall(require, "bad3"))
