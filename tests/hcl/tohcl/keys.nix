{
  simple = 1;
  with_underscore = 2;
  with-dash = 3;
  _leading = 4;
  "driver.allowlist" = "docker";
  "with space" = 5;
  "" = "empty";
  "true" = "a name, not a boolean";
  "false" = "also a name";
  "1starts_with_digit" = 6;
  "ключ" = 7;
  "quote\"d" = 8;
  "\${x}" = 9;
  blocks = {
    "a block" = { x = 1; };
    "a.b" = { y = 2; };
  };
  plugin = {
    "nomad-driver-podman" = { config = { socket_path = "unix:///run/podman/podman.sock"; }; };
    "with \"quote\"" = { };
  };
}
