-- How package.path templates are read: ';' separates, empty entries are skipped, every '?'
-- is replaced, and a template without '?' is tried as it is.
package.cpath = ""

local function try(path, name)
  package.path = path
  local ok, err = pcall(require, name)
  print(ok and "found" or "missing", ok and type(err) or (string.gsub(err, "\n\t", " | ")))
end

try("./modules/?.luam", "counter")
try(";;./nowhere/?.x;;", "thing")
try("a?b?c", "q")
try("./modules/counter.luam", "anything")
try("", "empty")
try("./x/?.lua;./y/?/init.lua", "d.e.f")
package.path = 5
print(pcall(require, "numeric_path"))
package.path = nil
print(pcall(require, "no_path"))
package.path = {}
print(pcall(require, "table_path"))
