print("hello from deegen-lua")
