# lib.generators.toPrettyJSON: JSON as `jq .` (jq 1.6) prints it. The
# expected texts of floats and escapes were taken from jq 1.6 itself.
let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  json = lib.generators.toPrettyJSON { };
  # Floats written as JSON text, so that subnormals can be given too.
  float = s: builtins.fromJSON s;
  # Characters Nix string literals cannot hold: U+00XX, U+XXXX.
  ctl = hex: builtins.fromJSON "\"\\u00${hex}\"";
  char = hex: builtins.fromJSON "\"\\u${hex}\"";
  negate = s: if lib.strings.hasPrefix "-" s then lib.strings.removePrefix "-" s else "-" + s;

  # [ input, what jq prints for it ]
  floats = [
    [ "0.5" "0.5" ]
    [ "1.5" "1.5" ]
    [ "0.1" "0.1" ]
    [ "0.2" "0.2" ]
    [ "0.3" "0.3" ]
    [ "1.0" "1" ]
    [ "2.0" "2" ]
    [ "-2.5" "-2.5" ]
    [ "100.0" "100" ]
    [ "1e-7" "1e-07" ]
    [ "0.0001" "0.0001" ]
    [ "0.00001" "1e-05" ]
    [ "0.001234" "0.001234" ]
    [ "123456789.123" "123456789.123" ]
    [ "3.14159265358979" "3.14159265358979" ]
    [ "3.141592653589793" "3.141592653589793" ]
    [ "2.718281828459045" "2.718281828459045" ]
    [ "1e15" "1000000000000000" ]
    [ "1e16" "1e+16" ]
    [ "1.5e16" "15000000000000000" ]
    [ "123e15" "123000000000000000" ]
    [ "1e21" "1e+21" ]
    [ "1e22" "1e+22" ]
    [ "1e23" "1e+23" ]
    [ "8.41e21" "8.41e+21" ]
    [ "1e100" "1e+100" ]
    [ "-1e-100" "-1e-100" ]
    [ "1.7976931348623157e308" "1.7976931348623157e+308" ]
    [ "2.2250738585072014e-308" "2.2250738585072014e-308" ]
    [ "2.225073858507201e-308" "2.225073858507201e-308" ]
    [ "5e-324" "5e-324" ]
    [ "1e-323" "1e-323" ]
    [ "4.9406564584124654e-320" "4.9407e-320" ]
    [ "9007199254740993.0" "9007199254740992" ]
    [ "18014398509481984.0" "18014398509481984" ]
    [ "0.30000000000000004" "0.30000000000000004" ]
    [ "1234567890123456789.0" "1234567890123456800" ]
    [ "5e-310" "5e-310" ]
    [ "7.0e-10" "7e-10" ]
    [ "1.1" "1.1" ]
    [ "2.675" "2.675" ]
    [ "299792.458" "299792.458" ]
    [ "9.999999999999999e22" "1e+23" ]
    [ "123456.789e3" "123456789" ]
    # around the quick path for floats of up to 6 digits
    [ "123456.0" "123456" ]
    [ "1234567.0" "1234567" ]
    [ "999999.5" "999999.5" ]
    [ "0.000123456" "0.000123456" ]
    [ "9.99999e-5" "9.99999e-05" ]
    [ "1e-300" "1e-300" ]
    [ "1.5e300" "1.5e+300" ]
  ];
  floatValues = map (p: float (builtins.head p)) floats;

  nested = {
    datacenter = "home";
    client = { enabled = true; servers = [ "10.0.0.1:4647" "10.0.0.2:4647" ]; meta = { }; };
    limits = { cpu = 0.5; memory = 1024; ratios = [ 0.25 1.0e-3 ]; };
    plugins = [ { name = "docker"; config = { volumes.enabled = true; }; } [ ] [ [ 1 ] ] ];
    "key with spaces" = null;
    "quote\"key" = false;
    "" = "empty key";
  };

  # Values that fromJSON (toPrettyJSON v) must give back unchanged.
  roundTrip = [
    nested
    { }
    [ ]
    [ { } [ ] "" 0 ]
    "plain"
    "tab\tnew\nline\rcr\"quote\\back/slash ${ctl "01"}${ctl "1f"}${ctl "7f"}${ctl "08"}${ctl "0c"} é € 😀"
    0
    (-1)
    9223372036854775807
    (-9223372036854775807)
    true
    false
    null
    floatValues
    (map (x: 0.0 - x) floatValues)
    { deep = { deeper = { deepest = [ [ [ { x = [ 1.5 ]; } ] ] ]; }; }; }
  ];
in
check [
  { name = "scalars"; expr = map json [ 1 (-3) "s" true false null 1.5 ]; expected = [ "1\n" "-3\n" "\"s\"\n" "true\n" "false\n" "null\n" "1.5\n" ]; }
  { name = "empty"; expr = map json [ { } [ ] ]; expected = [ "{}\n" "[]\n" ]; }
  { name = "list"; expr = json [ 1 "two" [ ] { } ]; expected = "[\n  1,\n  \"two\",\n  [],\n  {}\n]\n"; }
  { name = "set-sorted"; expr = json { b = 2; a = 1; "B" = 3; }; expected = "{\n  \"B\": 3,\n  \"a\": 1,\n  \"b\": 2\n}\n"; }
  {
    name = "nested";
    expr = json { a = [ { b = [ 1 ]; } ]; c = { d = { }; }; };
    expected = ''
      {
        "a": [
          {
            "b": [
              1
            ]
          }
        ],
        "c": {
          "d": {}
        }
      }
    '';
  }
  {
    name = "nomad-like";
    expr = json nested;
    expected = ''
      {
        "": "empty key",
        "client": {
          "enabled": true,
          "meta": {},
          "servers": [
            "10.0.0.1:4647",
            "10.0.0.2:4647"
          ]
        },
        "datacenter": "home",
        "key with spaces": null,
        "limits": {
          "cpu": 0.5,
          "memory": 1024,
          "ratios": [
            0.25,
            0.001
          ]
        },
        "plugins": [
          {
            "config": {
              "volumes": {
                "enabled": true
              }
            },
            "name": "docker"
          },
          [],
          [
            [
              1
            ]
          ]
        ],
        "quote\"key": false
      }
    '';
  }
  # jq writes \b and \f by name, other control characters and DEL as
  # \u00XX in lower case, and everything else (/, non-ASCII) as it is.
  {
    name = "string-escapes";
    expr = json "q\"b\\s/ t\tn\nr\r ${ctl "08"}${ctl "0c"}${ctl "01"}${ctl "1b"}${ctl "1f"}${ctl "7f"} é${char "2028"}";
    expected = "\"q\\\"b\\\\s/ t\\tn\\nr\\r \\b\\f\\u0001\\u001b\\u001f\\u007f é${char "2028"}\"\n";
  }
  { name = "key-escapes"; expr = json { "a\nb" = 1; }; expected = "{\n  \"a\\nb\": 1\n}\n"; }
  # an escaped backslash followed by "u0008" is not an escape
  { name = "backslash-u"; expr = json "\\u0008\\u000c"; expected = "\"\\\\u0008\\\\u000c\"\n"; }
  { name = "floats"; expr = map (x: json x) floatValues; expected = map (p: builtins.elemAt p 1 + "\n") floats; }
  { name = "floats-negative"; expr = map (x: json (0.0 - x)) floatValues; expected = map (p: negate (builtins.elemAt p 1) + "\n") floats; }
  { name = "float-zero"; expr = [ (json 0.0) (json (0.0 * -1.0)) ]; expected = [ "0\n" "-0\n" ]; }
  # jq has no infinity and writes the largest float instead
  { name = "float-infinite"; expr = [ (json (1.0e308 * 10.0)) (json (-1.0e308 * 10.0)) ]; expected = [ "1.7976931348623157e+308\n" "-1.7976931348623157e+308\n" ]; }
  # integers are exact (jq itself would round those beyond 2^53)
  { name = "integers"; expr = map json [ 9223372036854775807 (-9223372036854775807) 100000000000000000 ]; expected = [ "9223372036854775807\n" "-9223372036854775807\n" "100000000000000000\n" ]; }
  # what builtins.toJSON makes of paths, derivations and __toString
  { name = "path"; expr = json ./data/hello.txt; expected = builtins.toJSON ./data/hello.txt + "\n"; }
  {
    name = "string-like-sets";
    expr = json { drv = { type = "derivation"; outPath = "/nix/store/x-hello"; name = "hello"; }; s = { __toString = _: "shown"; }; o = { outPath = { a = 1; }; }; };
    expected = "{\n  \"drv\": \"/nix/store/x-hello\",\n  \"o\": {\n    \"a\": 1\n  },\n  \"s\": \"shown\"\n}\n";
  }
  { name = "round-trip"; expr = map (v: builtins.fromJSON (json v)) roundTrip; expected = roundTrip; }
  { name = "round-trip-floats-exact"; expr = map (x: builtins.fromJSON (json x)) floatValues; expected = floatValues; }
]
