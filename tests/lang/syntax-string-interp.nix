let x = "world"; n = { s = "!"; }; in "hello ${x}${n.s} ${"lit"}"
