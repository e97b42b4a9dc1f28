a = <<EOF
text
EOF