servers = ["a", "b"
