let x = or; in x
