{
  zero = 0;
  negative = -42;
  max = 9223372036854775807;
  min = -9223372036854775807 - 1;
  float = 1.5;
  float_whole = 100.0;
  float_negative = -0.25;
  tenth = 0.1;
  sum = 0.1 + 0.2;
  third = 1.0 / 3.0;
  big = 1.0e300;
  small = 1.0e-7;
  seven_digits = 1.234567;
  exact_dyadic = 123456789.125;
  percentages = [ 80.5 70.0 ];
}
