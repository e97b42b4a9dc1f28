{ _file = "renamed-by-_file"; tags = [ "renamed" ]; }
