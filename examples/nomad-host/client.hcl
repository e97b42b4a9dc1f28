# Client settings that are easier to read in HCL.
client {
  servers = ["10.0.0.7:4647"]

  host_volume "photos" {
    path      = "/srv/photos"
    read_only = true
  }

  meta {
    rack = "shelf-2"
  }
}
