{ config, lib, ... }:
{ seen = [ "path to a function" ]; }
