# Functions for `:l` and `:doc` in tests/repl: a set of attributes, one of
# them documented.
{ greeting ? "hello" }:
{
  inherit greeting;

  # Doubles a number: `double 21` is 42.
  double = n: n * 2;

  undocumented = x: x;
}
