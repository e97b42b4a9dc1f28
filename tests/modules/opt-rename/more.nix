# Uses an old name too.
{
  services.web.hostNames = [ "b.example" ];
}
