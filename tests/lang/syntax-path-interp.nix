let x = "foo"; y = "sub"; in [ ./${x}.nix ./a/${x} ./${y}/${x} /abs/${x}-bar ]
