# A set with type = "derivation" becomes <derivation>, with drvPath and
# outPath as XML attributes when they are strings.
builtins.toXML {
  type = "derivation";
  name = "hello";
  drvPath = "/nix/store/aaaa-hello.drv";
  outPath = "/nix/store/bbbb-hello";
  system = "x86_64-linux";
  args = [ "-e" "build.sh" ];
}
