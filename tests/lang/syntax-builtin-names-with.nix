with { true = 5; map = 6; z = 7; }; [ true map z ]
