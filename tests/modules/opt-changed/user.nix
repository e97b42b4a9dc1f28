# Still uses the old options.
{ verbosity = 150; a.safe = true; }
