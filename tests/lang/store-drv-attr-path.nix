let d = derivation {
  name = "with-src";
  system = "x86_64-linux";
  builder = ./store-data/exec.sh;
  src = ./store-data/hello.txt;
  srcs = [ ./store-data/tree ./store-data/empty ];
  srcStr = "${./store-data/hello.txt}";
};
in { inherit (d) drvPath outPath builder src srcs; ctx = builtins.getContext d.drvPath; }
