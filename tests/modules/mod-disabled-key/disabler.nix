{
  disabledModules = [ "nested" ];
  features = [ "disabler" ];
}
