# the error keeps its own position; the context only goes to the trace
builtins.addErrorContext "while looking up b" ({ a = 1; }.b)
