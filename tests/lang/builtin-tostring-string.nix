[ (toString "abc") (toString "") (toString "a\nb") ]
