[ ./a+b-c_d.e /x/a.b-c+d_e ./-x ./_y/.z ./a/.. ]
