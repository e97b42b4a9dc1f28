[ ''abc
    def
  ghi'' ''  x
    y'' ]
