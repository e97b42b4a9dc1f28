let p = builtins.storePath "/nix/store/s668cfx1vrqfjryf96jj8wfhg7f67dhj-x"; in
{ inherit p; ctx = builtins.getContext p; type = builtins.typeOf p; }
