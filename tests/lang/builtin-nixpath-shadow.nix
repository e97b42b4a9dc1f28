let __nixPath = [ { prefix = "q"; path = ./builtin-data; } ]; in <q/nl.txt>
