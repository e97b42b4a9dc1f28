# Out-of-range integers saturate to the int64 limits instead of failing.
builtins.fromTOML ''
  max = 9223372036854775807
  over = 9223372036854775808
  huge = 99999999999999999999999
  min = -9223372036854775808
  under = -9223372036854775809
  hexmax = 0x7FFFFFFFFFFFFFFF
  hexover = 0xFFFFFFFFFFFFFFFF
''
