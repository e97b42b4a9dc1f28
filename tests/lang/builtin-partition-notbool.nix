builtins.partition (x: x) [ true null ]
