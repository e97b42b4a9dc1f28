indented_close = <<EOF
text
   EOF
dash_ragged = <<-EOF
    four
  two
    EOF
dash_even = <<-END
    a
      b
    END
dash_empty_line = <<-END
  a

  b
  END
digits = <<EOF2
EOF is not alone here
 EOFX
EOF2
tabbed = <<-T
		tab
		T
crs = <<EOF
ab
EOF
