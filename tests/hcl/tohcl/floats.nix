# Floats of many sizes, built by arithmetic (so most need 15 to 17
# digits): toHCL must write each so that it reads back as the same float.
let
  scale = e: if e == 0 then 1.0 else if e > 0 then 10.0 * scale (e - 1) else scale (e + 1) / 10.0;
  x = i: (1.0 * (builtins.bitAnd (i * 2654435761) 1048575) + 1) / 7.0 * scale (i - 60);
in
{
  floats = builtins.genList x 121;
  negative = map (i: -(x (i * 3))) (builtins.genList (i: i) 20);
}
