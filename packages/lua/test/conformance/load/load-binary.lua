-- Text starting with ESC is taken as a precompiled chunk. This program only uses chunks that
-- are cut short or have a header of another Lua version, which no loader accepts.
print(loadstring("\27"))
print(loadstring("\27Lua"))
print(loadstring("\27Lua\81\0\1\4\8\4\8\0"))
print(loadstring("\27Lua\80\0\1\4\8\4\8\0 and more"))
print(loadstring("\27Lua", "=named"))
print(loadstring("\27Lua", "@file.luac"))
print(loadstring("\27Lua", "plain"))
print(loadstring("\27Lua\80\0\1\4\8\4\8\0 and more", "plain"))
local sent = false
print(load(function() if not sent then sent = true return "\27Lu" end end))
sent = false
print(load(function() if not sent then sent = true return "\27Lua\80\0\1\4\8\4\8\0xx" end end, "@reader"))
print(loadfile("chunks/short.bin"))
print(loadfile("chunks/other-version.bin"))
print(pcall(dofile, "chunks/short.bin"))
-- ESC later in the text is a plain syntax error.
print(loadstring("x = 1 \27"))
print(loadstring(" \27Lua"))
