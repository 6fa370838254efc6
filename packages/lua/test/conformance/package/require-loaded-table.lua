-- require keeps using the original loaded table even when package.loaded is replaced.
package.path = "./modules/?.luam"
package.cpath = ""

local original = package.loaded
print("libraries", original._G == _G, original.string == string, original.table == table,
  original.math == math, original.io == io, original.os == os, original.coroutine == coroutine,
  original.package == package)

local names = {}
-- (debug is checked on its own line, so this list does not depend on that library.)
for k in pairs(original) do if k ~= "debug" then names[#names + 1] = k end end
table.sort(names)
print(table.concat(names, " "))
print("debug", package.loaded.debug == debug)

package.loaded = {}
local c = require("counter")
print("stored in original", original.counter == c, package.loaded.counter)
package.loaded = original

-- Entries read through a metatable on the loaded table.
setmetatable(original, { __index = function(_, k) if k == "magic" then return "from __index" end end })
print(require("magic"))
setmetatable(original, nil)
