removeAttrs [ "a" ] [ "a" ]
