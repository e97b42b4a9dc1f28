{ n ? 0 }: { next = n + 1; }
