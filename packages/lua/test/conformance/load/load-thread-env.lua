-- After setfenv(0, t) the thread's global table is t: chunks loaded from then on get it, and
-- module() creates its globals there.
local G = _G
local env = setmetatable({ tag = "thread env" }, { __index = G })
setfenv(0, env)

local f = loadstring("return tag")
G.print("loadstring", f(), G.getfenv(f) == env)
local done = false
local g = load(function() if not done then done = true return "return tag" end end)
G.print("load", g(), G.getfenv(g) == env)
G.print("loadfile", G.getfenv(loadfile("chunks/sum.chunk")) == env)

-- This chunk's own environment is still _G, so its functions see _G.
G.print("own env", G.getfenv(1) == G, tag)

G.package.preload.mm = loadstring("module('mm') return _NAME")
G.print("module", G.require("mm"), G.type(G.rawget(env, "mm")), G.rawget(G, "mm"))

G.package.preload.seer = loadstring("module('seer', package.seeall) return getmetatable(_M).__index == getfenv(0)")
G.print("seeall", G.require("seer"))
setfenv(0, G)
G.print("restored", G.getfenv(loadstring("return 1")) == G)
