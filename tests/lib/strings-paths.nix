let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  pkg = { type = "derivation"; name = "openssl-3.0"; out = "/store/openssl"; bin = "/store/openssl-bin"; dev = "/store/openssl-dev"; lib = "/store/openssl-lib"; };
in
check [
  { name = "makeSearchPath"; expr = lib.makeSearchPath "bin" [ "/root" "/usr" "/usr/local" ]; expected = "/root/bin:/usr/bin:/usr/local/bin"; }
  { name = "makeSearchPath-empty-dir"; expr = lib.makeSearchPath "bin" [ "" ]; expected = "/bin"; }
  { name = "makeSearchPath-null"; expr = [ (lib.makeSearchPath "lib" [ null "/usr" ]) (lib.makeSearchPath "lib" [ ]) ]; expected = [ "/usr/lib" "" ]; }
  { name = "makeSearchPathOutput"; expr = lib.makeSearchPathOutput "dev" "bin" [ pkg "/opt" ]; expected = "/store/openssl-dev/bin:/opt/bin"; }
  { name = "makeBinPath"; expr = [ (lib.makeBinPath [ "/root" "/usr" "/usr/local" ]) (lib.makeBinPath [ pkg ]) ]; expected = [ "/root/bin:/usr/bin:/usr/local/bin" "/store/openssl-bin/bin" ]; }
  { name = "makeLibraryPath"; expr = [ (lib.makeLibraryPath [ "/usr" "/usr/local" ]) (lib.makeLibraryPath [ pkg ]) ]; expected = [ "/usr/lib:/usr/local/lib" "/store/openssl-lib/lib" ]; }
  { name = "makeIncludePath"; expr = [ (lib.makeIncludePath [ "/usr" "/usr/local" ]) (lib.makeIncludePath [ pkg ]) ]; expected = [ "/usr/include:/usr/local/include" "/store/openssl-dev/include" ]; }
  { name = "normalizePath"; expr = [ (lib.strings.normalizePath "/a//b///c/") (lib.strings.normalizePath "a/b") ]; expected = [ "/a/b/c/" "a/b" ]; }
  { name = "fileContents"; expr = [ (lib.fileContents ./data/hello.txt) (lib.fileContents ./data/two-lines.txt) ]; expected = [ "hello world" "two\nlines\n" ]; }
]
