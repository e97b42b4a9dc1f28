builtins.fromJSON ''"\ude00"''
