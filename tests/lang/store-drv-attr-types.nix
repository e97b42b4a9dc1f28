let d = derivation {
  name = "types";
  system = "x86_64-linux";
  builder = "/bin/sh";
  anInt = 42;
  negInt = -7;
  yes = true;
  no = false;
  nothing = null;
  aFloat = 1.5;
  aString = "hello world";
  emptyString = "";
  aList = [ "a" "b" "c" ];
  nestedList = [ "a" [ "b" [ "c" "d" ] ] [ ] "e" ];
  mixedList = [ 1 true false null "s" 2.5 ];
  emptyList = [ ];
};
in { inherit (d) drvPath outPath; attrs = d.drvAttrs; }
