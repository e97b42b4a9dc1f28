# With `labelled` set to other names: a set of sets under such a name is
# labelled blocks; plugin, not in the list, is a plain block.
{
  service = {
    web = { port = 80; };
    api = { port = 8080; tags = [ "v1" ]; };
  };
  plugin = { docker = { config = { }; }; };
}
