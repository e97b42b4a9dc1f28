# attributes are turned into environment strings before hashing:
# equal strings give equal derivation paths
let
  mk = extra: (derivation ({ name = "e"; system = "x86_64-linux"; builder = "/bin/sh"; } // extra)).drvPath;
in {
  trueIs1 = mk { v = true; } == mk { v = "1"; };
  falseIsEmpty = mk { v = false; } == mk { v = ""; };
  nullIsEmpty = mk { v = null; } == mk { v = ""; };
  intIsDecimal = mk { v = 42; } == mk { v = "42"; };
  negInt = mk { v = -7; } == mk { v = "-7"; };
  floatIs6Digits = mk { v = 1.5; } == mk { v = "1.500000"; };
  listIsSpaceJoined = mk { v = [ "a" "b" ]; } == mk { v = "a b"; };
  # no separator is added after an empty list element
  nestedList = mk { v = [ "a" [ "b" [ "c" ] ] [ ] "d" ]; } == mk { v = "a b c d"; };
  emptyLast = mk { v = [ "a" [ ] ]; } == mk { v = "a "; };
  emptyFirst = mk { v = [ [ ] "a" ]; } == mk { v = "a"; };
  listOfMixed = mk { v = [ 1 true false null "s" ]; } == mk { v = "1 1   s"; };
  emptyList = mk { v = [ ]; } == mk { v = ""; };
  pathIsStorePath = mk { v = ./store-data/hello.txt; } == mk { v = "${./store-data/hello.txt}"; };
  drvIsOutPath = let d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; };
    in mk { v = d; } == mk { v = "${d}"; };
  argsSeparate = mk { args = [ "a b" ]; } == mk { args = [ "a" "b" ]; };
  paths = [ (mk { v = true; }) (mk { v = false; }) (mk { v = 42; }) (mk { v = [ "a" "b" ]; }) ];
}
