# Twelve hosts with 300 files of 8 KiB each: big enough that writing the
# trees takes a while, so that a test can interrupt the build while a tree
# is being written.
let
  block = builtins.concatStringsSep "" (builtins.genList (i: "line ${toString i} of a file that is long enough\n") 160);
  host = n: { lib, ... }: {
    environment.etc = builtins.listToAttrs (builtins.genList (i: {
      name = "heavy/file-${toString i}";
      value.text = "host ${n}, file ${toString i}\n" + block;
    }) 300);
  };
in
builtins.listToAttrs (builtins.genList (i: let n = "h${toString i}"; in { name = n; value = host n; }) 12)
