# lib.generators.toTOML: TOML v1.0 documents. Each expected text was also
# read back with Python's tomllib.
let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  toml = lib.generators.toTOML { };
  ctl = hex: builtins.fromJSON "\"\\u00${hex}\"";
  # Whether toTOML refuses v (with a thrown error).
  refuses = v: !(builtins.tryEval (toml v)).success;

  agent = {
    datacenter = "home";
    data_dir = "/var/lib/nomad";
    ports = { http = 4646; rpc = 4647; };
    server = { enabled = true; bootstrap_expect = 1; };
    client = {
      enabled = true;
      servers = [ "10.0.0.1" "10.0.0.2" ];
      meta = { rack = "r1"; "owner.team" = "infra"; };
      host_volume = [
        { name = "data"; path = "/srv/data"; read_only = false; }
        { name = "logs"; path = "/srv/logs"; options = { mode = "0755"; }; }
      ];
    };
    telemetry = { collection_interval = "1s"; ratio = 0.25; };
  };

  # Values that fromTOML (toTOML v) must give back unchanged.
  roundTrip = [
    agent
    { }
    { a = { }; }
    { a = [ ]; b = [ [ ] [ 1 ] ]; }
    { a.b.c.d = 1; }
    { a.b.c = { }; }
    { a = [ { } ]; }
    { a = [ { b = [ { c = [ { d = 1; } ]; } ]; } { b = { x = 1; }; } ]; }
    { mixed = [ 1 "two" 3.5 true [ 4 ] { five = 5; } ]; }
    { inline = [ [ { a = 1; } ] { b = { c = [ { } ]; }; } ]; }
    { "" = 1; "a b" = { "c.d" = 2; "é" = { "" = { }; }; }; "1" = 3; "-_" = 4; true = 5; }
    { s = "q\"b\\s t\tn\nr\r${ctl "01"}${ctl "08"}${ctl "0c"}${ctl "1f"}${ctl "7f"} é 😀 '''"; }
    { floats = [ 0.5 1.0 (-2.0) 1.0e-7 1.0e100 1.5e16 3.141592653589793 (0.0 * -1.0) 1.7976931348623157e308 ]; }
    { ints = [ 0 (-1) 9223372036854775807 (-9223372036854775807) ]; }
    { bools = [ true false ]; t = true; }
  ];
in
check [
  { name = "empty"; expr = toml { }; expected = ""; }
  { name = "scalars"; expr = toml { s = "x"; i = 1; f = 1.5; b = false; }; expected = "b = false\nf = 1.5\ni = 1\ns = \"x\"\n"; }
  { name = "inline-lists"; expr = toml { l = [ 1 2 ]; e = [ ]; m = [ 1 "a" [ true ] ]; }; expected = "e = []\nl = [1, 2]\nm = [1, \"a\", [true]]\n"; }
  { name = "inline-tables"; expr = toml { l = [ 1 { a = 1; b = { c = "x"; }; } { } ]; }; expected = "l = [1, { a = 1, b = { c = \"x\" } }, {}]\n"; }
  {
    name = "agent";
    expr = toml agent;
    expected = ''
      data_dir = "/var/lib/nomad"
      datacenter = "home"

      [client]
      enabled = true
      servers = ["10.0.0.1", "10.0.0.2"]

      [[client.host_volume]]
      name = "data"
      path = "/srv/data"
      read_only = false

      [[client.host_volume]]
      name = "logs"
      path = "/srv/logs"

      [client.host_volume.options]
      mode = "0755"

      [client.meta]
      "owner.team" = "infra"
      rack = "r1"

      [ports]
      http = 4646
      rpc = 4647

      [server]
      bootstrap_expect = 1
      enabled = true

      [telemetry]
      collection_interval = "1s"
      ratio = 0.25
    '';
  }
  # a table with sub-tables but no keys of its own has no header
  { name = "implicit-tables"; expr = toml { a.b.c.d = 1; }; expected = "[a.b.c]\nd = 1\n"; }
  { name = "empty-tables"; expr = toml { a = { }; b.c = { }; }; expected = "[a]\n\n[b.c]\n"; }
  { name = "table-then-subtable"; expr = toml { a = { x = 1; b = { y = 2; }; }; }; expected = "[a]\nx = 1\n\n[a.b]\ny = 2\n"; }
  {
    name = "array-of-tables";
    expr = toml { task = [ { name = "a"; env.A = "1"; } { } { name = "c"; check = [ { port = 80; } ]; } ]; };
    expected = "[[task]]\nname = \"a\"\n\n[task.env]\nA = \"1\"\n\n[[task]]\n\n[[task]]\nname = \"c\"\n\n[[task.check]]\nport = 80\n";
  }
  { name = "quoted-keys"; expr = toml { "a b" = 1; "" = 2; "x.y" = { "é" = 3; ok_key-1 = 4; }; }; expected = "\"\" = 2\n\"a b\" = 1\n\n[\"x.y\"]\nok_key-1 = 4\n\"é\" = 3\n"; }
  { name = "quoted-header"; expr = toml { "my table".sub."" = { k = 1; }; }; expected = "[\"my table\".sub.\"\"]\nk = 1\n"; }
  {
    name = "string-escapes";
    expr = toml { s = "q\"b\\s t\tn\nr\r${ctl "01"}${ctl "08"}${ctl "0c"}${ctl "7f"} é"; };
    expected = "s = \"q\\\"b\\\\s t\\tn\\nr\\r\\u0001\\b\\f\\u007f é\"\n";
  }
  {
    name = "floats";
    expr = toml { a = 1.0; b = 0.5; c = 1.0e-7; d = 1.0e100; e = 1.5e16; f = 0.0 * -1.0; g = 1.0e308 * 10.0; h = -1.0e308 * 10.0; i = 0.1; j = 100.0; };
    expected = "a = 1.0\nb = 0.5\nc = 1e-07\nd = 1e+100\ne = 15000000000000000.0\nf = -0.0\ng = inf\nh = -inf\ni = 0.1\nj = 100.0\n";
  }
  { name = "nan"; expr = toml { n = (builtins.fromTOML "n = nan").n; }; expected = "n = nan\n"; }
  {
    name = "string-like";
    expr = toml { drv = { type = "derivation"; outPath = "/nix/store/x-hello"; }; s = { __toString = _: "shown"; }; p = ./data/hello.txt; };
    expected = "drv = \"/nix/store/x-hello\"\np = ${builtins.toJSON ./data/hello.txt}\ns = \"shown\"\n";
  }
  { name = "refuses-null"; expr = map refuses [ { a = null; } { a.b = [ 1 null ]; } { a = [ { b = null; } ]; } ]; expected = [ true true true ]; }
  { name = "refuses-functions"; expr = map refuses [ { f = x: x; } { a = [ (x: x) ]; } ]; expected = [ true true ]; }
  { name = "refuses-non-sets"; expr = map refuses [ [ ] 1 "s" null { outPath = "/x"; } ]; expected = [ true true true true true ]; }
  { name = "round-trip"; expr = map (v: builtins.fromTOML (toml v)) roundTrip; expected = roundTrip; }
  { name = "json-data"; expr = builtins.fromTOML (toml (lib.importJSON ./data/service.json)); expected = lib.importJSON ./data/service.json; }
  { name = "toml-data"; expr = builtins.fromTOML (toml (lib.importTOML ./data/service.toml)); expected = lib.importTOML ./data/service.toml; }
]
