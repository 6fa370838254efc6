-- error() with a string at top level: the message gets the position of the error call.
print("starting")
error("something went wrong")
print("never printed")
