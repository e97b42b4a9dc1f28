{ plugin = { docker = { config = { }; }; raw_exec = true; }; }
