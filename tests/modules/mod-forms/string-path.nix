{ ... }:
{ seen = [ "string path" ]; }
