""                   = "empty"
"\u0024{x}"          = 9
"1starts_with_digit" = 6
_leading             = 4
"driver.allowlist"   = "docker"
"false"              = "also a name"
"quote\"d"           = 8
simple               = 1
"true"               = "a name, not a boolean"
"with space"         = 5
with-dash            = 3
with_underscore      = 2
"ключ"           = 7

blocks {
  "a block" {
    x = 1
  }

  "a.b" {
    y = 2
  }
}

plugin "nomad-driver-podman" {
  config {
    socket_path = "unix:///run/podman/podman.sock"
  }
}

plugin "with \"quote\"" {}
