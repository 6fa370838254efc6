-- An error inside a dofile'd file ends the program, reported with the file's position.
print("start")
print(dofile("chunks/sum.chunk"))
dofile("chunks/fails.chunk")
print("not reached")
