let t = true; f = false; in [
  (!true)
  (!false)
  (!!true)
  (!!!true)
  (!t && f)
  (!f && t)
  (!(t && f))
  (!false && false)
  (! (1 < 2))
  (!{ } ? a)
  (!t == f)
  (!t || t)
]
