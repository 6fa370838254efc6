-- debug.debug reads commands from stdin until "cont"; with no input it prompts once and returns
print("before the debug loop")
debug.debug()
print("after the debug loop", type(debug.debug))
