[ (true && false) (true || false) (!true) (!false && true) (false -> true) (true -> false) (true || false && false) (false -> false -> false) ]
