# Mixes `config' with a plain definition.
{
  config.services.web.enable = true;
  services.web.user = "www";
}
