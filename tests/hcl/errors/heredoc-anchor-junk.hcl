a = <<EOF junk
text
EOF
