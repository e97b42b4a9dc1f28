# Lists of objects, as HCL 1 writes them.
client {
  enabled = true

  chroot_env = {
    "/bin"            = "/bin"
    "/etc"            = "/etc"
    "/lib"            = "/lib"
    "/usr"            = "/usr"
    "/run/resolvconf" = "/run/resolvconf"
  }

  options = {
    "driver.allowlist"     = "docker,raw_exec"
    "user.denylist"        = "root,ubuntu"
    "fingerprint.skip_aws" = "true"
  }

  template {
    disable_file_sandbox = false
    function_denylist    = ["plugin", "writeToFile"]
  }
}

plugin "docker" {
  config {
    auth {
      config = "/etc/docker/config.json"
    }

    # HCL 1's list-of-objects form, still accepted by the docker driver
    logging = [
      {
        type = "syslog"
        config = [
          { tag = "nomad", syslog-address = "udp://10.0.0.5:514" },
        ]
      },
    ]

    mounts = [
      { type = "bind", source = "/srv/shared", target = "/shared", readonly = true },
      { type = "tmpfs", target = "/scratch", tmpfs_options = { size = 100000 } },
    ]
  }
}

audit {
  enabled = true

  sink "audit" {
    type               = "file"
    delivery_guarantee = "enforced"
    format             = "json"
    path               = "/var/lib/nomad/audit/audit.log"
    rotate_bytes       = 100
    rotate_duration    = "24h"
    rotate_max_files   = 10
  }

  filter "default" {
    type       = "HTTPEvent"
    endpoints  = ["/v1/metrics"]
    stages     = ["*"]
    operations = ["*"]
  }
}
