# nomix's library of everyday Nix functions, compatible with nixpkgs' `lib`.
#
# Every file takes `{ lib }` and receives the final library, so files can
# use each other lazily. The result is extensible like nixpkgs' `lib`:
# `lib.extend (final: prev: { … })` gives a library with more functions.
#
# The top level holds each sub-library under its own name and, flattened,
# the functions of trivial, attrsets, lists, strings, fixed-points and
# asserts, except the builtins that lib.strings re-exports but nixpkgs
# keeps off its top level (toJSON, typeOf, …). Where two files define one
# name, the top level takes the one nixpkgs' top level has: `replicate`
# is the list one, `hasPrefix` and `removePrefix` the string ones. As in
# nixpkgs, versions and generators are not flattened (`major`, `toINI`
# stay under lib.versions and lib.generators), except `splitVersion`.
# lib.hcl (nomix's own: HCL for Nomad's configuration) offers fromHCL and
# toHCL at the top level too, and toHCL as lib.generators.toHCL.
let
  fixedPoints = import ./fixed-points.nix { inherit lib; };

  lib = fixedPoints.makeExtensible (self:
    let
      callLib = file: import file { lib = self; };
      trivial = callLib ./trivial.nix;
      attrsets = callLib ./attrsets.nix;
      lists = callLib ./lists.nix;
      strings = callLib ./strings.nix;
      fixedPoints = callLib ./fixed-points.nix;
      versions = callLib ./versions.nix;
      hcl = callLib ./hcl.nix;
      # lib.generators.toHCL takes its options first, as generators do.
      generators = callLib ./generators.nix // { toHCL = hcl.toHCLWith; };
      asserts = callLib ./asserts.nix;
    in
    { inherit trivial attrsets lists strings fixedPoints versions generators asserts hcl; }
    // trivial
    // attrsets
    // lists
    # Builtins that lib.strings offers but nixpkgs' top level does not.
    // builtins.removeAttrs strings [
      "compareVersions" "fromJSON" "parseDrvName" "storeDir" "toJSON" "typeOf"
      "unsafeDiscardStringContext"
    ]
    // fixedPoints
    // asserts
    // {
      # Names defined in two files: the one nixpkgs' top level offers.
      inherit (lists) replicate;
      inherit (strings) hasPrefix removePrefix;
      inherit (versions) splitVersion;
      # HCL: lib.hcl, with its reader and writer also at the top level.
      inherit (hcl) fromHCL toHCL;
    });
in
lib
