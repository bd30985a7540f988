"""Registry: households, persons and units; their forms, views, lists printed and exported, imports."""
