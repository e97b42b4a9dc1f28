let
  mk = name: extra: derivation ({
    inherit name;
    system = "x86_64-linux";
    builder = "/bin/sh";
    outputHashMode = "recursive";
    outputHashAlgo = "sha256";
    outputHash = "04zwf782yjwnh3q6hz5izfd6jyip8kgw6g6yj43fiqhbyhdd0dqw";
  } // extra);
  a = mk "hello.txt" { };
  # a different builder: different .drv, same output path
  b = mk "hello.txt" { builder = "/bin/bash"; };
in {
  a = { inherit (a) drvPath outPath; };
  b = { inherit (b) drvPath outPath; };
  sameOut = a.outPath == b.outPath;
  # the same as adding the file to the store
  source = "${./store-data/hello.txt}";
}
