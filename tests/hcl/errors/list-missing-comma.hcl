servers = ["a" "b"]
