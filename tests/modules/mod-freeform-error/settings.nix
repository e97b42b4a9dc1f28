{
  maxConnections = 100;
  timeout = "30s";
}
