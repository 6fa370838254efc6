-- error() with no value: the standalone interpreter exits with status 1 and prints no message.
print("raising nil")
error()
