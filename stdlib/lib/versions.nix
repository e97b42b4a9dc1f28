# Taking version strings apart.
{ lib }:

let
  inherit (builtins) elemAt splitVersion;
in
{
  # The components of a version: "1.2-rc1" gives [ "1" "2" "rc" "1" ].
  inherit splitVersion;

  # The first component of a version.
  major = v: elemAt (splitVersion v) 0;

  # The second component of a version.
  minor = v: elemAt (splitVersion v) 1;

  # The third component of a version.
  patch = v: elemAt (splitVersion v) 2;

  # The first two components of a version, joined by a dot.
  majorMinor = v: builtins.concatStringsSep "." (lib.lists.take 2 (splitVersion v));

  # The numeric part of `version` (up to the first "-") cut or filled with
  # zeros to `n` components; the rest is kept after it.
  pad = n: version:
    let
      numeric = builtins.head (lib.strings.splitString "-" version);
      rest = lib.strings.removePrefix numeric version;
      parts = splitVersion numeric;
      filled = lib.lists.take n (parts ++ lib.lists.replicate n "0");
    in
    builtins.concatStringsSep "." filled + rest;
}
