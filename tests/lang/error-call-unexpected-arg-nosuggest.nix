({ a }: a) { a = 1; zzzzzz = 2; }
