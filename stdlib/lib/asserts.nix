# Checks with useful error messages.
{ lib }:

rec {
  # `true` when `pred` holds; throws `msg` otherwise. Meant for `assert`.
  assertMsg = pred: msg: pred || throw msg;

  # Asserts that `value` (an option called `name`) is an element of `xs`.
  assertOneOf = name: value: xs:
    assertMsg (builtins.elem value xs)
      "${name} must be one of ${lib.generators.toPretty { } xs}, but is: ${lib.generators.toPretty { } value}";

  # Asserts that each element of `values` (an option called `name`) is an
  # element of `xs`.
  assertEachOneOf = name: values: xs:
    assertMsg (builtins.all (v: builtins.elem v xs) values)
      "each element in ${name} must be one of ${lib.generators.toPretty { } xs}, but is: ${lib.generators.toPretty { } values}";
}
