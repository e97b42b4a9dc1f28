''
    a
  
    b
        
    c
''
