/* hcl.c: fromHCL, a reader for HCL 1, the language of Nomad's agent
 * configuration files (hashicorp/hcl before version 2).
 *
 * `__nomixFromHCL text` is a nomix-only global (not in `builtins`); the
 * library reaches it as lib.fromHCL (stdlib/lib/hcl.nix). It gives the
 * text as natural Nix data:
 *
 *   key = value                  { key = value; }
 *   client { enabled = true }    { client = { enabled = true; }; }
 *   plugin "docker" { … }        { plugin = { docker = { … }; }; }
 *   a "b" "c" { … }              { a = { b = { c = { … }; }; }; }
 *   x = { a = 1, b = 2 }         { x = { a = 1; b = 2; }; }
 *   x = [1, "two", { a = 3 }]    { x = [ 1 "two" { a = 3; } ]; }
 *
 * The scanner follows hashicorp/hcl v1's (hcl/scanner) step by step, and
 * values follow its token.Value and hcl/strconv.Unquote, so that numbers
 * (decimal, 0x hex, 0-prefixed octal; a '.' or an exponent makes a float),
 * string escapes (\n \t \" \\ \a \b \f \r \v, \NNN octal, \xNN, \uNNNN,
 * \UNNNNNNNN), heredocs (<<EOF and <<-EOF, with HCL 1's unindenting) and
 * comments (#, // and block comments) read as Nomad reads them. `${…}` in
 * a string is kept verbatim, unescaped, as HCL 1 keeps it; `{{ … }}` is
 * plain text.
 *
 * A name given more than once in one body:
 *   - blocks and objects of one name merge: their bodies are read as one
 *     body, so different labels sit side by side (plugin "a" {…} and
 *     plugin "b" {…} give plugin = { a = …; b = …; }) and repeated labels
 *     or names merge again, recursively. HCL 1's decoder gives repeated
 *     blocks as a list of maps, which a set cannot be; merging them is
 *     what Nomad does with the same blocks from several files (and within
 *     one file for maps such as meta);
 *   - lists are concatenated (HCL 1's decoder appends them);
 *   - for other values the last one wins (HCL 1's decoder overwrites);
 *   - a name that is a block in one place and a list or another value in
 *     another is an error.
 *
 * Errors are thrown as `throw` throws them (ERR_THROW, so tryEval catches
 * them: a broken configuration file is bad data, not a bug in the Nix
 * code), as "fromHCL: line L, column C: what was expected, got what",
 * L and C being in the HCL text (C counts characters, as HCL 1 does).
 *
 * Where it deliberately differs from hashicorp/hcl v1, it is stricter:
 * `key =` at the end of the text is an error (HCL 1 drops the key);
 * list elements need exactly one comma between them (HCL 1 takes
 * `[,1,,2]` and `[[1] [2]]`); values HCL 1 panics on (`08`, an integer
 * beyond 64 bits, "\400") are errors; a string with a NUL character is an
 * error (Nix strings cannot hold one); names match exactly (HCL 1's
 * decoder sometimes ignores case); a list and a block of one name are an
 * error (HCL 1's decoder appends the block to the list). Nesting is
 * limited to HCL_MAX_DEPTH levels (labels count as levels). It is more
 * lenient in two ways: a block with labels and a block without them, of
 * one name, merge (HCL 1's decoder fails: "map must have string keys"),
 * and any non-ASCII character may be part of a name (HCL 1 wants Unicode
 * letters and digits). */
#include <gc/gc.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* How deep blocks, objects, lists and labels may nest. */
#define HCL_MAX_DEPTH 512

/* The scanner's "no more characters". */
#define HCL_EOF_CH (-1)

/* The tokens of HCL 1 (hcl/token), comments included. */
typedef enum HclTokType {
    HCL_EOF, HCL_IDENT, HCL_BOOL, HCL_NUMBER, HCL_FLOAT, HCL_STRING, HCL_HEREDOC,
    HCL_COMMENT, HCL_PERIOD, HCL_LBRACK, HCL_RBRACK, HCL_LBRACE, HCL_RBRACE,
    HCL_COMMA, HCL_ASSIGN, HCL_ADD, HCL_SUB
} HclTokType;

/* A line and column (both from 1) in the HCL text. */
typedef struct HclPos {
    uint32_t line, col;
} HclPos;

/* A token: its type, where it starts, and its bytes in the text. */
typedef struct HclTok {
    HclTokType type;
    HclPos pos;
    size_t start, end;          /* the token's bytes */
} HclTok;

/* The scanner and parser state over one text. */
typedef struct HclLex {
    const unsigned char *s;
    size_t len;
    size_t off;                 /* the next byte to read */
    uint32_t line, col;         /* of the last character read (col 0: it was a newline) */
    uint32_t last_line_len;     /* columns of the line a newline ended */
    size_t prev_off;            /* the state before the last character, for hcl_unread */
    uint32_t prev_line, prev_col;
    HclTok tok;                 /* the parser's current token */
    bool given_back;            /* hcl_untok was called: hcl_tok returns tok again */
    uint32_t depth;             /* blocks, objects and lists open */
    PosIdx at;                  /* the call of fromHCL, for errors */
} HclLex;

/* The syntax tree: a body (object), a list, or a literal's value. */
typedef enum HclNodeKind { HCL_NODE_OBJECT, HCL_NODE_LIST, HCL_NODE_STRING, HCL_NODE_INT, HCL_NODE_FLOAT, HCL_NODE_BOOL } HclNodeKind;

typedef struct HclNode HclNode;

/* One name of an item: a key or a label. */
typedef struct HclKey {
    Sym sym;
    HclPos pos;
} HclKey;

/* `k1 "k2" … = value` or `k1 "k2" … { body }` (the body is an HCL_NODE_OBJECT). */
typedef struct HclItem {
    HclKey *keys;
    uint32_t nkeys;
    HclNode *val;
} HclItem;

struct HclNode {
    HclNodeKind kind;
    HclPos pos;
    uint32_t n;                 /* HCL_NODE_OBJECT: items; HCL_NODE_LIST: elements; HCL_NODE_STRING: bytes */
    union {
        HclItem *items;
        HclNode **elems;
        const char *str;
        int64_t i;
        double f;
        bool b;
    };
};

/* ---- errors ---- */

/* Throws "fromHCL: line L, column C: MESSAGE". */
static _Noreturn __attribute__((format(printf, 3, 4))) void hcl_fail(HclLex *l, HclPos p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = gc_vprintf(fmt, ap);
    va_end(ap);
    ev_error(ERR_THROW, l->at, "fromHCL: line %u, column %u: %s", p.line, p.col, msg);
}

/* ---- the scanner, as hashicorp/hcl v1's ---- */

/* Decodes the UTF-8 character at S (N bytes left) as Go's DecodeRune does;
 * false (and U+FFFD, 1 byte) if it is not valid UTF-8. */
static bool hcl_utf8(const unsigned char *s, size_t n, int32_t *cp, uint32_t *size)
{
    unsigned c = s[0];
    *cp = 0xFFFD;
    *size = 1;
    if (c < 0x80) {
        *cp = (int32_t)c;
        return true;
    }
    uint32_t need;
    int32_t v;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = (int32_t)(c & 0x1F);
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = (int32_t)(c & 0x0F);
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = (int32_t)(c & 0x07);
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else
        return false;
    if (n < need + 1) return false;
    for (uint32_t i = 1; i <= need; i++) {
        unsigned b = s[i];
        if (b < (i == 1 ? lo : 0x80u) || b > (i == 1 ? hi : 0xBFu)) return false;
        v = (v << 6) | (int32_t)(b & 0x3F);
    }
    *cp = v;
    *size = need + 1;
    return true;
}

/* The position of the last character read. */
static HclPos hcl_here(const HclLex *l)
{
    if (l->col > 0) return (HclPos){l->line, l->col};
    return (HclPos){l->line - 1, l->last_line_len};
}

/* Reads the next character (HCL_EOF_CH at the end), failing on bytes HCL
 * does not allow anywhere. */
static int32_t hcl_next(HclLex *l)
{
    if (l->off >= l->len) {
        l->col++;
        return HCL_EOF_CH;
    }
    l->prev_off = l->off;
    l->prev_line = l->line;
    l->prev_col = l->col;
    int32_t ch;
    uint32_t size;
    bool ok = hcl_utf8(l->s + l->off, l->len - l->off, &ch, &size);
    l->col++;
    l->off += size;
    if (!ok) hcl_fail(l, hcl_here(l), "invalid UTF-8 (a byte 0x%02X)", l->s[l->prev_off]);
    if (ch == '\n') {
        l->line++;
        l->last_line_len = l->col;
        l->col = 0;
    } else if (ch == 0)
        hcl_fail(l, hcl_here(l), "unexpected NUL character");
    else if (ch == 0xE123)
        hcl_fail(l, hcl_here(l), "the character U+E123 is reserved by HCL");
    return ch;
}

/* Gives back the last character read (once). */
static void hcl_unread(HclLex *l)
{
    l->off = l->prev_off;
    l->line = l->prev_line;
    l->col = l->prev_col;
}

/* The next character, without reading it. */
static int32_t hcl_peek(const HclLex *l)
{
    if (l->off >= l->len) return HCL_EOF_CH;
    int32_t ch;
    uint32_t size;
    hcl_utf8(l->s + l->off, l->len - l->off, &ch, &size);
    return ch;
}

/* Whether CH may start a name (HCL 1: a letter or '_'; here any non-ASCII
 * character too). */
static bool hcl_is_letter(int32_t ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || ch >= 0x80;
}

/* Whether CH is a decimal digit. */
static bool hcl_is_decimal(int32_t ch)
{
    return ch >= '0' && ch <= '9';
}

/* The value of a hexadecimal digit (16 if CH is not one). */
static int hcl_digit_val(int32_t ch)
{
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return 16;
}

/* Reads the rest of a name. */
static void hcl_scan_ident(HclLex *l)
{
    int32_t ch = hcl_next(l);
    while (hcl_is_letter(ch) || hcl_is_decimal(ch) || ch == '-' || ch == '.') ch = hcl_next(l);
    if (ch != HCL_EOF_CH) hcl_unread(l);
}

/* Reads decimal digits from CH (HCL 1's scanMantissa); returns the
 * character after them, given back. */
static int32_t hcl_scan_mantissa(HclLex *l, int32_t ch)
{
    bool scanned = false;
    while (hcl_is_decimal(ch)) {
        ch = hcl_next(l);
        scanned = true;
    }
    if (scanned && ch != HCL_EOF_CH) hcl_unread(l);
    return ch;
}

/* Reads the digits after a '.'. */
static int32_t hcl_scan_fraction(HclLex *l, int32_t ch)
{
    if (ch == '.') {
        ch = hcl_peek(l);
        ch = hcl_scan_mantissa(l, ch);
    }
    return ch;
}

/* Reads an exponent after 'e' or 'E'. */
static int32_t hcl_scan_exponent(HclLex *l, int32_t ch)
{
    if (ch == 'e' || ch == 'E') {
        ch = hcl_next(l);
        if (ch == '-' || ch == '+') ch = hcl_next(l);
        ch = hcl_scan_mantissa(l, ch);
    }
    return ch;
}

/* Reads a number whose first digit CH was read (HCL 1's scanNumber). */
static HclTokType hcl_scan_number(HclLex *l, int32_t ch, HclPos start)
{
    if (ch == '0') {
        ch = hcl_next(l);
        if (ch == 'x' || ch == 'X') {
            ch = hcl_next(l);
            bool found = false;
            while (hcl_digit_val(ch) < 16) {
                ch = hcl_next(l);
                found = true;
            }
            if (!found) hcl_fail(l, start, "expected hexadecimal digits after '0x'");
            if (ch != HCL_EOF_CH) hcl_unread(l);
            return HCL_NUMBER;
        }
        bool illegal_octal = false;
        while (hcl_is_decimal(ch)) {
            ch = hcl_next(l);
            if (ch == '8' || ch == '9') illegal_octal = true;
        }
        if (ch == 'e' || ch == 'E') {
            hcl_scan_exponent(l, ch);
            return HCL_FLOAT;
        }
        if (ch == '.') {
            ch = hcl_scan_fraction(l, ch);
            if (ch == 'e' || ch == 'E') {
                ch = hcl_next(l);
                hcl_scan_exponent(l, ch);
            }
            return HCL_FLOAT;
        }
        if (illegal_octal) hcl_fail(l, start, "invalid octal number (a number that starts with 0 is octal: digits 0 to 7)");
        if (ch != HCL_EOF_CH) hcl_unread(l);
        return HCL_NUMBER;
    }
    hcl_scan_mantissa(l, ch);
    ch = hcl_next(l);
    if (ch == 'e' || ch == 'E') {
        hcl_scan_exponent(l, ch);
        return HCL_FLOAT;
    }
    if (ch == '.') {
        ch = hcl_scan_fraction(l, ch);
        if (ch == 'e' || ch == 'E') {
            ch = hcl_next(l);
            hcl_scan_exponent(l, ch);
        }
        return HCL_FLOAT;
    }
    if (ch != HCL_EOF_CH) hcl_unread(l);
    return HCL_NUMBER;
}

/* Reads a comment whose first character CH was read. */
static void hcl_scan_comment(HclLex *l, int32_t ch, HclPos start)
{
    if (ch == '#' || (ch == '/' && hcl_peek(l) != '*')) {
        if (ch == '/' && hcl_peek(l) != '/')
            hcl_fail(l, start, "expected '/' or '*' after '/' (comments are # …, // … or /* … */)");
        ch = hcl_next(l);
        while (ch != '\n' && ch != HCL_EOF_CH) ch = hcl_next(l);
        if (ch != HCL_EOF_CH) hcl_unread(l);
        return;
    }
    hcl_next(l);
    ch = hcl_next(l);
    for (;;) {
        if (ch == HCL_EOF_CH) hcl_fail(l, start, "the comment that starts here is not closed with '*/'");
        int32_t ch0 = ch;
        ch = hcl_next(l);
        if (ch0 == '*' && ch == '/') break;
    }
}

/* Whether LINE (N bytes) closes a heredoc: optional white space, ANCHOR,
 * optional carriage returns (HCL 1's `^[[:space:]]*ANCHOR\r*\z`). */
static bool hcl_anchor_line(const unsigned char *line, size_t n, const unsigned char *anchor, size_t alen)
{
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\v' || line[i] == '\f' || line[i] == '\r')) i++;
    if (n - i < alen || memcmp(line + i, anchor, alen) != 0) return false;
    for (i += alen; i < n; i++)
        if (line[i] != '\r') return false;
    return true;
}

/* Reads a heredoc after its first '<': the anchor line, then lines up to
 * one that holds only the anchor (HCL 1's scanHeredoc). */
static void hcl_scan_heredoc(HclLex *l, HclPos start)
{
    if (hcl_next(l) != '<') hcl_fail(l, start, "expected '<<' to start a heredoc (as in <<EOF)");
    size_t offs = l->off;
    int32_t ch = hcl_next(l);
    if (ch == '-') ch = hcl_next(l);
    while (hcl_is_letter(ch) || hcl_is_decimal(ch)) ch = hcl_next(l);
    if (ch == HCL_EOF_CH) hcl_fail(l, start, "the heredoc that starts here has no lines");
    if (ch != '\n') hcl_fail(l, hcl_here(l), "expected the end of the line after the heredoc's anchor (as in <<EOF)");
    size_t idlen = l->off - 1 - offs;
    if (idlen == 0 || (idlen == 1 && l->s[offs] == '-'))
        hcl_fail(l, start, "expected an anchor name after '<<' (as in <<EOF)");
    const unsigned char *anchor = l->s + offs;
    size_t alen = idlen;
    if (anchor[0] == '-') {
        anchor++;
        alen--;
    }
    size_t line_start = l->off;
    for (;;) {
        ch = hcl_next(l);
        if (ch == '\n') {
            size_t line_len = l->off - 1 - line_start;
            if (line_len >= idlen && hcl_anchor_line(l->s + line_start, line_len, anchor, alen)) break;
            line_start = l->off;
        }
        if (ch == HCL_EOF_CH)
            hcl_fail(l, start, "the heredoc that starts here is not closed by a line '%.*s' (followed by a newline)",
                     (int)alen, (const char *)anchor);
    }
}

/* Checks digits of an escape: N digits of BASE from CH (HCL 1's scanDigits). */
static void hcl_scan_digits(HclLex *l, HclPos at, int32_t ch, int base, int n, const char *what)
{
    int start = n;
    while (n > 0 && hcl_digit_val(ch) < base) {
        ch = hcl_next(l);
        if (ch == HCL_EOF_CH) break;
        n--;
    }
    if (n > 0) hcl_fail(l, at, "invalid escape: %s", what);
    if (n != start && ch != HCL_EOF_CH) hcl_unread(l);
}

/* Checks an escape after a backslash (at AT) in a string. */
static void hcl_scan_escape(HclLex *l, HclPos at)
{
    int32_t ch = hcl_next(l);
    switch (ch) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\': case '"':
        break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        hcl_scan_digits(l, at, ch, 8, 3, "'\\' and a digit is an octal escape of 3 digits 0 to 7");
        break;
    case 'x':
        hcl_scan_digits(l, at, hcl_next(l), 16, 2, "'\\x' needs 2 hexadecimal digits");
        break;
    case 'u':
        hcl_scan_digits(l, at, hcl_next(l), 16, 4, "'\\u' needs 4 hexadecimal digits");
        break;
    case 'U':
        hcl_scan_digits(l, at, hcl_next(l), 16, 8, "'\\U' needs 8 hexadecimal digits");
        break;
    default:
        if (ch > 0x20 && ch < 0x7F)
            hcl_fail(l, at, "invalid escape '\\%c' (escapes are \\n \\t \\r \\\" \\\\ \\a \\b \\f \\v, \\NNN, \\xNN, \\uNNNN, \\UNNNNNNNN)", (char)ch);
        hcl_fail(l, at, "invalid escape: '\\' followed by %s", ch == HCL_EOF_CH ? "the end of the input" : ch == '\n' ? "a newline" : "a character that escapes nothing");
    }
}

/* Reads a string after its opening quote (HCL 1's scanString): a newline
 * ends it early except inside ${…}, where quotes do not end it either. */
static void hcl_scan_string(HclLex *l, HclPos start)
{
    int braces = 0;
    for (;;) {
        int32_t ch = hcl_next(l);
        if ((ch == '\n' && braces == 0) || ch == HCL_EOF_CH)
            hcl_fail(l, start, "the string that starts here is not closed by '\"' before the end of %s",
                     ch == HCL_EOF_CH ? "the input" : "the line");
        if (ch == '"' && braces == 0) break;
        if (braces == 0 && ch == '$' && hcl_peek(l) == '{') {
            braces++;
            hcl_next(l);
        } else if (braces > 0 && ch == '{')
            braces++;
        if (braces > 0 && ch == '}') braces--;
        if (ch == '\\') hcl_scan_escape(l, hcl_here(l));
    }
}

/* The next token, comments included (HCL 1's Scan). */
static HclTok hcl_scan(HclLex *l)
{
    int32_t ch = hcl_next(l);
    while (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') ch = hcl_next(l);
    HclTok t;
    t.start = ch == HCL_EOF_CH ? l->off : l->prev_off;
    t.pos = hcl_here(l);
    if (hcl_is_letter(ch)) {
        hcl_scan_ident(l);
        size_t n = l->off - t.start;
        const char *s = (const char *)l->s + t.start;
        t.type = (n == 4 && memcmp(s, "true", 4) == 0) || (n == 5 && memcmp(s, "false", 5) == 0) ? HCL_BOOL : HCL_IDENT;
    } else if (hcl_is_decimal(ch))
        t.type = hcl_scan_number(l, ch, t.pos);
    else
        switch (ch) {
        case HCL_EOF_CH: t.type = HCL_EOF; break;
        case '"': t.type = HCL_STRING; hcl_scan_string(l, t.pos); break;
        case '#': case '/': t.type = HCL_COMMENT; hcl_scan_comment(l, ch, t.pos); break;
        case '.':
            t.type = HCL_PERIOD;
            ch = hcl_peek(l);
            if (hcl_is_decimal(ch)) {
                t.type = HCL_FLOAT;
                ch = hcl_scan_mantissa(l, ch);
                hcl_scan_exponent(l, ch);
            }
            break;
        case '<': t.type = HCL_HEREDOC; hcl_scan_heredoc(l, t.pos); break;
        case '[': t.type = HCL_LBRACK; break;
        case ']': t.type = HCL_RBRACK; break;
        case '{': t.type = HCL_LBRACE; break;
        case '}': t.type = HCL_RBRACE; break;
        case ',': t.type = HCL_COMMA; break;
        case '=': t.type = HCL_ASSIGN; break;
        case '+': t.type = HCL_ADD; break;
        case '-':
            if (hcl_is_decimal(hcl_peek(l))) {
                ch = hcl_next(l);
                t.type = hcl_scan_number(l, ch, t.pos);
            } else
                t.type = HCL_SUB;
            break;
        default:
            if (ch >= 0x20 && ch < 0x7F) hcl_fail(l, t.pos, "unexpected character '%c'", (char)ch);
            hcl_fail(l, t.pos, "unexpected character U+%04X", (unsigned)ch);
        }
    t.end = l->off;
    return t;
}

/* ---- token values, as hashicorp/hcl v1's token.Value ---- */

/* Appends code point CP as UTF-8 (surrogates become U+FFFD, as in Go). */
static size_t hcl_put_utf8(char *out, uint32_t cp)
{
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* The text of a quoted string token, escapes decoded and ${…} copied as
 * it is (HCL 1's strconv.Unquote); fails on a NUL, which Nix cannot hold. */
static const char *hcl_unquote(HclLex *l, const HclTok *t, uint32_t *len)
{
    const unsigned char *s = l->s + t->start + 1;
    size_t n = t->end - t->start - 2, i = 0, o = 0;
    char *out = GC_MALLOC_ATOMIC(n + 1);
    while (i < n) {
        if (s[i] == '$' && i + 1 < n && s[i + 1] == '{') {
            out[o++] = '$';
            out[o++] = '{';
            i += 2;
            int braces = 1;
            while (i < n && braces > 0) {
                int32_t cp;
                uint32_t size;
                if (!hcl_utf8(s + i, n - i, &cp, &size) || cp == 0xFFFD)
                    hcl_fail(l, t->pos, "a string's ${…} cannot hold the character U+FFFD");
                memcpy(out + o, s + i, size);
                o += size;
                i += size;
                if (cp == '{') braces++;
                else if (cp == '}') braces--;
            }
            if (braces != 0) hcl_fail(l, t->pos, "the string's ${ is not closed by '}'");
            continue;
        }
        unsigned c = s[i];
        if (c != '\\') {
            out[o++] = (char)c;
            i++;
            continue;
        }
        if (i + 1 >= n) hcl_fail(l, t->pos, "the string ends with a lone '\\'");
        unsigned e = s[i + 1];
        i += 2;
        switch (e) {
        case 'a': out[o++] = '\a'; break;
        case 'b': out[o++] = '\b'; break;
        case 'f': out[o++] = '\f'; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'v': out[o++] = '\v'; break;
        case '\\': out[o++] = '\\'; break;
        case '"': out[o++] = '"'; break;
        case 'x': case 'u': case 'U': {
            size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (n - i < digits) hcl_fail(l, t->pos, "invalid escape '\\%c' in the string", (char)e);
            uint32_t v = 0;
            for (size_t k = 0; k < digits; k++) {
                int d = hcl_digit_val(s[i + k]);
                if (d >= 16) hcl_fail(l, t->pos, "invalid escape '\\%c' in the string", (char)e);
                v = v << 4 | (uint32_t)d;
            }
            i += digits;
            if (e == 'x')
                out[o++] = (char)v;
            else {
                if (v > 0x10FFFF) hcl_fail(l, t->pos, "the escape '\\U%08X' is beyond Unicode (U+10FFFF)", v);
                o += hcl_put_utf8(out + o, v);
            }
            break;
        }
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = e - '0';
            if (n - i < 2) hcl_fail(l, t->pos, "invalid octal escape in the string");
            for (int k = 0; k < 2; k++) {
                unsigned d = s[i + k];
                if (d < '0' || d > '7') hcl_fail(l, t->pos, "invalid octal escape in the string");
                v = v << 3 | (d - '0');
            }
            i += 2;
            if (v > 255) hcl_fail(l, t->pos, "the octal escape '\\%o' is above 255 ('\\377')", v);
            out[o++] = (char)v;
            break;
        }
        default:
            hcl_fail(l, t->pos, "invalid escape in the string");
        }
    }
    out[o] = 0;
    if (memchr(out, 0, o)) hcl_fail(l, t->pos, "the string holds a NUL character, which a Nix string cannot");
    *len = (uint32_t)o;
    return out;
}

/* The text of a heredoc token (HCL 1's unindentHeredoc): the lines between
 * the anchors; <<- also removes the closing anchor's indentation from
 * every line when every line has it. */
static const char *hcl_heredoc_value(HclLex *l, const HclTok *t, uint32_t *len)
{
    const char *text = (const char *)l->s + t->start;
    size_t n = t->end - t->start;
    size_t idx = (size_t)((const char *)memchr(text, '\n', n) - text);
    const char *v;
    size_t vlen;
    if (text[2] != '-') {
        v = text + idx + 1;
        vlen = n - idx + 1 - (idx + 1);
    } else {
        /* the lines, the last one being the closing anchor's indentation */
        const char *r = text + idx + 1;
        size_t rlen = n - idx + 2 - (idx + 1);
        const char *last = r;
        for (size_t k = 0; k < rlen; k++)
            if (r[k] == '\n') last = r + k + 1;
        size_t plen = (size_t)(r + rlen - last);
        bool indented = true;
        for (const char *line = r; line <= last;) {
            const char *nl = line < last ? memchr(line, '\n', (size_t)(last - line)) : NULL;
            size_t ll = nl ? (size_t)(nl - line) : (size_t)(r + rlen - line);
            if (ll < plen || memcmp(line, last, plen) != 0) {
                indented = false;
                break;
            }
            if (!nl) break;
            line = nl + 1;
        }
        if (!indented) {
            v = text + idx + 1;
            vlen = n - idx + 1 - (idx + 1);
            while (vlen > 0 && (v[vlen - 1] == ' ' || v[vlen - 1] == '\t')) vlen--;
        } else {
            char *out = GC_MALLOC_ATOMIC(rlen + 1);
            size_t o = 0;
            for (const char *line = r; line < last;) {
                const char *nl = memchr(line, '\n', (size_t)(last - line));
                size_t ll = (size_t)(nl - line);
                memcpy(out + o, line + plen, ll - plen);
                o += ll - plen;
                out[o++] = '\n';
                line = nl + 1;
            }
            out[o] = 0;
            *len = (uint32_t)o;
            return out;
        }
    }
    *len = (uint32_t)vlen;
    return gc_strndup(v, vlen);
}

/* The value of an integer token: decimal, 0x hex, or 0-prefixed octal,
 * with an optional '-' (Go's strconv.ParseInt with base 0). */
static int64_t hcl_int_value(HclLex *l, const HclTok *t)
{
    const char *s = (const char *)l->s + t->start, *end = (const char *)l->s + t->end;
    const char *text = gc_strndup(s, (size_t)(end - s));
    bool neg = *s == '-';
    if (neg) s++;
    unsigned base = 10;
    if (end - s >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    } else if (end - s >= 2 && s[0] == '0') {
        base = 8;
        s++;
    }
    uint64_t v = 0;
    for (; s < end; s++) {
        unsigned d = (unsigned)hcl_digit_val((unsigned char)*s);
        if (d >= base) hcl_fail(l, t->pos, "invalid number '%s' (a number that starts with 0 is octal: digits 0 to 7)", text);
        if (v > (UINT64_MAX - d) / base) hcl_fail(l, t->pos, "the integer %s is out of range (64 bits)", text);
        v = v * base + d;
    }
    if (neg ? v > (uint64_t)INT64_MAX + 1 : v > (uint64_t)INT64_MAX)
        hcl_fail(l, t->pos, "the integer %s is out of range (64 bits)", text);
    return neg ? (int64_t)(0 - v) : (int64_t)v;
}

/* The value of a float token (Go's strconv.ParseFloat): the text must be
 * [-]digits[.digits][e[+-]digits] with a digit before any exponent. */
static double hcl_float_value(HclLex *l, const HclTok *t)
{
    const char *text = gc_strndup((const char *)l->s + t->start, t->end - t->start);
    const char *p = text;
    bool digits = false;
    if (*p == '-') p++;
    while (hcl_is_decimal(*p)) p++, digits = true;
    if (*p == '.') {
        p++;
        while (hcl_is_decimal(*p)) p++, digits = true;
    }
    if (digits && (*p == 'e' || *p == 'E')) {
        p++;
        if (*p == '+' || *p == '-') p++;
        if (!hcl_is_decimal(*p)) digits = false;
        while (hcl_is_decimal(*p)) p++;
    }
    if (!digits || *p) hcl_fail(l, t->pos, "invalid number '%.*s'", (int)strcspn(text, "\n"), text);
    double f = strtod(text, NULL);
    if (isinf(f)) hcl_fail(l, t->pos, "the number %s is out of range", text);
    return f;
}

/* ---- the parser: hashicorp/hcl v1's grammar ---- */

/* The next token that is not a comment (or the one given back). */
static HclTok *hcl_tok(HclLex *l)
{
    if (l->given_back)
        l->given_back = false;
    else
        do l->tok = hcl_scan(l); while (l->tok.type == HCL_COMMENT);
    return &l->tok;
}

/* Gives back the current token: the next hcl_tok returns it again. */
static void hcl_untok(HclLex *l)
{
    l->given_back = true;
}

/* A token as messages show it: 'text' (its first line, cut short), or
 * "end of input". */
static const char *hcl_desc(const HclLex *l, const HclTok *t)
{
    if (t->type == HCL_EOF) return "end of input";
    const char *s = (const char *)l->s + t->start;
    size_t n = t->end - t->start, cut = 0;
    while (cut < n && s[cut] != '\n' && cut < 30) cut++;
    while (cut < n && cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;
    return gc_printf("'%.*s%s'", (int)cut, s, cut < n ? "…" : "");
}

/* The keys of an item as written, for messages: 'plugin "docker"'. */
static const char *hcl_keys_desc(const HclLex *l, const HclTok *keys, uint32_t n)
{
    StrBuf b = {0};
    for (uint32_t i = 0; i < n; i++) {
        if (i) sb_addc(&b, ' ');
        const char *k = (const char *)l->s + keys[i].start;
        size_t len = keys[i].end - keys[i].start;
        if (len > 40) {
            len = 40;
            while (len > 0 && ((unsigned char)k[len] & 0xC0) == 0x80) len--;
        }
        sb_add(&b, k, len);
    }
    return gc_printf("'%s'", b.s ? b.s : "");
}

/* Counts a level of nesting opened at P, failing beyond HCL_MAX_DEPTH. */
static void hcl_enter(HclLex *l, HclPos p, uint32_t levels)
{
    ev_check_stack(l->at);
    if (l->depth + levels > HCL_MAX_DEPTH)
        hcl_fail(l, p, "blocks, objects and lists nest deeper than %d levels", HCL_MAX_DEPTH);
    l->depth += levels;
}

/* A new node of KIND at P. */
static HclNode *hcl_node(HclNodeKind kind, HclPos p)
{
    HclNode *n = GC_MALLOC(sizeof *n);
    n->kind = kind;
    n->pos = p;
    return n;
}

/* The node of a literal token (string, heredoc, number, boolean). */
static HclNode *hcl_literal(HclLex *l, const HclTok *t)
{
    HclNode *n;
    switch (t->type) {
    case HCL_STRING:
        n = hcl_node(HCL_NODE_STRING, t->pos);
        n->str = hcl_unquote(l, t, &n->n);
        return n;
    case HCL_HEREDOC:
        n = hcl_node(HCL_NODE_STRING, t->pos);
        n->str = hcl_heredoc_value(l, t, &n->n);
        if (memchr(n->str, 0, n->n)) hcl_fail(l, t->pos, "the heredoc holds a NUL character, which a Nix string cannot");
        return n;
    case HCL_NUMBER:
        n = hcl_node(HCL_NODE_INT, t->pos);
        n->i = hcl_int_value(l, t);
        return n;
    case HCL_FLOAT:
        n = hcl_node(HCL_NODE_FLOAT, t->pos);
        n->f = hcl_float_value(l, t);
        return n;
    default:
        n = hcl_node(HCL_NODE_BOOL, t->pos);
        n->b = l->s[t->start] == 't';
        return n;
    }
}

/* Whether a token is a literal value. */
static bool hcl_is_literal(HclTokType t)
{
    return t == HCL_STRING || t == HCL_HEREDOC || t == HCL_NUMBER || t == HCL_FLOAT || t == HCL_BOOL;
}

static HclNode *hcl_object(HclLex *l, HclPos open);
static HclNode *hcl_list(HclLex *l, HclPos open);

/* The value after '=': a literal, an { object } or a [ list ]. */
static HclNode *hcl_value(HclLex *l)
{
    HclTok *t = hcl_tok(l);
    if (hcl_is_literal(t->type)) return hcl_literal(l, t);
    if (t->type == HCL_LBRACE) return hcl_object(l, t->pos);
    if (t->type == HCL_LBRACK) return hcl_list(l, t->pos);
    hcl_fail(l, t->pos, "expected a value after '=' (a string, number, boolean, [ list ] or { object }), got %s",
             hcl_desc(l, t));
}

/* One item of a body: names (a key, then labels), then '=' and a value or
 * a { body }. False at the end of the input before any name. */
static bool hcl_item(HclLex *l, HclItem *it)
{
    HclTok *toks = NULL;
    uint32_t n = 0, cap = 0;
    for (;;) {
        HclTok *t = hcl_tok(l);
        switch (t->type) {
        case HCL_EOF:
            if (n == 0) return false;
            hcl_fail(l, t->pos, "expected '=' or '{' after %s, got end of input", hcl_keys_desc(l, toks, n));
        case HCL_ASSIGN:
            if (n == 0) hcl_fail(l, t->pos, "expected a name before '='");
            if (n > 1)
                hcl_fail(l, t->pos, "expected '{' after %s (a block with labels), got '='", hcl_keys_desc(l, toks, n));
            it->val = hcl_value(l);
            break;
        case HCL_LBRACE:
            if (n == 0) hcl_fail(l, t->pos, "expected a name before '{'");
            it->val = hcl_object(l, t->pos);
            break;
        case HCL_IDENT:
        case HCL_STRING:
            if (n == cap) {
                cap = cap ? cap * 2 : 4;
                HclTok *bigger = GC_MALLOC_ATOMIC(cap * sizeof *bigger);
                if (n) memcpy(bigger, toks, n * sizeof *toks);
                toks = bigger;
            }
            toks[n++] = *t;
            if (n > 1) hcl_enter(l, t->pos, 1);
            continue;
        default:
            if (n == 0) hcl_fail(l, t->pos, "expected a name (an identifier or a \"string\"), got %s", hcl_desc(l, t));
            hcl_fail(l, t->pos, "expected '=' or '{' after %s, got %s", hcl_keys_desc(l, toks, n), hcl_desc(l, t));
        }
        break;
    }
    l->depth -= n - 1;
    it->nkeys = n;
    it->keys = GC_MALLOC_ATOMIC(n * sizeof *it->keys);
    for (uint32_t i = 0; i < n; i++) {
        const char *s = (const char *)l->s + toks[i].start;
        uint32_t len = (uint32_t)(toks[i].end - toks[i].start);
        if (toks[i].type == HCL_STRING) s = hcl_unquote(l, &toks[i], &len);
        it->keys[i] = (HclKey){sym_intern(s, len), toks[i].pos};
    }
    return true;
}

/* The items of a body: up to the end of the input (top level) or up to
 * '}' (IN_BRACES), each optionally followed by a comma. */
static HclItem *hcl_items(HclLex *l, bool in_braces, uint32_t *count)
{
    HclItem *items = NULL;
    uint32_t n = 0, cap = 0;
    for (;;) {
        if (in_braces) {
            HclTok *t = hcl_tok(l);
            hcl_untok(l);
            if (t->type == HCL_RBRACE) break;
        }
        HclItem it;
        if (!hcl_item(l, &it)) break;
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            HclItem *bigger = GC_MALLOC(cap * sizeof *bigger);
            if (n) memcpy(bigger, items, n * sizeof *items);
            items = bigger;
        }
        items[n++] = it;
        if (hcl_tok(l)->type != HCL_COMMA) hcl_untok(l);
    }
    *count = n;
    return items;
}

/* An object or block body after its '{' (at OPEN), up to its '}'. */
static HclNode *hcl_object(HclLex *l, HclPos open)
{
    hcl_enter(l, open, 1);
    HclNode *n = hcl_node(HCL_NODE_OBJECT, open);
    n->items = hcl_items(l, true, &n->n);
    HclTok *t = hcl_tok(l);
    if (t->type != HCL_RBRACE)
        hcl_fail(l, t->pos, "expected '}' to close the '{' at line %u, column %u, got %s", open.line, open.col,
                 hcl_desc(l, t));
    l->depth--;
    return n;
}

/* A list after its '[' (at OPEN): values separated by commas, a comma
 * allowed after the last one. */
static HclNode *hcl_list(HclLex *l, HclPos open)
{
    hcl_enter(l, open, 1);
    HclNode *list = hcl_node(HCL_NODE_LIST, open);
    HclNode **elems = NULL;
    uint32_t n = 0, cap = 0;
    bool need_comma = false;
    for (;;) {
        HclTok *t = hcl_tok(l);
        if (t->type == HCL_RBRACK) break;
        if (need_comma) {
            if (t->type != HCL_COMMA)
                hcl_fail(l, t->pos, "expected ',' or ']' after an element of the list opened at line %u, column %u, got %s",
                         open.line, open.col, hcl_desc(l, t));
            need_comma = false;
            continue;
        }
        HclNode *e;
        if (hcl_is_literal(t->type)) e = hcl_literal(l, t);
        else if (t->type == HCL_LBRACE) e = hcl_object(l, t->pos);
        else if (t->type == HCL_LBRACK) e = hcl_list(l, t->pos);
        else if (t->type == HCL_EOF)
            hcl_fail(l, t->pos, "expected ']' to close the '[' at line %u, column %u, got end of input", open.line, open.col);
        else
            hcl_fail(l, t->pos, "expected a list element (a string, number, boolean, [ list ] or { object }) or ']', got %s",
                     hcl_desc(l, t));
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            HclNode **bigger = GC_MALLOC(cap * sizeof *bigger);
            if (n) memcpy(bigger, elems, n * sizeof *elems);
            elems = bigger;
        }
        elems[n++] = e;
        need_comma = true;
    }
    list->elems = elems;
    list->n = n;
    l->depth--;
    return list;
}

/* ---- from the tree to Nix values ---- */

/* What an item gives its name: a set (a block, an object, or labels), a
 * list, or another value; items of one name must agree. */
typedef enum { HCL_GIVES_SET, HCL_GIVES_LIST, HCL_GIVES_VALUE } HclGives;

/* What item IT gives its first name. */
static HclGives hcl_gives(const HclItem *it)
{
    if (it->nkeys > 1 || it->val->kind == HCL_NODE_OBJECT) return HCL_GIVES_SET;
    return it->val->kind == HCL_NODE_LIST ? HCL_GIVES_LIST : HCL_GIVES_VALUE;
}

/* An item's first name and its place in the body, for sorting. */
typedef struct HclOrder {
    Sym sym;
    uint32_t idx;
} HclOrder;

/* Orders items by name, then by their place in the body. */
static int hcl_order_cmp(const void *x, const void *y)
{
    const HclOrder *a = x, *b = y;
    if (a->sym != b->sym) return a->sym < b->sym ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static void hcl_node_value(HclLex *l, const HclNode *n, Value *out);

/* Fails because item B gives its name something other than item A does. */
static _Noreturn void hcl_conflict(HclLex *l, const HclItem *a, const HclItem *b)
{
    static const char *const what[] = {"a block", "a list", "a plain value"};
    hcl_fail(l, b->keys[0].pos,
             "'%s' is %s here but %s at line %u, column %u (the items of one name must be all blocks, "
             "all lists or all plain values)",
             sym_str(b->keys[0].sym), what[hcl_gives(b)], what[hcl_gives(a)], a->keys[0].pos.line,
             a->keys[0].pos.col);
}

/* The set of a body of N items, merging the items of one name. */
static void hcl_body_value(HclLex *l, const HclItem *items, uint32_t n, Value *out)
{
    ev_check_stack(l->at);
    Attrs *a = attrs_alloc(n);
    HclOrder *order = GC_MALLOC_ATOMIC((n ? n : 1) * sizeof *order);
    for (uint32_t i = 0; i < n; i++) order[i] = (HclOrder){items[i].keys[0].sym, i};
    qsort(order, n, sizeof *order, hcl_order_cmp);
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i + 1;
        while (j < n && order[j].sym == order[i].sym) j++;
        const HclItem *first = &items[order[i].idx];
        HclGives gives = hcl_gives(first);
        for (uint32_t k = i + 1; k < j; k++)
            if (hcl_gives(&items[order[k].idx]) != gives) hcl_conflict(l, first, &items[order[k].idx]);
        Value *v = val_alloc();
        if (gives == HCL_GIVES_SET) {
            /* the bodies of all the items, read as one body */
            uint32_t total = 0;
            for (uint32_t k = i; k < j; k++) {
                const HclItem *it = &items[order[k].idx];
                total += it->nkeys > 1 ? 1 : it->val->n;
            }
            HclItem *inner = GC_MALLOC((total ? total : 1) * sizeof *inner);
            uint32_t m = 0;
            for (uint32_t k = i; k < j; k++) {
                const HclItem *it = &items[order[k].idx];
                if (it->nkeys > 1)
                    inner[m++] = (HclItem){it->keys + 1, it->nkeys - 1, it->val};
                else if (it->val->n) {
                    memcpy(inner + m, it->val->items, it->val->n * sizeof *inner);
                    m += it->val->n;
                }
            }
            hcl_body_value(l, inner, total, v);
        } else if (gives == HCL_GIVES_LIST) {
            uint32_t total = 0;
            for (uint32_t k = i; k < j; k++) total += items[order[k].idx].val->n;
            Value **el = mk_list(v, total);
            uint32_t m = 0;
            for (uint32_t k = i; k < j; k++) {
                const HclNode *list = items[order[k].idx].val;
                for (uint32_t e = 0; e < list->n; e++) {
                    el[m] = val_alloc();
                    hcl_node_value(l, list->elems[e], el[m++]);
                }
            }
        } else
            hcl_node_value(l, items[order[j - 1].idx].val, v);
        a->a[a->size++] = (Attr){order[i].sym, 0, v};
        i = j;
    }
    attrs_sort(a);
    mk_attrs(out, a);
}

/* The Nix value of a node. */
static void hcl_node_value(HclLex *l, const HclNode *n, Value *out)
{
    switch (n->kind) {
    case HCL_NODE_OBJECT:
        hcl_body_value(l, n->items, n->n, out);
        break;
    case HCL_NODE_LIST: {
        ev_check_stack(l->at);
        Value **el = mk_list(out, n->n);
        for (uint32_t i = 0; i < n->n; i++) {
            el[i] = val_alloc();
            hcl_node_value(l, n->elems[i], el[i]);
        }
        break;
    }
    case HCL_NODE_STRING:
        mk_string(out, n->str, n->n, NULL);
        break;
    case HCL_NODE_INT:
        mk_int(out, n->i);
        break;
    case HCL_NODE_FLOAT:
        mk_float(out, n->f);
        break;
    case HCL_NODE_BOOL:
        mk_bool(out, n->b);
        break;
    }
}

/* `__nomixFromHCL text`: the HCL text as a Nix set. */
PRIM(nomixFromHCL)
{
    const char *src = ev_force_string(args[0], pos);
    size_t len = args[0]->len;
    /* as hashicorp/hcl does first: \r\n becomes \n everywhere */
    char *s = GC_MALLOC_ATOMIC(len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (!(src[i] == '\r' && i + 1 < len && src[i + 1] == '\n')) s[n++] = src[i];
    s[n] = 0;
    HclLex l = {.s = (const unsigned char *)s, .len = n, .line = 1, .at = pos};
    uint32_t count;
    HclItem *items = hcl_items(&l, false, &count);
    Value tmp;
    hcl_body_value(&l, items, count, &tmp);
    *out = tmp;
}

/* Registers __nomixFromHCL, a global of nomix's own (not in builtins). */
void hcl_register(void)
{
    ev_register_extension("__nomixFromHCL", 1, prim_nomixFromHCL);
}
