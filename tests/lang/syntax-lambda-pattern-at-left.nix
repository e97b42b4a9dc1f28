(args@{ a, ... }: [ a args ]) { a = 1; c = 2; }
