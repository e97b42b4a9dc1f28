with { d = 1; }; ({ a ? d }: a) { }
