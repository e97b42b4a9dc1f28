# Blocks of one name merge; lists given twice are concatenated; a value
# given twice: the last one wins.
client {
  enabled = true
  servers = ["10.0.0.2:4647"]
}

client {
  servers    = ["10.0.0.3:4647"]
  node_class = "compute"

  meta {
    zone = "a"
  }
}

client {
  meta {
    rack = "r7"
  }

  meta {
    zone = "b"
  }
}

plugin "docker" {
  config {
    allow_privileged = false
  }
}

plugin "docker" {
  config {
    volumes {
      enabled = true
    }
  }
}

plugin "raw_exec" {
  config {
    enabled = true
  }
}

log_level = "DEBUG"
log_level = "INFO"
