throw "imported file throws"
