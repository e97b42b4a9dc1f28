client {
  servers = ["10.8.0.1:4647"]

  host_volume "scratch" {
    path = "/srv/scratch"
  }
}
