{ client = { servers = [ "a" null ]; }; }
