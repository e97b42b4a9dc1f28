"default of syntax-data"
