-- The package table and its fields.
print("types", type(package.loaded), type(package.preload), type(package.loaders),
  type(package.path), type(package.cpath), type(package.loadlib), type(package.seeall))
print("config", (string.gsub(package.config, "\n", " ")))
print("require/module", type(require), type(module))
print("loaders", #package.loaders)
print("loaded package", package.loaded.package == package)
print("preload empty", next(package.preload))

-- loadlib checks its arguments and returns nil plus a message on failure.
print(pcall(package.loadlib))
print(pcall(package.loadlib, "x"))
print(pcall(package.loadlib, {}, "f"))
print((package.loadlib("./no_such_library.so", "luaopen_x")))

-- seeall checks its argument.
print(pcall(package.seeall))
print(pcall(package.seeall, "str"))

-- The standard searchers can be called directly.
package.path = "./modules/?.luam"
package.cpath = "./modules/?.none"
print(type(package.loaders[1]("nothing")), (string.gsub(package.loaders[1]("nothing"), "\t", "<tab>")))
print((string.gsub(package.loaders[2]("nothing"), "\t", "<tab>")))
print(type(package.loaders[2]("counter")))
print((string.gsub(package.loaders[3]("nothing"), "\t", "<tab>")))
print(package.loaders[4]("nodots"))
print((string.gsub(package.loaders[4]("a.b"), "\t", "<tab>")))
print(pcall(package.loaders[2]))
print(pcall(package.loaders[2], "broken"))
print(pcall(function() return package.loaders[2]("broken") end))
package.path = nil
print(pcall(function() return package.loaders[2]("x") end))
package.preload = nil
print(pcall(function() return package.loaders[1]("x") end))
