deep                = [
  [
    {
      x = 1
    },
  ],
]
empty               = []
empty_set_in_list   = [
  {},
  1,
]
mixed               = [
  {
    a = 1
  },
  2,
  "three",
]
nested              = [[1, 2], [], ["a", ["b"]]]
objects_with_blocks = [
  1,
  {
    inner {
      y = 2
    }

    list {
      z = 3
    }
  },
]
scalars             = [1, "two", true, 3.5]

empty_sets {}

empty_sets {}

single {
  only = true
}

template {
  destination = "local/a"
  source      = "a.tpl"
}

template {
  change_mode = "restart"
  destination = "local/b"
  source      = "b.tpl"
}
