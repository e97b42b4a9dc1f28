plugin {
  docker {
    config {}
  }
}

service "api" {
  port = 8080
  tags = ["v1"]
}

service "web" {
  port = 80
}
