# Formals are sorted by name; defaults are not shown; the @-name and the
# ellipsis are XML attributes (in sorted order: ellipsis, name).
builtins.toXML [
  ({ b, a, c ? 1 }: a)
  ({ x, y ? 2, ... }: x)
  ({ ... }: 1)
  ({ }: 1)
  (args@{ x }: x)
  ({ z, ... }@all: z)
  (a@{ ... }: a)
]
