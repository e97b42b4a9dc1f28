a = <<
text
