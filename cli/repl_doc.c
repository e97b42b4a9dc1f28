/* repl_doc.c: the documentation `:doc` shows in `nomix repl`.
 *
 * Builtins: one entry per name in `builtins` (all 109 of Nix 2.8, the
 * constants included), written for nomix: how each is called and what it
 * gives, checked against `nix-instantiate --eval` (Nix 2.8). Where nomix
 * differs from Nix because it has no store, network or daemon (fetchers,
 * toFile, derivations), the text says so.
 *
 * Functions written in the language (lib, modules, the user's own files):
 * the comment just above the definition, found from the position of the
 * attribute (what builtins.unsafeGetAttrPos gives) or of the lambda. */
#include <gc/gc.h>
#include <string.h>

#include "repl.h"

static const BuiltinDoc builtin_docs[] = {
    {"abort", "message",
     "Stops evaluation with the error \"evaluation aborted with the following error\n"
     "message: 'MESSAGE'\". Unlike `throw`, `tryEval` cannot catch it."},
    {"add", "a b",
     "The sum a + b of two numbers: an integer if both are integers, else a float."},
    {"addErrorContext", "message value",
     "Returns value; if evaluating it fails, message is added to the error's trace\n"
     "(shown with --show-trace)."},
    {"all", "pred list",
     "true if pred gives true for every element of list (true for an empty list);\n"
     "stops at the first false."},
    {"any", "pred list",
     "true if pred gives true for at least one element of list; stops at the first\n"
     "true."},
    {"appendContext", "string context",
     "string with the string context described by context added: a set from store\n"
     "paths to { path = true; allOutputs = true; outputs = [ … ]; }, as getContext\n"
     "gives it."},
    {"attrNames", "set",
     "The names of the attributes of set, as a list of strings in alphabetical order."},
    {"attrValues", "set",
     "The values of the attributes of set, in the alphabetical order of their names."},
    {"baseNameOf", "path",
     "The last component of a path or string: what follows the last `/`, a trailing\n"
     "`/` ignored. baseNameOf \"/a/b/\" is \"b\". The result is a string."},
    {"bitAnd", "a b", "The bitwise AND of two integers."},
    {"bitOr", "a b", "The bitwise OR of two integers."},
    {"bitXor", "a b", "The bitwise exclusive OR of two integers: bitXor 5 3 is 6."},
    {"builtins", "",
     "The set of every builtin, by name (it contains itself). Most builtins are\n"
     "reached only through it; a few (map, toString, import, …) are also global."},
    {"catAttrs", "name list",
     "The value of the attribute name of each set in list that has it, in order:\n"
     "catAttrs \"a\" [ { a = 1; } { b = 2; } ] is [ 1 ]."},
    {"ceil", "number", "The smallest integer not less than number (an integer or a float)."},
    {"compareVersions", "a b",
     "-1, 0 or 1 as version string a is older than, the same as, or newer than b.\n"
     "Components split at `.` and `-` compare as numbers when both are numeric;\n"
     "\"pre\" sorts before anything else: compareVersions \"1.0pre1\" \"1.0\" is -1."},
    {"concatLists", "lists", "The elements of a list of lists, joined into one list."},
    {"concatMap", "f list",
     "f applied to each element of list (each call giving a list), the results joined:\n"
     "the same as concatLists (map f list)."},
    {"concatStringsSep", "separator list",
     "The strings of list joined with separator between each two. Elements must be\n"
     "strings, paths or sets that coerce to strings (not numbers); contexts are kept."},
    {"currentSystem", "",
     "The platform evaluation is for, as a string. nomix always gives \"x86_64-linux\"."},
    {"currentTime", "",
     "The time evaluation started, in seconds since 1970-01-01 UTC (an integer that\n"
     "stays the same for the whole run)."},
    {"deepSeq", "a b",
     "Evaluates a completely (every attribute and element, recursively), then returns b."},
    {"derivation", "attrs",
     "Describes a build: attrs needs name, system and builder (and may give args,\n"
     "outputs, …). Gives attrs with type = \"derivation\", drvPath, outPath and one\n"
     "attribute per output. nomix computes the store paths but never builds."},
    {"derivationStrict", "attrs",
     "The primitive under `derivation`: computes the derivation described by attrs and\n"
     "gives { drvPath = …; out = …; } (one attribute per output), all strings."},
    {"dirOf", "path",
     "The directory part of a path or string, before the last `/` (\".\" if there is none).\n"
     "A path gives a path, a string a string."},
    {"div", "a b",
     "a divided by b. Two integers give an integer rounded toward zero (div (-7) 2 is -3);\n"
     "dividing by zero is an error."},
    {"elem", "x list", "true if x is equal (==) to some element of list."},
    {"elemAt", "list n",
     "The element at index n of list, counting from 0; an index out of bounds is an error."},
    {"false", "", "The Boolean false."},
    {"fetchGit", "args",
     "In Nix: fetches a Git repository (a URL, or { url, ref ?, rev ?, … }) into the store.\n"
     "nomix evaluates offline: after checking its arguments it always fails."},
    {"fetchMercurial", "args",
     "In Nix: fetches a Mercurial repository (a URL, or { url, rev ?, name ? }). nomix\n"
     "evaluates offline: after checking its arguments it always fails."},
    {"fetchTarball", "args",
     "In Nix: downloads and unpacks a tarball (a URL, or { url, sha256 ?, name ? }) into\n"
     "the store. nomix evaluates offline: it always fails."},
    {"fetchTree", "input",
     "In Nix: fetches a source tree described by input ({ type = \"git\"; url = …; }, …).\n"
     "nomix evaluates offline: after checking the input it always fails."},
    {"fetchurl", "url",
     "In Nix: downloads a file (a URL, or { url, sha256 ?, name ? }) into the store.\n"
     "nomix evaluates offline: it always fails."},
    {"filter", "pred list", "The elements of list for which pred gives true, in order."},
    {"filterSource", "pred path",
     "The store path of a copy of path keeping only the files and directories for\n"
     "which pred (called with the path as a string and its type: \"regular\",\n"
     "\"directory\", \"symlink\") gives true. nomix computes the path, writes nothing."},
    {"findFile", "searchPath name",
     "Where <name> is found in searchPath, a list of { prefix, path } like nixPath:\n"
     "the first entry whose prefix matches and whose file exists. <name> itself is\n"
     "findFile nixPath \"name\"."},
    {"floor", "number", "The largest integer not greater than number: floor (-1.5) is -2."},
    {"foldl'", "op nul list",
     "Folds list from the left: op (op (op nul x0) x1) x2 …, evaluating the accumulator\n"
     "at each step (so long lists do not build up thunks)."},
    {"fromJSON", "string",
     "The value a JSON text denotes: objects become sets, arrays lists, numbers\n"
     "integers or floats."},
    {"fromTOML", "string",
     "The value a TOML document denotes, as a set (tables become nested sets).\n"
     "Dates and times are not supported."},
    {"functionArgs", "f",
     "The set pattern of a function, as a set from each argument name to whether it\n"
     "has a default: functionArgs ({ a, b ? 1 }: a) is { a = false; b = true; }.\n"
     "A function of one plain argument (x: …) or a builtin gives { }."},
    {"genList", "f n", "The list [ (f 0) (f 1) … (f (n - 1)) ], each element computed when needed."},
    {"genericClosure", "{ startSet, operator }",
     "Starting from the sets in startSet, adds operator x for each set x added, until no\n"
     "new `key` appears. Gives the sets in the order found, one per key (keys compare\n"
     "with ==)."},
    {"getAttr", "name set", "The attribute name of set, as set.${name}; an error if it is missing."},
    {"getContext", "string",
     "The context of a string: a set from each store path it refers to, to\n"
     "{ path = true; } for a plain path, { outputs = [ … ]; } for outputs of a\n"
     "derivation, or { allOutputs = true; } for a whole derivation."},
    {"getEnv", "name", "The value of the environment variable name, or \"\" if it is not set."},
    {"groupBy", "f list",
     "The elements of list grouped by the string f gives for each: a set from each\n"
     "key to the list of its elements, in order."},
    {"hasAttr", "name set", "true if set has an attribute name, as set ? ${name}."},
    {"hasContext", "string", "true if string refers to store paths (has a string context)."},
    {"hashFile", "type path",
     "The hash of the contents of the file at path, in hexadecimal; type is \"md5\",\n"
     "\"sha1\", \"sha256\" or \"sha512\"."},
    {"hashString", "type string",
     "The hash of string, in hexadecimal; type is \"md5\", \"sha1\", \"sha256\" or \"sha512\"."},
    {"head", "list", "The first element of list; an empty list is an error."},
    {"import", "path",
     "Evaluates the Nix file at path (a directory means its default.nix) and gives its\n"
     "value. Each file is read and evaluated once per run."},
    {"intersectAttrs", "e1 e2",
     "The attributes of e2 whose names are also in e1: intersectAttrs { a = 0; }\n"
     "{ a = 1; b = 2; } is { a = 1; }."},
    {"isAttrs", "value", "true if value is a set."},
    {"isBool", "value", "true if value is a Boolean."},
    {"isFloat", "value", "true if value is a float."},
    {"isFunction", "value", "true if value is a function: a lambda or a builtin, applied partly or not."},
    {"isInt", "value", "true if value is an integer."},
    {"isList", "value", "true if value is a list."},
    {"isNull", "value", "true if value is null (the same as value == null)."},
    {"isPath", "value", "true if value is a path (./x, /etc), not a string."},
    {"isString", "value", "true if value is a string."},
    {"langVersion", "", "The version of the Nix language, an integer: 6 for Nix 2.8."},
    {"length", "list", "The number of elements of list."},
    {"lessThan", "a b",
     "a < b: numbers by value, strings byte by byte, paths as strings, lists element\n"
     "by element."},
    {"listToAttrs", "list",
     "A set from a list of { name = …; value = …; } sets. When a name appears more\n"
     "than once, the first one wins."},
    {"map", "f list",
     "The list of f applied to each element of list: map (x: x * 2) [ 1 2 ] is [ 2 4 ].\n"
     "Each call is made only when its element is needed."},
    {"mapAttrs", "f set",
     "set with each value replaced by f name value: mapAttrs (n: v: v + 1) { a = 1; }\n"
     "is { a = 2; }."},
    {"match", "regex string",
     "Matches string as a whole against a POSIX extended regular expression: null if\n"
     "it does not match, else the list of the groups' matches (null for a group that\n"
     "took no part)."},
    {"mul", "a b", "The product a * b of two numbers: an integer if both are integers, else a float."},
    {"nixPath", "",
     "The search path that <name> lookups use: a list of { prefix, path } sets from the\n"
     "-I flags, then $NIX_PATH."},
    {"nixVersion", "", "The version of Nix whose language nomix evaluates: \"2.8.0\"."},
    {"null", "", "The null value."},
    {"parseDrvName", "string",
     "Splits a package name at the first `-` followed by a non-letter: parseDrvName\n"
     "\"nix-0.12pre12876\" is { name = \"nix\"; version = \"0.12pre12876\"; }."},
    {"partition", "pred list",
     "Splits list by pred into { right = [ … ]; wrong = [ … ]; }: the elements for\n"
     "which it gives true, and the others, each in order."},
    {"path", "{ path, name ?, filter ?, recursive ?, sha256 ? }",
     "The store path of a copy of path (named name, filtered by filter as filterSource\n"
     "does, checked against sha256 if given). nomix computes the path, writes nothing."},
    {"pathExists", "path", "true if a file or directory exists at path."},
    {"placeholder", "output",
     "The placeholder string for the derivation output named output (\"/\" and a hash),\n"
     "which the builder sees replaced with the output's real path."},
    {"readDir", "path",
     "The entries of the directory path: a set from each name to its type, \"regular\",\n"
     "\"directory\", \"symlink\" or \"unknown\"."},
    {"readFile", "path", "The contents of the file at path, as a string."},
    {"removeAttrs", "set names",
     "set without the attributes whose names are in the list names (names that are not\n"
     "there are ignored)."},
    {"replaceStrings", "from to string",
     "string with each occurrence of from's strings replaced by the string at the same\n"
     "place in to, scanning left to right; where several match, the first in from\n"
     "wins: replaceStrings [ \"a\" \"ab\" ] [ \"1\" \"2\" ] \"abab\" is \"1b1b\"."},
    {"scopedImport", "scope path",
     "As import, but the attributes of scope are variables of the file, in front of\n"
     "the builtins. The file is evaluated anew for each call."},
    {"seq", "a b", "Evaluates a (its top level only), then returns b."},
    {"sort", "lessThan list",
     "list sorted by the comparison lessThan (a function a: b: giving true if a goes\n"
     "first); equal elements keep their order."},
    {"split", "regex string",
     "Splits string at the matches of a POSIX extended regular expression: a list\n"
     "alternating the text between matches and, for each match, the list of its\n"
     "groups: split \"(a)|b\" \"xaybz\" is [ \"x\" [ \"a\" ] \"y\" [ null ] \"z\" ]."},
    {"splitVersion", "version",
     "The components of a version string as compareVersions sees them:\n"
     "splitVersion \"1.2pre3-a\" is [ \"1\" \"2\" \"pre\" \"3\" \"a\" ]."},
    {"storeDir", "", "The store directory: \"/nix/store\"."},
    {"storePath", "path",
     "path, which must lie in the store, as a string whose context refers to it."},
    {"stringLength", "string", "The length of string in bytes."},
    {"sub", "a b", "The difference a - b of two numbers: an integer if both are integers, else a float."},
    {"substring", "start length string",
     "The bytes of string from index start (from 0), at most length of them (a negative\n"
     "length means to the end). A start past the end gives \"\"."},
    {"tail", "list", "list without its first element; an empty list is an error."},
    {"throw", "message",
     "Fails with the error message. tryEval catches it, which makes throw the way to\n"
     "signal a recoverable error."},
    {"toFile", "name string",
     "The store path of a file named name holding string (its context may only be\n"
     "sources, not outputs). nomix computes the path; `nomix build` can write it."},
    {"toJSON", "value",
     "value as JSON text: sets become objects (a set with outPath or __toString becomes\n"
     "that string), paths are copied to the store and given as their store path."},
    {"toPath", "string",
     "Deprecated: an absolute path string canonicalised (\"/a/../b\" is \"/b\"). The result\n"
     "is a string, not a path."},
    {"toString", "value",
     "value coerced to a string: numbers (1.5 is \"1.500000\"), true as \"1\", false and\n"
     "null as \"\", lists with spaces between, sets with __toString or outPath."},
    {"toXML", "value",
     "value as XML text, in the format nix-instantiate --xml writes (<expr>, <attrs>,\n"
     "<int value=\"1\" />, …)."},
    {"trace", "message value",
     "Prints \"trace: MESSAGE\" on standard error (message shown as a value unless it is\n"
     "a string) and returns value."},
    {"true", "", "The Boolean true."},
    {"tryEval", "value",
     "{ success = true; value = …; } if value evaluates (its top level), or\n"
     "{ success = false; value = false; } if it throws or an assertion fails. Other\n"
     "errors (abort, type errors) are not caught."},
    {"typeOf", "value",
     "The type of value as a string: \"int\", \"float\", \"bool\", \"string\", \"path\",\n"
     "\"null\", \"set\", \"list\" or \"lambda\"."},
    {"unsafeDiscardOutputDependency", "string",
     "string with each reference to all outputs of a derivation (\"=…drv\" in its\n"
     "context) turned into a reference to the .drv file alone."},
    {"unsafeDiscardStringContext", "string", "The same string with no context (no references to store paths)."},
    {"unsafeGetAttrPos", "name set",
     "Where the attribute name of set is defined: { file, line, column }, or null if\n"
     "set has no such attribute or it has no position."},
    {"zipAttrsWith", "f sets",
     "For each name found in any set of the list sets, f name [ values of that name,\n"
     "in order ]: zipAttrsWith (n: v: v) [ { a = 1; } { a = 2; } ] is { a = [ 1 2 ]; }."},
};

/* The table entry for a builtin's name (a leading `__` ignored). */
const BuiltinDoc *repl_builtin_doc(const char *name)
{
    if (!strncmp(name, "__", 2)) name += 2;
    for (size_t i = 0; i < sizeof builtin_docs / sizeof *builtin_docs; i++)
        if (!strcmp(builtin_docs[i].name, name)) return &builtin_docs[i];
    return NULL;
}

/* ---- comments above definitions ---- */

/* The start of the line that holds offset OFF of TEXT. */
static size_t line_start(const char *text, size_t off)
{
    while (off > 0 && text[off - 1] != '\n') off--;
    return off;
}

/* The end (the newline or the NUL) of the line starting at OFF. */
static size_t line_end(const char *text, size_t len, size_t off)
{
    while (off < len && text[off] != '\n') off++;
    return off;
}

/* The first non-blank byte of the line [START, END), or END. */
static size_t skip_blank(const char *text, size_t start, size_t end)
{
    while (start < end && (text[start] == ' ' || text[start] == '\t')) start++;
    return start;
}

/* Whether the line [START, END) defines NAME: NAME (perhaps quoted) at its
 * start, then `=` (not `==`), perhaps after more of an attribute path
 * (`name.sub = …`). */
static bool line_defines(const char *text, size_t start, size_t end, const char *name)
{
    size_t p = skip_blank(text, start, end), n = strlen(name);
    bool quoted = p < end && text[p] == '"';
    if (quoted) p++;
    if (p + n > end || strncmp(text + p, name, n) != 0) return false;
    p += n;
    if (quoted) {
        if (p >= end || text[p] != '"') return false;
        p++;
    }
    if (p < end && !(text[p] == ' ' || text[p] == '\t' || text[p] == '.' || text[p] == '=')) return false;
    for (; p < end && text[p] != '='; p++) {
        char c = text[p];
        if (!(c == ' ' || c == '\t' || c == '.' || c == '"' || c == '_' || c == '-' || c == '\'' ||
              (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return p < end && (p + 1 >= end || text[p + 1] != '=');
}

/* The start of the `inherit` line that the name at POS belongs to (the
 * line itself, or one a few lines above when the names continue over
 * several lines), or (size_t)-1 if it is not part of an inherit. */
static size_t inherit_line(const Source *src, PosIdx pos)
{
    size_t off = pos - src->base;
    if (off > src->len) return (size_t)-1;
    size_t start = line_start(src->text, off), end = line_end(src->text, src->len, start);
    size_t p = skip_blank(src->text, start, end);
    if (end - p >= 7 && !strncmp(src->text + p, "inherit", 7)) return start;
    if (memchr(src->text + start, '=', end - start)) return (size_t)-1;
    for (int up = 0; up < 8 && start > 0; up++) {
        size_t prev = line_start(src->text, start - 1);
        size_t pe = start - 1, pp = skip_blank(src->text, prev, pe);
        bool has_semi = memchr(src->text + prev, ';', pe - prev) != NULL;
        if (pe - pp >= 7 && !strncmp(src->text + pp, "inherit", 7)) return has_semi ? (size_t)-1 : prev;
        if (has_semi || memchr(src->text + prev, '=', pe - prev)) return (size_t)-1;
        start = prev;
    }
    return (size_t)-1;
}

/* Whether POS is one of the names of an `inherit`. */
bool repl_pos_is_inherit(PosIdx pos)
{
    const Source *src = src_of(pos);
    if (!src || src->hidden || !src->text) return false;
    return inherit_line(src, pos) != (size_t)-1;
}

/* X of the `inherit (X) …;` that POS is a name of, or NULL. */
const char *repl_inherit_source(PosIdx pos)
{
    const Source *src = src_of(pos);
    if (!src || src->hidden || !src->text) return NULL;
    size_t start = inherit_line(src, pos);
    if (start == (size_t)-1) return NULL;
    const char *t = src->text;
    size_t end = line_end(t, src->len, start);
    size_t p = skip_blank(t, start, end) + 7;
    p = skip_blank(t, p, end);
    if (p >= end || t[p] != '(') return NULL;
    p = skip_blank(t, p + 1, end);
    size_t q = p;
    while (q < end && ((t[q] >= 'a' && t[q] <= 'z') || (t[q] >= 'A' && t[q] <= 'Z') || (t[q] >= '0' && t[q] <= '9') ||
                       t[q] == '_' || t[q] == '-' || t[q] == '\''))
        q++;
    size_t r = skip_blank(t, q, end);
    if (q == p || r >= end || t[r] != ')') return NULL;
    return gc_strndup(t + p, q - p);
}

/* Appends the N lines of a comment (markers already removed) to OUT, with
 * their common indentation and any empty first and last lines removed. */
static void add_comment_lines(const char **lines, const size_t *lens, size_t n, StrBuf *out)
{
    size_t common = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < lens[i] && (lines[i][k] == ' ' || lines[i][k] == '\t')) k++;
        if (k < lens[i] && k < common) common = k;
    }
    if (common == (size_t)-1) common = 0;
    /* leading and trailing empty lines are dropped */
    size_t a = 0, b = n;
    while (a < b && skip_blank(lines[a], 0, lens[a]) == lens[a]) a++;
    while (b > a && skip_blank(lines[b - 1], 0, lens[b - 1]) == lens[b - 1]) b--;
    for (size_t i = a; i < b; i++) {
        if (lens[i] > common) sb_add(out, lines[i] + common, lens[i] - common);
        sb_addc(out, '\n');
    }
}

/* The comment above the definition POS lies in (see repl.h). */
bool repl_comment_above(PosIdx pos, const char *name, StrBuf *out)
{
    const Source *src = src_of(pos);
    if (!src || src->hidden || !src->text) return false;
    const char *t = src->text;
    size_t len = src->len, off = pos - src->base;
    if (off > len) return false;
    size_t def = line_start(t, off);
    if (repl_pos_is_inherit(pos)) return false;
    /* the definition may start a few lines above a lambda's position
     * (`name =` on a line of its own, the function on the next) */
    if (name && !line_defines(t, def, line_end(t, len, def), name)) {
        size_t s = def;
        for (int up = 0; up < 6 && s > 0; up++) {
            s = line_start(t, s - 1);
            if (line_defines(t, s, line_end(t, len, s), name)) {
                def = s;
                break;
            }
        }
    }
    if (def == 0) return false;
    /* the comment: `#` lines right above, or a block ending right above */
    size_t prev = line_start(t, def - 1), pend = def - 1;
    size_t pp = skip_blank(t, prev, pend);
    enum { MAXL = 400 };
    static const char *lines[MAXL];
    static size_t lens[MAXL];
    size_t n = 0;
    if (pp < pend && t[pp] == '#') {
        size_t s = prev;
        for (;;) {
            size_t e = line_end(t, len, s), p = skip_blank(t, s, e);
            if (p >= e || t[p] != '#' || n == MAXL) break;
            p++;
            lines[n] = t + p;
            lens[n] = e - p;
            n++;
            if (s == 0) break;
            s = line_start(t, s - 1);
        }
    } else if (pend - pp >= 2 && t[pend - 1] == '/' && t[pend - 2] == '*') {
        size_t s = prev;
        for (;;) {
            size_t e = line_end(t, len, s), p = skip_blank(t, s, e);
            if (n == MAXL) return false;
            lines[n] = t + s;
            lens[n] = e - s;
            n++;
            if (e - p >= 2 && t[p] == '/' && t[p + 1] == '*') break;
            if (s == 0) return false;
            s = line_start(t, s - 1);
        }
        /* drop the markers: the opening "/" "*" (and a "*" more), the
         * closing one, and a " * " that starts a line */
        for (size_t i = 0; i < n; i++) {
            const char *l = lines[i];
            size_t k = 0, m = lens[i];
            while (k < m && (l[k] == ' ' || l[k] == '\t')) k++;
            if (i == n - 1 && k + 1 < m && l[k] == '/' && l[k + 1] == '*') {
                k += 2;
                while (k < m && l[k] == '*') k++;
                lines[i] = l + k;
                lens[i] = m - k;
            } else if (k < m && l[k] == '*' && (k + 1 == m || l[k + 1] != '/')) {
                lines[i] = l + k + 1;
                lens[i] = m - k - 1;
            }
            if (i == 0) {
                const char *z = lines[0];
                size_t zl = lens[0];
                if (zl >= 2 && z[zl - 1] == '/' && z[zl - 2] == '*') zl -= 2;
                while (zl && z[zl - 1] == '*') zl--;
                lens[0] = zl;
            }
        }
    } else
        return false;
    /* collected bottom-up: reverse */
    for (size_t i = 0; i < n / 2; i++) {
        const char *l = lines[i];
        size_t k = lens[i];
        lines[i] = lines[n - 1 - i];
        lens[i] = lens[n - 1 - i];
        lines[n - 1 - i] = l;
        lens[n - 1 - i] = k;
    }
    size_t before = out->len;
    add_comment_lines(lines, lens, n, out);
    return out->len > before;
}

/* Appends one lambda's argument: `x` or its set pattern. */
static void add_lambda_arg(StrBuf *b, const ExprLambda *l)
{
    if (!l->formals) {
        sb_adds(b, sym_str(l->arg));
        return;
    }
    sb_adds(b, "{ ");
    /* the formals are sorted by symbol; show them in the source's order */
    uint32_t n = l->formals->n;
    const Formal **order = GC_MALLOC((n + 1) * sizeof *order);
    for (uint32_t i = 0; i < n; i++) order[i] = &l->formals->f[i];
    for (uint32_t i = 1; i < n; i++)
        for (uint32_t j = i; j > 0 && order[j - 1]->pos > order[j]->pos; j--) {
            const Formal *x = order[j];
            order[j] = order[j - 1];
            order[j - 1] = x;
        }
    for (uint32_t i = 0; i < n; i++) {
        if (i) sb_adds(b, ", ");
        sb_adds(b, sym_str(order[i]->name));
        if (order[i]->def) sb_adds(b, " ? …");
    }
    if (l->formals->ellipsis) sb_adds(b, n ? ", ..." : "...");
    sb_adds(b, " }");
    if (l->arg) sb_printf(b, "@%s", sym_str(l->arg));
}

/* A function's arguments, as its definition writes them (see repl.h). */
const char *repl_lambda_args(const Value *v)
{
    if (v->type != T_LAMBDA) return "";
    StrBuf b = {0};
    const ExprLambda *l = v->lam.fn;
    for (int k = 0; k < 16; k++) {
        if (k) sb_addc(&b, ' ');
        add_lambda_arg(&b, l);
        if (l->body->kind != E_LAMBDA) break;
        l = (const ExprLambda *)l->body;
    }
    return b.s ? b.s : "";
}
