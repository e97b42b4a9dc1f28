[ ./. ./syntax-data/.. ~/. /. ]
