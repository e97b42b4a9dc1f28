# A wrong-typed definition of a renamed option is reported at the new name, in the file of the renaming module (not the user's).
{ lib }:
(lib.evalModules {
  modules = [
    ./opt-rename/warnings.nix
    ./opt-rename/new.nix
    { _file = ./err-renamed-wrong-type.nix; imports = [ (lib.mkRenamedOptionModule [ "services" "web" "port" ] [ "services" "web" "listen" "port" ]) ]; }
    ./err-renamed-wrong-type/old.nix
  ];
}).config.services.web.listen
