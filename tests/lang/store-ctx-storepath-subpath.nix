builtins.storePath "/nix/store/s668cfx1vrqfjryf96jj8wfhg7f67dhj-x/bin/sh"
