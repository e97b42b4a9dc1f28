# Hash comment at the top.
// Slash comment.
/* Block comment
   over several lines, with "quotes" and { braces } and # hashes */
datacenter = /* inline */ "dc1" # trailing
data_dir = "/var/lib/nomad" // trailing too

client { # opening a block
  enabled = true /* after a value */
  servers = [
    "10.0.0.2:4647", # first
    // between elements
    "10.0.0.3:4647", /* second */
  ]
  /* before a nested block */ meta {
    role = "edge" # the node's role
  }
}

/**/ plugin /* between names */ "docker" /* before the brace */ {
  config { allow_privileged = false } // one line
}
# last line, no newline at the end