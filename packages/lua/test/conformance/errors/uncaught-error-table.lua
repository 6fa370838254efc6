-- An uncaught error whose value is a table has no printable message.
print("raising a table")
error({ code = 500, message = "server" })
