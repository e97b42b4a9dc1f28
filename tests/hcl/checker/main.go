// Command checker reads HCL 1 with HashiCorp's own parser
// (github.com/hashicorp/hcl, v1) and prints what it finds as JSON, so that
// tests/hcl/run.py can hold nomix's fromHCL and toHCL against it.
//
//	checker natural FILE   the natural form fromHCL gives (see below)
//	checker decode FILE    hcl.Decode into map[string]interface{}, as is
//	checker many FILE      FILE is a JSON list of HCL texts; prints a JSON
//	                       list with, for each, {"ok": natural form,
//	                       "lenient": bool} or {"error": message}, with
//	                       "tree": the natural form from the syntax tree
//	                       when only hcl.Decode failed
//	checker blob FILE INDEX
//	                       the texts are byte ranges of FILE (any bytes),
//	                       INDEX a JSON list of [offset, length]; prints a
//	                       JSON list with, for each, {"ok": true, "lenient":
//	                       bool}, {"ok": true, "tree": true} (only
//	                       hcl.Decode failed) or {"ok": false}
//
// "lenient" marks texts HashiCorp's parser accepts but nomix deliberately
// rejects (stdlib/hcl.c): a `key =` at the end of the text (HashiCorp
// drops the key), and lists with a missing or extra comma (`[,1]`,
// `[1,,2]`, `[[1] [2]]`, `[[1] 2]`), found from HashiCorp's own tokens,
// and strings or names with a NUL character (Nix strings cannot hold one).
//
// The natural form is computed twice and the two must agree:
//
//   - from the syntax tree (hcl/parser): a block or object is a map; a
//     labelled block `a "b" { … }` is a map under a under b; the items of
//     one name in one body merge: maps merge (their bodies read as one
//     body), lists concatenate, other values: the last one wins; a name
//     that is a map in one place and not in another is an error;
//   - from hcl.DecodeObject into map[string]interface{}, which wraps every
//     block in a list ([]map[string]interface{}) and appends repeated
//     blocks and lists: each such list of blocks is merged into one map by
//     the same rule.
//
// Literal values are HashiCorp's (token.Value: number bases, escapes,
// heredocs). JSON is written by hand so that floats always carry a '.' or
// an exponent (the runner compares types too), keys are sorted, and
// strings keep their bytes. It exits 1, with the message on standard
// error, if the text does not parse.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/ioutil"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl"
	"github.com/hashicorp/hcl/hcl/ast"
	"github.com/hashicorp/hcl/hcl/parser"
	"github.com/hashicorp/hcl/hcl/scanner"
	"github.com/hashicorp/hcl/hcl/token"
)

// kind is what an item gives its name: a map, a list, or another value.
func kind(it *ast.ObjectItem) string {
	if len(it.Keys) > 1 {
		return "map"
	}
	switch it.Val.(type) {
	case *ast.ObjectType:
		return "map"
	case *ast.ListType:
		return "list"
	}
	return "value"
}

// body is the natural form of the items of one body.
func body(items []*ast.ObjectItem) (map[string]interface{}, error) {
	var names []string
	groups := map[string][]*ast.ObjectItem{}
	for _, it := range items {
		k := it.Keys[0].Token.Value().(string)
		if _, ok := groups[k]; !ok {
			names = append(names, k)
		}
		groups[k] = append(groups[k], it)
	}
	out := map[string]interface{}{}
	for _, k := range names {
		g := groups[k]
		want := kind(g[0])
		for _, it := range g[1:] {
			if kind(it) != want {
				return nil, fmt.Errorf("%s: %q is a %s and a %s", it.Keys[0].Pos(), k, want, kind(it))
			}
		}
		switch want {
		case "map":
			var inner []*ast.ObjectItem
			for _, it := range g {
				if len(it.Keys) > 1 {
					inner = append(inner, &ast.ObjectItem{Keys: it.Keys[1:], Val: it.Val})
				} else {
					inner = append(inner, it.Val.(*ast.ObjectType).List.Items...)
				}
			}
			m, err := body(inner)
			if err != nil {
				return nil, err
			}
			out[k] = m
		case "list":
			l := []interface{}{}
			for _, it := range g {
				for _, e := range it.Val.(*ast.ListType).List {
					v, err := node(e)
					if err != nil {
						return nil, err
					}
					l = append(l, v)
				}
			}
			out[k] = l
		default:
			v, err := node(g[len(g)-1].Val)
			if err != nil {
				return nil, err
			}
			out[k] = v
		}
	}
	return out, nil
}

// node is the natural form of a value.
func node(n ast.Node) (interface{}, error) {
	switch n := n.(type) {
	case *ast.ObjectType:
		return body(n.List.Items)
	case *ast.ListType:
		l := []interface{}{}
		for _, e := range n.List {
			v, err := node(e)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		return l, nil
	case *ast.LiteralType:
		if n.Token.Type == token.NUMBER {
			return n.Token.Value().(int64), nil
		}
		return n.Token.Value(), nil
	}
	return nil, fmt.Errorf("unexpected node %T", n)
}

// merge merges the natural value b into a, as body merges items.
func merge(a, b interface{}) (interface{}, error) {
	switch av := a.(type) {
	case map[string]interface{}:
		bv, ok := b.(map[string]interface{})
		if !ok {
			return nil, fmt.Errorf("a map and a %T", b)
		}
		out := map[string]interface{}{}
		for k, v := range av {
			out[k] = v
		}
		for k, v := range bv {
			if old, ok := out[k]; ok {
				m, err := merge(old, v)
				if err != nil {
					return nil, fmt.Errorf("%s: %v", k, err)
				}
				out[k] = m
			} else {
				out[k] = v
			}
		}
		return out, nil
	case []interface{}:
		bv, ok := b.([]interface{})
		if !ok {
			return nil, fmt.Errorf("a list and a %T", b)
		}
		return append(append([]interface{}{}, av...), bv...), nil
	}
	switch b.(type) {
	case map[string]interface{}, []interface{}:
		return nil, fmt.Errorf("a %T and a %T", a, b)
	}
	return b, nil
}

// collapse turns hcl.Decode's output into the natural form.
func collapse(v interface{}) (interface{}, error) {
	switch v := v.(type) {
	case map[string]interface{}:
		out := map[string]interface{}{}
		for k, e := range v {
			c, err := collapse(e)
			if err != nil {
				return nil, err
			}
			out[k] = c
		}
		return out, nil
	case []map[string]interface{}:
		var acc interface{} = map[string]interface{}{}
		for _, m := range v {
			c, err := collapse(m)
			if err != nil {
				return nil, err
			}
			if acc, err = merge(acc, c); err != nil {
				return nil, err
			}
		}
		return acc, nil
	case []interface{}:
		out := []interface{}{}
		for _, e := range v {
			c, err := collapse(e)
			if err != nil {
				return nil, err
			}
			out = append(out, c)
		}
		return out, nil
	case int:
		return int64(v), nil
	}
	return v, nil
}

// parse reads src with HashiCorp's parser (never its JSON mode); a panic
// in HashiCorp's code (it panics on some bad literals) is an error.
func parse(src []byte) (f *ast.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return parser.Parse(src)
}

// decode is hcl.Decode's map for src.
func decode(src []byte) (m map[string]interface{}, err error) {
	f, err := parse(src)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	err = hcl.DecodeObject(&m, f)
	if m == nil {
		m = map[string]interface{}{}
	}
	return m, err
}

// natural is the natural form of src, computed both ways. If the syntax
// tree gives one but hcl.Decode fails, it is returned as tree (with the
// error).
func natural(src []byte) (out map[string]interface{}, tree map[string]interface{}, err error) {
	f, err := parse(src)
	if err != nil {
		return nil, nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	fromTree, err := body(f.Node.(*ast.ObjectList).Items)
	if err != nil {
		return nil, nil, err
	}
	d, err := decode(src)
	if err != nil {
		return nil, fromTree, fmt.Errorf("hcl.Decode: %v", err)
	}
	fromDecode, err := collapse(d)
	if err != nil {
		return nil, fromTree, fmt.Errorf("merging hcl.Decode's blocks: %v", err)
	}
	a, b := write(fromTree), write(fromDecode)
	if !bytes.Equal(a, b) {
		return nil, nil, fmt.Errorf("the syntax tree and hcl.Decode disagree:\n  tree:   %s\n  decode: %s", a, b)
	}
	return fromTree, nil, nil
}

// lenient tells whether src (which HashiCorp's parser accepts) is one of
// the texts nomix deliberately rejects.
func lenient(src []byte) bool {
	src = bytes.Replace(src, []byte("\r\n"), []byte("\n"), -1)
	s := scanner.New(src)
	s.Error = func(token.Pos, string) {}
	var toks []token.Type
	for {
		t := s.Scan()
		if t.Type == token.EOF {
			break
		}
		if t.Type != token.COMMENT {
			toks = append(toks, t.Type)
		}
	}
	if len(toks) > 0 && toks[len(toks)-1] == token.ASSIGN {
		return true
	}
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		if (a == token.LBRACK || a == token.COMMA) && b == token.COMMA {
			return true
		}
		if a == token.RBRACK {
			switch b {
			case token.LBRACK, token.LBRACE, token.NUMBER, token.FLOAT, token.BOOL, token.HEREDOC:
				return true
			}
		}
	}
	return false
}

// hasNUL tells whether a string (or a name) in v holds a NUL character,
// which a Nix string cannot: nomix rejects such a text.
func hasNUL(v interface{}) bool {
	switch v := v.(type) {
	case map[string]interface{}:
		for k, e := range v {
			if strings.IndexByte(k, 0) >= 0 || hasNUL(e) {
				return true
			}
		}
	case []interface{}:
		for _, e := range v {
			if hasNUL(e) {
				return true
			}
		}
	case string:
		return strings.IndexByte(v, 0) >= 0
	}
	return false
}

// write is v as JSON: sorted keys, floats with a '.' or an exponent.
func write(v interface{}) []byte {
	var b bytes.Buffer
	writeTo(&b, v)
	return b.Bytes()
}

func writeTo(b *bytes.Buffer, v interface{}) {
	switch v := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			writeString(b, k)
			b.WriteByte(':')
			writeTo(b, v[k])
		}
		b.WriteByte('}')
	case []map[string]interface{}:
		l := make([]interface{}, len(v))
		for i, m := range v {
			l[i] = m
		}
		writeTo(b, l)
	case []interface{}:
		b.WriteByte('[')
		for i, e := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			writeTo(b, e)
		}
		b.WriteByte(']')
	case string:
		writeString(b, v)
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case int:
		b.WriteString(strconv.FormatInt(int64(v), 10))
	case int64:
		b.WriteString(strconv.FormatInt(v, 10))
	case float64:
		if math.IsInf(v, 0) || math.IsNaN(v) {
			b.WriteString("null")
			return
		}
		s := strconv.FormatFloat(v, 'g', -1, 64)
		if !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
		b.WriteString(s)
	default:
		fmt.Fprintf(b, "\"<unexpected %T>\"", v)
	}
}

// writeString writes a JSON string: '"', '\' and control characters
// escaped, other bytes as they are (invalid UTF-8 is marked, as JSON
// cannot hold it).
func writeString(b *bytes.Buffer, s string) {
	if !utf8.ValidString(s) {
		s = "<invalid UTF-8> " + strconv.Quote(s)
	}
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20:
			fmt.Fprintf(b, "\\u%04x", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
}

func main() {
	if len(os.Args) == 4 && os.Args[1] == "blob" {
		blob, err := ioutil.ReadFile(os.Args[2])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		index, err := ioutil.ReadFile(os.Args[3])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		var ranges [][2]int
		if err := json.Unmarshal(index, &ranges); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		var b bytes.Buffer
		b.WriteByte('[')
		for i, r := range ranges {
			if i > 0 {
				b.WriteString(",\n")
			}
			t := blob[r[0] : r[0]+r[1]]
			v, tree, err := natural(t)
			switch {
			case err == nil:
				fmt.Fprintf(&b, `{"ok":true,"lenient":%v}`, lenient(t) || hasNUL(v))
			case tree != nil:
				b.WriteString(`{"ok":true,"tree":true}`)
			default:
				b.WriteString(`{"ok":false}`)
			}
		}
		b.WriteString("]\n")
		os.Stdout.Write(b.Bytes())
		return
	}
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: checker natural|decode|many FILE, or checker blob FILE INDEX")
		os.Exit(2)
	}
	src, err := ioutil.ReadFile(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	switch os.Args[1] {
	case "natural", "decode":
		var v map[string]interface{}
		if os.Args[1] == "natural" {
			v, _, err = natural(src)
		} else {
			v, err = decode(src)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Stdout.Write(write(v))
		os.Stdout.WriteString("\n")
	case "many":
		var texts []string
		if err := json.Unmarshal(src, &texts); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		var b bytes.Buffer
		b.WriteByte('[')
		for i, t := range texts {
			if i > 0 {
				b.WriteString(",\n")
			}
			v, tree, err := natural([]byte(t))
			if err != nil {
				b.WriteString(`{"error":`)
				writeString(&b, err.Error())
				if tree != nil {
					b.WriteString(`,"tree":`)
					writeTo(&b, tree)
				}
				b.WriteString("}")
			} else {
				b.WriteString(`{"ok":`)
				writeTo(&b, v)
				fmt.Fprintf(&b, `,"lenient":%v}`, lenient([]byte(t)) || hasNUL(v))
			}
		}
		b.WriteString("]\n")
		os.Stdout.Write(b.Bytes())
	default:
		fmt.Fprintln(os.Stderr, "usage: checker natural|decode|many FILE, or checker blob FILE INDEX")
		os.Exit(2)
	}
}
