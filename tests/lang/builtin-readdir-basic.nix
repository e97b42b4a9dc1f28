# regular files, directories (hidden ones too) and symlinks, whatever they point to
builtins.readDir ./builtin-data-misc/readdir
