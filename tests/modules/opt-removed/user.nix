# Still sets a removed option.
{ services.web.ssl = true; }
