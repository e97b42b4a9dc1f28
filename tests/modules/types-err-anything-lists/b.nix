{
  settings.hosts = [ "b" ];
}
