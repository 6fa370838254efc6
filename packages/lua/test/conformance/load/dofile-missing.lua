-- dofile on a missing file raises the loader's message as it is, without a position.
print("start")
dofile("chunks/missing.chunk")
