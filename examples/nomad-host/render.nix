# Renderers for configuration files, written in the Nix language itself.
# (nomix will offer builtins.toJSON too; these show what the language can do.)
let
  inherit (builtins) attrNames concatStringsSep genList isAttrs isBool isInt
    isList isString length stringLength substring;

  # Escapes a string for JSON and HCL: quotes, backslashes, newlines, tabs.
  escape = s:
    concatStringsSep "" (genList (i:
      let c = substring i 1 s; in
      if c == "\"" then "\\\""
      else if c == "\\" then "\\\\"
      else if c == "\n" then "\\n"
      else if c == "\t" then "\\t"
      else c) (stringLength s));

  quote = s: "\"${escape s}\"";

  spaces = n: concatStringsSep "" (genList (_: "  ") n);

  # Pretty-printed JSON with sorted keys, two spaces per level.
  toJSON = depth: v:
    if isAttrs v then
      if attrNames v == [ ] then "{}" else
      "{\n" + concatStringsSep ",\n" (map (k:
        "${spaces (depth + 1)}${quote k}: ${toJSON (depth + 1) v.${k}}") (attrNames v))
      + "\n${spaces depth}}"
    else if isList v then
      if length v == 0 then "[]" else
      "[\n" + concatStringsSep ",\n" (map (x: "${spaces (depth + 1)}${toJSON (depth + 1) x}") v)
      + "\n${spaces depth}]"
    else if isString v then quote v
    else if isBool v then (if v then "true" else "false")
    else if v == null then "null"
    else toString v;

  # HCL: nested sets become blocks, everything else `key = value`.
  hclValue = v:
    if isList v then "[" + concatStringsSep ", " (map hclValue v) + "]"
    else if isString v then quote v
    else if isBool v then (if v then "true" else "false")
    else toString v;

  toHCL = depth: v:
    concatStringsSep "" (map (k:
      let x = v.${k}; in
      if isAttrs x
      then "${spaces depth}${k} {\n${toHCL (depth + 1) x}${spaces depth}}\n"
      else "${spaces depth}${k} = ${hclValue x}\n") (attrNames v));
in
{
  json = v: toJSON 0 v + "\n";
  hcl = v: toHCL 0 v;
}
