# Sets the old name to a string.
{ services.web.port = "http"; }
