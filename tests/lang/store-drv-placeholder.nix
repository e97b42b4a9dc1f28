let d = derivation {
  name = "ph";
  system = "x86_64-linux";
  builder = "/bin/sh";
  outputs = [ "out" "dev" ];
  args = [ "-c" "echo ${placeholder "out"} ${placeholder "dev"}" ];
  installDir = "${placeholder "out"}/share";
};
in {
  out = placeholder "out";
  dev = placeholder "dev";
  other = placeholder "doc";
  ctx = builtins.hasContext (placeholder "out");
  inherit (d) drvPath outPath;
  devPath = d.dev.outPath;
}
