({ a ? throw "unused" }: "ok") { a = 1; }
