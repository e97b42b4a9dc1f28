# File formats for settings-style options, as NixOS offers them in
# `pkgs.formats`: each format is a function of its settings that gives
#
#   type      the option type of the data (sets merged key by key, …)
#   generate  name: value: a file holding `value` in the format
#
#   let fmt = lib.formats.toml { }; in {
#     options.settings = lib.mkOption { type = fmt.type; default = { }; };
#     config.environment.etc."app.toml".source = fmt.generate "app.toml" config.settings;
#   }
#
# A generated file is a store path made with builtins.toFile; nomix writes
# nothing while evaluating, but remembers the text so that `nomix build`
# can write it. String context is dropped first: toFile refuses references
# to derivation outputs, and nomix builds no derivation anyway.
{ lib }:

let
  inherit (lib.types)
    attrsOf bool coercedTo either float int listOf nonEmptyListOf nullOr oneOf path str;

  # A file named `name` holding `text`.
  textFile = name: text: builtins.toFile name (builtins.unsafeDiscardStringContext text);

  # A value of SCALARS and sets and lists of values, described as
  # DESCRIPTION (a recursive type's own description would never end).
  nestedValue = description: scalars:
    let value = oneOf (scalars ++ [ (attrsOf value) (listOf value) ]) // { inherit description; };
    in value;

  # A key's value in key=value and INI files: one scalar (`single`), or
  # with `listsAsDuplicateKeys` a list of them (one line each), or with
  # `listToValue` a non-empty list of them (joined by that function). With
  # `coerce`, a single scalar defined next to lists becomes a list of one,
  # so that definitions from several modules join.
  keyAtom = { single, listsAsDuplicateKeys, listToValue, coerce }:
    let
      orList = list: if coerce then coercedTo single lib.lists.singleton list else either single list;
    in
    if listsAsDuplicateKeys then
      orList (listOf single) // { description = "${single.description} or a list of them for duplicate keys"; }
    else if listToValue != null then
      orList (nonEmptyListOf single) // { description = "${single.description} or a non-empty list of them"; }
    else single;

  # The lists of a set of keys turned into single values by listToValue.
  joinLists = listToValue: keys:
    if listToValue == null then keys
    else builtins.mapAttrs (_: v: if builtins.isList v then listToValue v else v) keys;

  checkListSettings = format: listsAsDuplicateKeys: listToValue:
    lib.assertMsg (!(listsAsDuplicateKeys && listToValue != null))
      "formats.${format}: `listsAsDuplicateKeys' and `listToValue' cannot be used together";
in
{
  # JSON, laid out as `jq .` lays it out (lib.generators.toPrettyJSON).
  json = { }: {
    type = lib.types.jsonValue;
    generate = name: value: textFile name (lib.generators.toPrettyJSON { } value);
  };

  # TOML v1.0 (lib.generators.toTOML). TOML has no null.
  toml = { }: {
    type = nestedValue "TOML value" [ bool int float str path ];
    generate = name: value: textFile name (lib.generators.toTOML { } value);
  };

  # HashiCorp's configuration language, version 1, as Nomad reads it
  # (lib.toHCL: sets are blocks, lists of sets repeated blocks, and
  # Nomad's labelled blocks, such as plugin "docker" { … }, are known).
  # HCL has no null: a null attribute is left out, so attributes may be
  # null, but list elements may not.
  hcl = { }: {
    type =
      let value = oneOf [ bool int float str path (attrsOf (nullOr value)) (listOf value) ] // {
        description = "HCL value";
      };
      in value;
    generate = name: value: textFile name (lib.toHCL value);
  };

  # INI files (lib.generators.toINI): a set of sections, each a set of
  # keys. The settings other than listToValue and atomsCoercedToLists
  # (mkSectionName, mkKeyValue, listsAsDuplicateKeys) go to toINI.
  ini =
    { listsAsDuplicateKeys ? false
    , listToValue ? null
    , atomsCoercedToLists ? null
    , ...
    }@args:
    assert checkListSettings "ini" listsAsDuplicateKeys listToValue;
    assert lib.assertMsg (atomsCoercedToLists != null -> listsAsDuplicateKeys || listToValue != null)
      "formats.ini: `atomsCoercedToLists' needs `listsAsDuplicateKeys' or `listToValue'";
    let
      atom = keyAtom {
        single = nullOr (oneOf [ bool int float str ]) // {
          description = "INI atom (null, bool, int, float or string)";
        };
        inherit listsAsDuplicateKeys listToValue;
        coerce = atomsCoercedToLists == true;
      };
      section = attrsOf atom // {
        description = "section of an INI file (attrs of ${atom.description})";
      };
    in
    {
      type = attrsOf section;
      lib.types.atom = atom;
      generate = name: value:
        textFile name (lib.generators.toINI
          (builtins.removeAttrs args [ "listToValue" "atomsCoercedToLists" ])
          (builtins.mapAttrs (_: joinLists listToValue) value));
    };

  # key=value files (lib.generators.toKeyValue). The settings other than
  # listToValue (mkKeyValue, listsAsDuplicateKeys, indent) go to
  # toKeyValue. With lists allowed, a single value is coerced to a list.
  keyValue =
    { listsAsDuplicateKeys ? false
    , listToValue ? null
    , ...
    }@args:
    assert checkListSettings "keyValue" listsAsDuplicateKeys listToValue;
    {
      type = attrsOf (keyAtom {
        single = nullOr (oneOf [ bool int float str ]) // {
          description = "atom (null, bool, int, float or string)";
        };
        inherit listsAsDuplicateKeys listToValue;
        coerce = true;
      });
      generate = name: value:
        textFile name (lib.generators.toKeyValue
          (builtins.removeAttrs args [ "listToValue" ])
          (joinLists listToValue value));
    };
}
