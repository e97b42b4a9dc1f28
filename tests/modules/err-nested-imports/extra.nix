# Never reached.
{ services.web.enable = true; }
