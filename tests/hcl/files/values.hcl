# Every kind of value HCL 1 has.
ints     = [0, 7, -12, 9223372036854775807, -9223372036854775808]
hex      = [0x1F, 0XfF, -0x10]
octal    = [0755, 0644, 00]
floats   = [1.5, -0.25, 1e3, 1.5e-3, 2E+2, 1., 0.5, 00.5, 01e2, .75]
bools    = [true, false]
empty    = []
strings  = ["plain", "", "tab\there", "quote \" and backslash \\", "new\nline"]
escapes  = "\a\b\f\r\v \101\x42\u0043\U0001F600 \u00e9"
unicode  = "Grüße, 世界, 🙂"
interp   = "${node.unique.name}-${meta.rack}"
nested   = "${lookup(var.map, "key", "default")} and ${a {b} c}"
not_interp = "$${escaped} $notbrace %{if} {{ .Name }}"
"quoted key" = 1
"" = "empty key"
dash-key = "dashes and.dots are identifiers"
"${weird}" = "a key that looks like interpolation"
list_of_lists = [[1, 2], [], ["a", ["b"]]]
trailing = ["a", "b",]
object   = { a = 1, b = "two", c = [3], d = { e = true } }
top = 1, second = 2
