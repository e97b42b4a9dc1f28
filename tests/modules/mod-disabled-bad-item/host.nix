{
  disabledModules = [ { services.foo.enable = true; } ];
}
