-- os.exit ends the program at once with the status given; output written so far is kept.
print("before")
io.write("unterminated line")
io.stderr:write("to stderr\n")
os.exit(3)
print("after")
