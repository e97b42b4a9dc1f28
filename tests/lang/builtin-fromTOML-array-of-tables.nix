builtins.fromTOML ''
  [[products]]
  name = "Hammer"
  sku = 738594937

  [[products]]

  [[products]]
  name = "Nail"
  color = "gray"

  [[fruit]]
  name = "apple"
  [fruit.physical]
  color = "red"
  [[fruit.variety]]
  name = "red delicious"
  [[fruit.variety]]
  name = "granny smith"

  [[fruit]]
  name = "banana"
  [[fruit.variety]]
  name = "plantain"
''
