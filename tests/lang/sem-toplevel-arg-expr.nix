{ xs, f }: map f xs
