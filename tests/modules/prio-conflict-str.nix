# Two different strings at the winning priority conflict; the error names both files. The mkDefault one is out of the way.
{ lib }:
(lib.evalModules {
  modules = [ ./prio-conflict-str/a.nix ./prio-conflict-str/b.nix ./prio-conflict-str/c.nix ];
}).config
