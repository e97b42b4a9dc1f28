# `name = { … }` and `name { … }` are one thing in HCL 1, and merge.
client = {
  enabled = true
  meta = { a = "1" }
}

client {
  meta {
    b = "2"
  }
}

ports = { http = 4646, rpc = 4647, serf = 4648 }, addresses = { http = "127.0.0.1" }

a "b" "c" {
  x = 1
}

a "b" "d" {
  y = 2
}

a "e" {
  f = {
    z = 3
  }
}
