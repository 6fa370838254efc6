-- A number error value counts as a string, so it gets a position prefix like a string message.
print("raising a number")
error(404)
