derivation {
  name = "structured";
  system = "x86_64-linux";
  builder = "/bin/sh";
  __structuredAttrs = true;
  anInt = 42;
  yes = true;
  nothing = null;
  aList = [ "a" 1 [ true ] ];
  aSet = { x = 1; y = "two"; z = { nested = [ ]; }; };
  aFloat = 0.5;
  src = ./store-data/hello.txt;
}
