# JSON round trip of a document of about 5 MB: toJSON of generated records
# (strings with escapes, ints, floats, nested lists and sets), fromJSON of
# the text, then a fold over the parsed records.
let
  record = i: {
    id = i;
    name = "service-${toString i}";
    tags = [ "web" "tier-${toString (builtins.div i 100)}" "quote\"d" ];
    weight = i * 0.5;
    enabled = builtins.bitAnd i 1 == 0;
    meta = { owner = "team-${toString (builtins.div i 7)}"; note = "line\nbreak\ttab"; port = 8000 + i; };
  };
  doc = { records = builtins.genList record 30000; version = 3; };
  text = builtins.toJSON doc;
  parsed = builtins.fromJSON text;
  total = builtins.foldl' (acc: r: acc + r.meta.port + builtins.length r.tags) 0 parsed.records;
in
builtins.stringLength text + total
