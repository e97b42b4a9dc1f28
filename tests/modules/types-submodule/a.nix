{
  services.web = { enable = true; flags = [ "-v" ]; };
  services.db.port = 5432;
  main.tags = [ "a" ];
}
