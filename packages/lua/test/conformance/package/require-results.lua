-- What require stores when a module returns nothing, false, or registers itself.
package.path = "./modules/?.luam"

print("silent", require("silent"), package.loaded.silent, silent_ran)
print("silent again", require("silent"), silent_ran)

local s = require("selfreg")
print("selfreg", type(s), s.registered, package.loaded.selfreg == s)

print("falsy", require("falsy"), package.loaded.falsy, falsy_ran)
print("falsy reloads", require("falsy"), falsy_ran)

-- A value placed in package.loaded beforehand is returned without any search.
package.loaded.virtual = { "made by hand" }
print("preset", require("virtual")[1])
package.loaded.flag = 0
print("preset zero", require("flag"))

-- Clearing the entry makes require load the module again.
package.loaded.silent = nil
require("silent")
print("reloaded after clearing", silent_ran)
