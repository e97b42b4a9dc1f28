# Misspells services.web.enable.
{ services.web.enabel = true; }
