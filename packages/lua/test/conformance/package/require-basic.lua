-- require loads a module once, passes its name, and caches the result in package.loaded.
package.path = "./modules/?.luam"

local c = require("counter")
print("type", type(c))
print("name passed", c.name)
print("loaded entry during load", c.during)
print("cached", package.loaded.counter == c)
print("same again", require("counter") == c)
print("body ran", loads_of_counter)
print("state kept", c.bump(), c.bump(), require("counter").bump())

-- Only the first value a module returns is kept.
print("first result", require("returns_many"))
print("loaded", package.loaded.returns_many)

-- The module chunk gets exactly one argument: its name.
local a = require("args")
print("args", a.n, a.first)

-- Numbers are names too.
package.preload["7"] = function(name) return "seven:" .. type(name) .. ":" .. name end
print("number name", require(7))
print("result of require is a single value", select("#", require("counter")))
