-- A module that is still loading cannot be required again: "loop or previous error".
package.path = "./modules/?.luam"
package.cpath = ""

local a = require("loop_a")
print("a loaded", type(a), a.from_b)
print(a.err)
print("b not loaded", type(package.loaded.loop_b))

-- After a module failed, its entry stays marked: the next require reports the earlier error.
print(pcall(require, "raises"))
print(type(package.loaded.raises))
print(pcall(require, "raises"))
package.loaded.raises = nil
print(pcall(require, "raises"))

-- A preload loader that requires itself.
package.preload.selfish = function(name) return { inner = select(2, pcall(require, name)) } end
print(require("selfish").inner)
