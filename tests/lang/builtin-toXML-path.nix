# Paths are shown as absolute paths; nothing is copied to the store.
builtins.toXML [ ./builtin-data-formats/control.txt ./. ]
