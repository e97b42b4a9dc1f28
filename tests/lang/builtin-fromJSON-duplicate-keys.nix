# The last duplicate wins; objects are not merged.
map builtins.fromJSON [
  ''{"a": 1, "a": 2}''
  ''{"a": {"b": 1}, "a": {"c": 2}}''
  ''{"x": 1, "y": 2, "x": [3]}''
]
