{
  settings.hosts = [ "a" ];
}
