{
  empty = [ ];
  scalars = [ 1 "two" true 3.5 ];
  nested = [ [ 1 2 ] [ ] [ "a" [ "b" ] ] ];
  # a list of sets: one block per element
  template = [
    { source = "a.tpl"; destination = "local/a"; }
    { source = "b.tpl"; destination = "local/b"; change_mode = "restart"; }
  ];
  single = [ { only = true; } ];
  # sets among other values: HCL's object syntax
  mixed = [ { a = 1; } 2 "three" ];
  deep = [ [ { x = 1; } ] ];
  objects_with_blocks = [ 1 { inner = { y = 2; }; list = [ { z = 3; } ]; } ];
  empty_set_in_list = [ { } 1 ];
  empty_sets = [ { } { } ];
}
