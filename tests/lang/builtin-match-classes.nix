# POSIX character classes and bracket expressions
let m = builtins.match; in
{ alpha = [ (m "[[:alpha:]]+" "abcXYZ") (m "[[:alpha:]]+" "ab1") ];
  digit = [ (m "[[:digit:]]+" "0123456789") (m "[[:digit:]]" "a") ];
  alnum = [ (m "[[:alnum:]_]+" "a_1") (m "[[:alnum:]]+" "a-1") ];
  xdigit = [ (m "[[:xdigit:]]+" "09afAF") (m "[[:xdigit:]]+" "0fA9g") ];
  space = [ (m "[[:space:]]+" " \t\n\r") (m "[[:blank:]]+" " \t") (m "[[:blank:]]" "\n") ];
  upperlower = [ (m "([[:upper:]])([[:lower:]]*)" "Hello") (m "[[:upper:]]" "h") ];
  punct = [ (m "[[:punct:]]+" "!-.,;") (m "[[:print:]]+" "a b") (m "[[:graph:]]+" "a b") ];
  cntrl = [ (m "[[:cntrl:]]" "\n") (m "[[:cntrl:]]" "a") ];
  negated = [ (m "[^[:space:]]+" "ab") (m "[^[:space:]]+" "ab c") (m "[^abc]" "d") (m "[^abc]" "a") ];
  ranges = [ (m "[a-f0-3]+" "fa03") (m "[a-f]" "g") (m "[a-]+" "a-") (m "[]a]+" "a]") ];
  mixed = [ (m "[[:upper:]][[:lower:]]*[[:digit:]]{2}[[:punct:]]" "Abc12!") ];
}
