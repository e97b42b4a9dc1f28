builtins.fromJSON ''["café", "日本", "😀", {"ключ": "значение"}]''
