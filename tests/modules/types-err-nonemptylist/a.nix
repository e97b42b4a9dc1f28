{
  servers = [ ];
}
