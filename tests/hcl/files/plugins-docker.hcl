plugin "docker" {
  config {
    endpoint         = "unix:///var/run/docker.sock"
    allow_privileged = true
    allow_caps       = ["audit_write", "chown", "dac_override", "fowner", "net_bind_service", "net_raw"]
    pull_activity_timeout = "10m"

    volumes {
      enabled      = true
      selinuxlabel = "z"
    }

    gc {
      image       = true
      image_delay = "3m"
      container   = true

      dangling_containers {
        enabled        = true
        dry_run        = false
        period         = "5m"
        creation_grace = "5m"
      }
    }

    extra_labels = ["job_name", "task_group_name", "task_name", "namespace", "node_name"]

    logging {
      type = "journald"
      config {
        tag = "nomad"
      }
    }
  }
}

plugin "raw_exec" {
  config {
    enabled = false
  }
}

plugin "exec" {
  config {
    allow_caps = ["chown", "kill", "setgid", "setuid"]
  }
}
