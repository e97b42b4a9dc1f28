# the version starts after the first "-" that is followed by a non-letter
map builtins.parseDrvName [ "nix-0.12pre12876" "hello-2.10" "gcc-wrapper-12.2.0" "xorg-libX11-1.8" "foo-bar-1.0-rc1" ]
