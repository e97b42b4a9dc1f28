# `options.<path>.declarationPositions': file, line and column of each declaration.
{ lib }:
let
  eval = lib.evalModules { modules = [ ./opt-declarations/first.nix ./opt-declarations/second.nix ./opt-introspect/decl.nix ]; };
in
{
  machines = eval.options.machines.declarationPositions;
  port = eval.options.services.db.port.declarationPositions;
}
