-- A failing assert with a message.
local config = { port = "eighty" }
print("checking config")
assert(tonumber(config.port), "port must be numeric")
print("never printed")
