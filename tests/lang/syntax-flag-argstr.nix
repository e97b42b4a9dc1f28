{ s }: "got ${s}"
