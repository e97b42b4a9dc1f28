{
  settings.server.port = "8080";
}
