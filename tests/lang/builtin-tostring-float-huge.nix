# all the digits of a huge double, as printf "%f" writes them
[ (toString 1.0e300) (toString (-1.7976931348623157e308)) ]
