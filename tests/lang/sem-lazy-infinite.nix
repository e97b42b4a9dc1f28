let
  s = { a = 1; next = s; };
  nats = n: { head = n; tail = nats (n + 1); };
  take = k: l: if k == 0 then [ ] else [ l.head ] ++ take (k - 1) l.tail;
in [ s.next.next.next.a (take 5 (nats 3)) ]
