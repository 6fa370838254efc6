-- Dotted module names map onto folders; "?/init" templates find package folders.
package.path = "./modules/?.luam;./modules/?/init.luam"
package.cpath = ""

local shapes = require("shapes")
print(shapes.kind, shapes.name)

local square = require("shapes.square")
print(square._NAME, square._PACKAGE, square.parent)
print("area", square.area(3))
print("global path", shapes.square == square, type(_G.shapes))
print("loaded", package.loaded["shapes.square"] == square)
print(pcall(require, "shapes.circle"))
