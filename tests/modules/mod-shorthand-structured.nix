# Shorthand modules put definitions at the top; structured ones use `options'/`config' next to imports, key, _file, disabledModules, meta-less.
{ lib }:
(lib.evalModules {
  modules = [
    ./mod-shorthand-structured/structured.nix
    ./mod-shorthand-structured/shorthand.nix
    { config = { }; }
    { options = { }; }
    { }
  ];
}).config
