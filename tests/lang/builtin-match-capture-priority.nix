# Nix 2.8 uses std::regex (libstdc++) with the extended flag: the overall
# match must cover the whole string, but the submatches are those of the
# first successful backtracking path, not POSIX leftmost-longest ones, and a
# group inside a repetition keeps its value from an earlier iteration;
# "*?" is not a lazy quantifier here but an optional "*"
let m = builtins.match; in
[ (m "(a|ab)(c|bcd)(d*)" "abcd")
  (m "(a|ab)(bc|c)" "abc")
  (m "(a*)+" "aa")
  (m "((a)|b)+" "ab")
  (m "(a*)(a*)" "aaa")
  (m "(a*?)(a*)" "aaa")
  (m "(a|)+b" "aab") ]
