''
	one
  	two
  three
''
