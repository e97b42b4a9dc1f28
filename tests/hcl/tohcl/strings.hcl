controls            = "bell\u0007 esc\u001b del\u007f"
cr                  = "a\rb"
empty               = ""
eof_indented        = "text\n  EOF\n"
eof_inside          = <<EOF
EOFS and NOT EOF
EOF
eof_line            = "text\nEOF\nmore\n"
escaped             = "$\u0024{not} %\u0025{not}"
go_template         = "{{ GetInterfaceIP \"wg0\" }}"
heredoc             = <<EOF
first line
  indented "quoted" \ line

last line
EOF
heredoc_with_interp = "line \u0024{x}\n"
interpolation       = "\u0024{node.unique.name}"
lone                = "$ { } $ {{"
one_line_break      = "no newline at the end\nsecond"
plain               = "hello"
quotes              = "say \"hi\" \\ back\\slash"
tab                 = "a\tb"
template            = "\u0025{ if true }yes\u0025{ endif }"
unicode             = "Grüße 🙂"
