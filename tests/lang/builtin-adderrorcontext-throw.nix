# the context goes to the trace (nix --show-trace prints "… while doing the thing")
builtins.addErrorContext "while doing the thing" (throw "boom")
