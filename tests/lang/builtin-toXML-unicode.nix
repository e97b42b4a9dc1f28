builtins.toXML { "ключ" = "café 日本 😀"; }
