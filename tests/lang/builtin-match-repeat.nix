# repetition: * + ? and bounds {n} {n,} {n,m}
let m = builtins.match; in
{ star = [ (m "a*" "") (m "a*" "aaa") (m "a**" "aa") (m "(ab)*" "abab") ];
  plus = [ (m "a+" "") (m "a+" "aaa") (m "a+?" "aa") ];
  opt = [ (m "colou?r" "color") (m "colou?r" "colour") (m "colou?r" "colouur") ];
  exact = [ (m "a{2}" "aa") (m "a{2}" "a") (m "a{2}" "aaa") (m "a{0}" "") (m "a{0,0}b" "b") ];
  atleast = [ (m "a{2,}" "aaaaa") (m "a{2,}" "a") ];
  between = [ (m "a{2,3}" "a") (m "a{2,3}" "aa") (m "a{2,3}" "aaa") (m "a{2,3}" "aaaa") (m "a{3,3}" "aaa") ];
  nested = [ (m "a{1,2}{2}" "aaaa") (m "(a{2}){2}" "aaaa") (m "([0-9]{1,3}\\.){3}[0-9]{1,3}" "192.168.0.1") ];
  big = [ (m "a{1000}" "a") ];
}
