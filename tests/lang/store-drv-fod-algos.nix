let
  mk = algo: hash: mode: (derivation {
    name = "f";
    system = "x86_64-linux";
    builder = "/bin/sh";
    outputHashAlgo = algo;
    outputHash = hash;
    outputHashMode = mode;
  }).outPath;
in {
  sha1 = mk "sha1" "f572d396fae9206628714fb2ce00f72e94f2258f" "flat";
  sha1Rec = mk "sha1" "f572d396fae9206628714fb2ce00f72e94f2258f" "recursive";
  md5 = mk "md5" "b1946ac92492d2347c6235b4d2611184" "flat";
  sha512 = mk "sha512" "e7c22b994c59d9cf2b48e549b1e24666636045930d3da7c1acb299d1c3b7f931f94aae41edda2c2b207a36e10f8bcb8d45223e54878f5b316e7ce3b6bc019629" "flat";
  sha256Rec = mk "sha256" "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03" "recursive";
}
