# the filter rejects everything: an empty directory is still added
[
  (builtins.path { path = ./store-data/tree; name = "empty-dir"; filter = _: _: false; })
  (builtins.path { path = ./store-data/tree; filter = _: _: false; })
  # keep only directories: nested empty directories
  (builtins.path { path = ./store-data/tree; name = "dirs-only"; filter = _: type: type == "directory"; })
]
