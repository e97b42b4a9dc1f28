client {
  enabled    = true
  node_class = "storage"

  host_volume "media" {
    path      = "/srv/media"
    read_only = true
  }

  host_volume "postgres-data" {
    path      = "/srv/postgres"
    read_only = false
  }

  host_volume "backups" {
    path = "/mnt/backup/nomad"
  }

  host_network "public" {
    cidr           = "203.0.113.0/24"
    reserved_ports = "22,80"
  }

  host_network "mesh" {
    interface = "wg0"
  }

  reserved {
    cpu            = 500
    memory         = 512
    disk           = 1024
    reserved_ports = "22"
  }

  meta {
    "rack"         = "closet"
    "storage.tier" = "hdd"
    owner          = "ops"
  }
}
