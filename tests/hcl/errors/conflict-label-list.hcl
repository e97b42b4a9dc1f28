plugin "docker" {}
plugin = ["docker"]
