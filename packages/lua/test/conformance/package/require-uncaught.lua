-- A require that fails outside any pcall ends the program with the searched places listed.
package.path = "./modules/?.luam;./lib/?.lua"
package.cpath = "./?.so"
print("before")
local m = require("missing.part")
print("not reached")
