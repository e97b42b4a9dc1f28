# Object keys come out sorted bytewise, whatever order they were written in.
builtins.toJSON {
  zeta = 1; alpha = 2; Beta = 3; "" = 4; "_u" = 5; "-d" = 6; "9" = 7; "10" = 8;
  "é" = 9; "a b" = 10; "a" = 11; "aa" = 12; "A" = 13; "\"q" = 14; "a\nb" = 15;
}
