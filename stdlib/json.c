/* json.c: builtins.toJSON and builtins.fromJSON.
 *
 * fromJSON is a small recursive-descent-free parser written to behave as
 * the JSON library Nix 2.8 uses (nlohmann/json through its SAX interface):
 * which numbers become integers, how big numbers wrap, how strings with
 * NUL are cut, and above all the exact error messages with their line,
 * column and "last read" text, which users see when a JSON file is broken. */
#include <errno.h>
#include <gc/gc.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* `toJSON v`: compact JSON with sorted keys; keeps the strings' contexts. */
PRIM(toJSON)
{
    StrBuf b = {0};
    ev_show_json(&b, args[0], true, pos);
    sb_to_value(&b, out);
}

/* ---- the lexer, as nlohmann/json's ---- */

enum Tok {
    J_UNINIT, J_TRUE, J_FALSE, J_NULL, J_STR, J_UNSIGNED, J_INTEGER, J_FLOAT,
    J_BEGIN_ARRAY, J_BEGIN_OBJECT, J_END_ARRAY, J_END_OBJECT, J_NAME_SEP,
    J_VALUE_SEP, J_ERROR, J_EOF, J_LITERAL_OR_VALUE
};

static const char *const tok_names[] = {
    "<uninitialized>", "true literal", "false literal", "null literal", "string literal",
    "number literal", "number literal", "number literal", "'['", "'{'", "']'", "'}'", "':'",
    "','", "<parse error>", "end of input", "'[', '{', or a literal",
};

#define JEOF (-1)

typedef struct JLex {
    const unsigned char *s;
    size_t len, at;
    int current;
    bool unget;
    size_t chars_total, chars_line, lines;
    size_t token_start;     /* the bytes read since the last reset start here */
    StrBuf value;           /* the decoded string or number text */
    const char *error;
    uint64_t u;
    int64_t i;
    double f;
    PosIdx pos;
} JLex;

/* Reads the next byte (or JEOF), tracking line and column as nlohmann does. */
static int jget(JLex *l)
{
    l->chars_total++;
    l->chars_line++;
    if (l->unget)
        l->unget = false;
    else
        l->current = l->at < l->len ? l->s[l->at++] : JEOF;
    if (l->current == '\n') {
        l->lines++;
        l->chars_line = 0;
    }
    return l->current;
}

/* Gives back the byte just read. */
static void junget(JLex *l)
{
    l->unget = true;
    l->chars_total--;
    if (l->chars_line == 0) {
        if (l->lines > 0) l->lines--;
    } else
        l->chars_line--;
}

/* Starts a new token at the current byte. */
static void jreset(JLex *l)
{
    l->value.len = 0;
    if (l->value.s) l->value.s[0] = 0;
    l->token_start = l->current == JEOF ? l->at : l->at - 1;
}

/* The names nlohmann gives control characters in its messages. */
static const char *const ctl_names[32] = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
    "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
};

/* Reads four hex digits after \u; -1 if they are not. */
static int jcodepoint(JLex *l)
{
    int cp = 0;
    for (int shift = 12; shift >= 0; shift -= 4) {
        int c = jget(l);
        if (c >= '0' && c <= '9') cp += (c - '0') << shift;
        else if (c >= 'A' && c <= 'F') cp += (c - 'A' + 10) << shift;
        else if (c >= 'a' && c <= 'f') cp += (c - 'a' + 10) << shift;
        else return -1;
    }
    return cp;
}

/* Appends a code point as UTF-8. */
static void add_utf8(StrBuf *b, int cp)
{
    if (cp < 0x80) sb_addc(b, (char)cp);
    else if (cp <= 0x7FF) {
        sb_addc(b, (char)(0xC0 | (cp >> 6)));
        sb_addc(b, (char)(0x80 | (cp & 0x3F)));
    } else if (cp <= 0xFFFF) {
        sb_addc(b, (char)(0xE0 | (cp >> 12)));
        sb_addc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        sb_addc(b, (char)(0x80 | (cp & 0x3F)));
    } else {
        sb_addc(b, (char)(0xF0 | (cp >> 18)));
        sb_addc(b, (char)(0x80 | ((cp >> 12) & 0x3F)));
        sb_addc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        sb_addc(b, (char)(0x80 | (cp & 0x3F)));
    }
}

/* Checks the continuation bytes of a UTF-8 sequence against RANGES. */
static bool utf8_rest(JLex *l, const int *ranges, int n)
{
    sb_addc(&l->value, (char)l->current);
    for (int k = 0; k < n; k += 2) {
        int c = jget(l);
        if (c >= ranges[k] && c <= ranges[k + 1]) sb_addc(&l->value, (char)c);
        else {
            l->error = "invalid string: ill-formed UTF-8 byte";
            return false;
        }
    }
    return true;
}

/* Scans a string after its opening quote. */
static enum Tok jstring(JLex *l)
{
    jreset(l);
    for (;;) {
        int c = jget(l);
        if (c == JEOF) { l->error = "invalid string: missing closing quote"; return J_ERROR; }
        if (c == '"') return J_STR;
        if (c == '\\') {
            int e = jget(l);
            switch (e) {
            case '"': sb_addc(&l->value, '"'); break;
            case '\\': sb_addc(&l->value, '\\'); break;
            case '/': sb_addc(&l->value, '/'); break;
            case 'b': sb_addc(&l->value, '\b'); break;
            case 'f': sb_addc(&l->value, '\f'); break;
            case 'n': sb_addc(&l->value, '\n'); break;
            case 'r': sb_addc(&l->value, '\r'); break;
            case 't': sb_addc(&l->value, '\t'); break;
            case 'u': {
                int cp1 = jcodepoint(l), cp = cp1;
                if (cp1 < 0) { l->error = "invalid string: '\\u' must be followed by 4 hex digits"; return J_ERROR; }
                if (cp1 >= 0xD800 && cp1 <= 0xDBFF) {
                    if (jget(l) == '\\' && jget(l) == 'u') {
                        int cp2 = jcodepoint(l);
                        if (cp2 < 0) { l->error = "invalid string: '\\u' must be followed by 4 hex digits"; return J_ERROR; }
                        if (cp2 >= 0xDC00 && cp2 <= 0xDFFF)
                            cp = (int)(((unsigned)cp1 << 10) + (unsigned)cp2 - 0x35FDC00u);
                        else {
                            l->error = "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF";
                            return J_ERROR;
                        }
                    } else {
                        l->error = "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF";
                        return J_ERROR;
                    }
                } else if (cp1 >= 0xDC00 && cp1 <= 0xDFFF) {
                    l->error = "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF";
                    return J_ERROR;
                }
                add_utf8(&l->value, cp);
                break;
            }
            default:
                l->error = "invalid string: forbidden character after backslash";
                return J_ERROR;
            }
            continue;
        }
        if (c < 0x20) {
            const char *alt = c == 8 ? " or \\b" : c == 9 ? " or \\t" : c == 10 ? " or \\n" : c == 12 ? " or \\f" : c == 13 ? " or \\r" : "";
            l->error = gc_printf("invalid string: control character U+%04X (%s) must be escaped to \\u%04X%s",
                                 c, ctl_names[c], c, alt);
            return J_ERROR;
        }
        if (c < 0x80) {
            /* a run of plain characters goes in at once */
            size_t run = l->at;
            while (run < l->len && l->s[run] >= 0x20 && l->s[run] < 0x80 && l->s[run] != '"' && l->s[run] != '\\') run++;
            sb_add(&l->value, (const char *)l->s + l->at - 1, run - l->at + 1);
            l->chars_total += run - l->at;
            l->chars_line += run - l->at;
            l->at = run;
            continue;
        }
        static const int r2[] = {0x80, 0xBF}, e0[] = {0xA0, 0xBF, 0x80, 0xBF}, r3[] = {0x80, 0xBF, 0x80, 0xBF},
                         ed[] = {0x80, 0x9F, 0x80, 0xBF}, f0[] = {0x90, 0xBF, 0x80, 0xBF, 0x80, 0xBF},
                         r4[] = {0x80, 0xBF, 0x80, 0xBF, 0x80, 0xBF}, f4[] = {0x80, 0x8F, 0x80, 0xBF, 0x80, 0xBF};
        bool ok;
        if (c >= 0xC2 && c <= 0xDF) ok = utf8_rest(l, r2, 2);
        else if (c == 0xE0) ok = utf8_rest(l, e0, 4);
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) ok = utf8_rest(l, r3, 4);
        else if (c == 0xED) ok = utf8_rest(l, ed, 4);
        else if (c == 0xF0) ok = utf8_rest(l, f0, 6);
        else if (c >= 0xF1 && c <= 0xF3) ok = utf8_rest(l, r4, 6);
        else if (c == 0xF4) ok = utf8_rest(l, f4, 6);
        else { l->error = "invalid string: ill-formed UTF-8 byte"; ok = false; }
        if (!ok) return J_ERROR;
    }
}

/* Scans a number: integers that fit stay integers (non-negative ones as
 * unsigned, which Nix then wraps into its signed integers). */
static enum Tok jnumber(JLex *l)
{
    jreset(l);
    enum Tok type = J_UNSIGNED;
    int c = l->current;
    sb_addc(&l->value, (char)c);
    if (c == '-') {
        type = J_INTEGER;
        c = jget(l);
        if (c < '0' || c > '9') { l->error = "invalid number; expected digit after '-'"; return J_ERROR; }
        sb_addc(&l->value, (char)c);
    }
    if (c != '0')
        while ((c = jget(l)) >= '0' && c <= '9') sb_addc(&l->value, (char)c);
    else
        c = jget(l);
    if (c == '.') {
        type = J_FLOAT;
        sb_addc(&l->value, '.');
        c = jget(l);
        if (c < '0' || c > '9') { l->error = "invalid number; expected digit after '.'"; return J_ERROR; }
        sb_addc(&l->value, (char)c);
        while ((c = jget(l)) >= '0' && c <= '9') sb_addc(&l->value, (char)c);
    }
    if (c == 'e' || c == 'E') {
        type = J_FLOAT;
        sb_addc(&l->value, (char)c);
        c = jget(l);
        if (c == '+' || c == '-') {
            sb_addc(&l->value, (char)c);
            c = jget(l);
            if (c < '0' || c > '9') { l->error = "invalid number; expected digit after exponent sign"; return J_ERROR; }
        } else if (c < '0' || c > '9') {
            l->error = "invalid number; expected '+', '-', or digit after exponent";
            return J_ERROR;
        }
        sb_addc(&l->value, (char)c);
        while ((c = jget(l)) >= '0' && c <= '9') sb_addc(&l->value, (char)c);
    }
    junget(l);
    errno = 0;
    if (type == J_UNSIGNED) {
        unsigned long long x = strtoull(l->value.s, NULL, 10);
        if (errno == 0) { l->u = x; return J_UNSIGNED; }
    } else if (type == J_INTEGER) {
        long long x = strtoll(l->value.s, NULL, 10);
        if (errno == 0) { l->i = x; return J_INTEGER; }
    }
    l->f = strtod(l->value.s, NULL);
    return J_FLOAT;
}

/* Reads one of "true", "false", "null" after its first letter. */
static enum Tok jliteral(JLex *l, const char *text, enum Tok t)
{
    for (size_t i = 1; text[i]; i++)
        if (jget(l) != (unsigned char)text[i]) {
            l->error = "invalid literal";
            return J_ERROR;
        }
    return t;
}

/* The next token. */
static enum Tok jscan(JLex *l)
{
    if (l->chars_total == 0) {
        /* a byte order mark is skipped */
        if (jget(l) == 0xEF) {
            if (!(jget(l) == 0xBB && jget(l) == 0xBF)) {
                l->error = "invalid BOM; must be 0xEF 0xBB 0xBF if given";
                return J_ERROR;
            }
        } else
            junget(l);
    }
    do jget(l); while (l->current == ' ' || l->current == '\t' || l->current == '\n' || l->current == '\r');
    switch (l->current) {
    case '[': return J_BEGIN_ARRAY;
    case ']': return J_END_ARRAY;
    case '{': return J_BEGIN_OBJECT;
    case '}': return J_END_OBJECT;
    case ':': return J_NAME_SEP;
    case ',': return J_VALUE_SEP;
    case 't': return jliteral(l, "true", J_TRUE);
    case 'f': return jliteral(l, "false", J_FALSE);
    case 'n': return jliteral(l, "null", J_NULL);
    case '"': return jstring(l);
    case '-': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        return jnumber(l);
    case 0: case JEOF:
        return J_EOF;
    default:
        l->error = "invalid literal";
        return J_ERROR;
    }
}

/* "last read" text: what was read of the token, control bytes as <U+XXXX>. */
static char *token_text(JLex *l)
{
    StrBuf b = {0};
    size_t end = l->at - (l->unget && l->current != JEOF ? 1 : 0);
    for (size_t i = l->token_start; i < end; i++) {
        unsigned char c = l->s[i];
        if (c <= 0x1F) sb_printf(&b, "<U+%04X>", c);
        else sb_addc(&b, (char)c);
    }
    return b.s ? b.s : gc_strdup("");
}

/* Fails with nlohmann's syntax error for token LAST while parsing CONTEXT,
 * expecting EXPECTED (J_UNINIT: nothing in particular). */
static _Noreturn void jfail(JLex *l, enum Tok last, enum Tok expected, const char *context)
{
    StrBuf m = {0};
    sb_printf(&m, "[json.exception.parse_error.101] parse error at line %zu, column %zu: syntax error while parsing %s - ",
              l->lines + 1, l->chars_line, context);
    if (last == J_ERROR) sb_printf(&m, "%s; last read: '%s'", l->error, token_text(l));
    else sb_printf(&m, "unexpected %s", tok_names[last]);
    if (expected != J_UNINIT) sb_printf(&m, "; expected %s", tok_names[expected]);
    ev_error(ERR_EVAL, l->pos, "%s", m.s);
}

/* ---- building values ---- */

/* One open array or object while parsing. */
typedef struct JFrame {
    bool array;
    Value **items;          /* arrays: the elements */
    Attrs *attrs;           /* objects: the members so far (unsorted) */
    uint32_t n, cap;
    Sym key;
    Value *target;          /* where the finished value goes */
} JFrame;

/* The value of a scalar token. */
static void jscalar(JLex *l, enum Tok t, Value *out)
{
    switch (t) {
    case J_TRUE: mk_bool(out, true); break;
    case J_FALSE: mk_bool(out, false); break;
    case J_NULL: mk_null(out); break;
    case J_UNSIGNED: mk_int(out, (int64_t)l->u); break;
    case J_INTEGER: mk_int(out, l->i); break;
    case J_FLOAT: mk_float(out, l->f); break;
    default: {
        /* Nix copies strings as C strings: a NUL ends them */
        size_t n = strnlen(l->value.s ? l->value.s : "", l->value.len);
        mk_string_copy(out, l->value.s ? l->value.s : "", n);
        break;
    }
    }
}

/* Adds a finished value to the innermost open container. */
static void jadd(JFrame *f, Value *v)
{
    if (f->array) {
        if (f->n == f->cap) {
            f->cap = f->cap ? f->cap * 2 : 8;
            f->items = GC_REALLOC(f->items, f->cap * sizeof *f->items);
        }
        f->items[f->n++] = v;
        return;
    }
    /* a later duplicate key replaces the earlier one */
    for (uint32_t i = 0; i < f->attrs->size; i++)
        if (f->attrs->a[i].name == f->key) {
            f->attrs->a[i].value = v;
            return;
        }
    if (f->attrs->size == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 8;
        Attrs *a = attrs_alloc(f->cap);
        memcpy(a->a, f->attrs->a, f->attrs->size * sizeof *a->a);
        a->size = f->attrs->size;
        f->attrs = a;
    }
    f->attrs->a[f->attrs->size++] = (Attr){f->key, 0, v};
}

/* Closes the innermost container into its value. */
static void jclose(JFrame *f)
{
    if (f->array) {
        Value **el = mk_list(f->target, f->n);
        if (f->n) memcpy(el, f->items, f->n * sizeof *el);
    } else {
        attrs_sort(f->attrs);
        mk_attrs(f->target, f->attrs);
    }
}

/* Parses JSON text into OUT, failing as Nix 2.8 fails. */
static void parse_json(const char *s, size_t len, Value *out, PosIdx pos)
{
    JLex l = {.s = (const unsigned char *)s, .len = len, .current = JEOF, .pos = pos};
    JFrame *stack = NULL;
    uint32_t depth = 0, cap = 0;
    enum Tok t = jscan(&l);
    bool skip = false;
    Value *slot = out;
    for (;;) {
        if (!skip) {
            switch (t) {
            case J_BEGIN_OBJECT:
            case J_BEGIN_ARRAY: {
                if (depth == cap) {
                    cap = cap ? cap * 2 : 16;
                    stack = GC_REALLOC(stack, cap * sizeof *stack);
                }
                JFrame *f = &stack[depth];
                *f = (JFrame){.array = t == J_BEGIN_ARRAY, .target = slot};
                if (!f->array) f->attrs = attrs_alloc(0);
                t = jscan(&l);
                if (t == (f->array ? J_END_ARRAY : J_END_OBJECT)) {
                    jclose(f);
                    break;
                }
                depth++;
                if (!f->array) {
                    if (t != J_STR) jfail(&l, t, J_STR, "object key");
                    f->key = sym_intern(l.value.s ? l.value.s : "", l.value.len);
                    if ((t = jscan(&l)) != J_NAME_SEP) jfail(&l, t, J_NAME_SEP, "object separator");
                    t = jscan(&l);
                }
                slot = val_alloc();
                continue;
            }
            case J_FLOAT:
                if (!isfinite(l.f))
                    ev_error(ERR_EVAL, pos, "[json.exception.out_of_range.406] number overflow parsing '%s'", token_text(&l));
                jscalar(&l, t, slot);
                break;
            case J_TRUE: case J_FALSE: case J_NULL: case J_STR: case J_UNSIGNED: case J_INTEGER:
                jscalar(&l, t, slot);
                break;
            case J_ERROR:
                jfail(&l, t, J_UNINIT, "value");
            default:
                jfail(&l, t, J_LITERAL_OR_VALUE, "value");
            }
        } else
            skip = false;

        /* a value is complete */
        if (depth == 0) break;
        JFrame *f = &stack[depth - 1];
        if (slot != f->target) jadd(f, slot);
        t = jscan(&l);
        if (t == J_VALUE_SEP) {
            if (!f->array) {
                if ((t = jscan(&l)) != J_STR) jfail(&l, t, J_STR, "object key");
                f->key = sym_intern(l.value.s ? l.value.s : "", l.value.len);
                if ((t = jscan(&l)) != J_NAME_SEP) jfail(&l, t, J_NAME_SEP, "object separator");
            }
            t = jscan(&l);
            slot = val_alloc();
            continue;
        }
        if (t == (f->array ? J_END_ARRAY : J_END_OBJECT)) {
            jclose(f);
            slot = f->target;
            depth--;
            skip = true;
            continue;
        }
        jfail(&l, t, f->array ? J_END_ARRAY : J_END_OBJECT, f->array ? "array" : "object");
    }
    if ((t = jscan(&l)) != J_EOF) jfail(&l, t, J_EOF, "value");
}

/* `fromJSON s` */
PRIM(fromJSON)
{
    const char *s = ev_force_string(args[0], pos);
    Value tmp;
    parse_json(s, args[0]->len, &tmp, pos);
    *out = tmp;
}

static const PrimDef json_prims[] = {
    {"toJSON", 1, prim_toJSON, false},
    {"fromJSON", 1, prim_fromJSON, false},
};

void json_register(void)
{
    REGISTER(json_prims);
}
