[ a:b mailto:me@example.org x+y.z-w:q%20r urn:isbn:0451450523 ]
