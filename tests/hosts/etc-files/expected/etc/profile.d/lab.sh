export LAB=1
