{
  plain = "hello";
  empty = "";
  quotes = "say \"hi\" \\ back\\slash";
  tab = "a\tb";
  cr = "a\rb";
  one_line_break = "no newline at the end\nsecond";
  heredoc = "first line\n  indented \"quoted\" \\ line\n\nlast line\n";
  eof_line = "text\nEOF\nmore\n";
  eof_indented = "text\n  EOF\n";
  eof_inside = "EOFS and NOT EOF\n";
  interpolation = "\${node.unique.name}";
  template = "%{ if true }yes%{ endif }";
  escaped = "$${not} %%{not}";
  lone = "$ { } $ {{";
  heredoc_with_interp = "line \${x}\n";
  go_template = "{{ GetInterfaceIP \"wg0\" }}";
  unicode = "Grüße 🙂";
  controls = builtins.fromJSON "\"bell\\u0007 esc\\u001b del\\u007f\"";
}
