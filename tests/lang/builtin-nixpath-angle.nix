<foo/nl.txt>
