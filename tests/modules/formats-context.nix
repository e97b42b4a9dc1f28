# generate drops string context: builtins.toFile refuses a text that
# refers to a derivation's output, and a setting naming a package's
# program does. The text keeps the path.
{ lib }:
let
  nomad = derivation { name = "nomad-1.7.7"; system = "x86_64-linux"; builder = "/bin/sh"; };
  settings = { plugin_dir = "${nomad}/libexec"; command = [ "${nomad}/bin/nomad" "agent" ]; };
  files = lib.mapAttrs (n: fmt: (fmt { }).generate "agent.${n}" settings) { inherit (lib.formats) json toml; };
  kv = (lib.formats.keyValue { }).generate "agent.env" { NOMAD = "${nomad}/bin/nomad"; };
in
{
  inherit files kv;
  hasContext = builtins.hasContext settings.plugin_dir;
  json = files.json == builtins.toFile "agent.json" (builtins.unsafeDiscardStringContext (lib.generators.toPrettyJSON { } settings));
  toml = files.toml == builtins.toFile "agent.toml" (builtins.unsafeDiscardStringContext (lib.generators.toTOML { } settings));
}
