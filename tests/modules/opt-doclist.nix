# lib.optionAttrSetToDocList on a small tree with submodule sub-options, invisible, internal and shallow options (stable fields only).
{ lib }:
let
  eval = lib.evalModules { modules = [ ./opt-doclist/mod.nix ]; };
  docs = lib.optionAttrSetToDocList eval.options.services;
in
map (d: {
  inherit (d) name type readOnly declarations loc internal visible;
  default = d.default or null;
  example = d.example or null;
}) docs
