[
  (builtins.path { path = ./store-data/hello.txt; sha256 = "04zwf782yjwnh3q6hz5izfd6jyip8kgw6g6yj43fiqhbyhdd0dqw"; })
  (builtins.path { path = ./store-data/hello.txt; sha256 = "1c37d01af40be2e80691de3cc3df44377a699afbb17c68f080964b2fd071fc13"; })
  (builtins.path { path = ./store-data/hello.txt; name = "h"; recursive = false; sha256 = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"; })
  (builtins.path { path = ./store-data/tree; sha256 = "1bmqzhj88qp99cq43a1zyd8gvqs3hmy0hwniq1jnni6acnflyxbf"; })
]
