builtins.toJSON [
  1
  builtins.head
]
