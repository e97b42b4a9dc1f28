{ client = { hook = x: x; }; }
