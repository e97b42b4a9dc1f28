derivation {
  name = "with-args";
  system = "x86_64-linux";
  builder = "/bin/sh";
  args = [ "-c" "echo hi > $out" "" "with space" ];
}
