# Attributes are listed in sorted order, nested sets are indented by two spaces.
builtins.toXML {
  zeta = 1;
  alpha = { b = { c = "deep"; }; a = [ true ]; };
  Beta = null;
  "" = "empty name";
  "_" = 0;
}
