/* toml.c: builtins.fromTOML.
 *
 * A TOML 1.0 parser that gives the values Nix 2.8 gives (through the
 * toml11 library): integers that overflow saturate, floats that overflow
 * become the largest double, dates and times are rejected after parsing,
 * and syntax errors are reported in toml11's layout, with the line, a
 * marker under the place and toml11's wording. */
#include <errno.h>
#include <float.h>
#include <gc/gc.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- the parsed document ---- */

typedef enum { N_TABLE, N_ARRAY, N_STRING, N_INT, N_FLOAT, N_BOOL, N_DATE } NodeKind;

/* Where something is in the TOML text, for error messages. */
typedef struct Region {
    uint32_t line, col, len;    /* len 1: a point ("^---"), else "~~~" */
} Region;

typedef struct Node Node;

typedef struct Member {
    const char *key;
    Node *value;
} Member;

struct Node {
    NodeKind kind;
    Region at;                  /* where it was defined */
    /* tables */
    Member *m;
    uint32_t n, cap;
    bool inline_table;          /* { … }: closed for good */
    bool defined;               /* by a [header] (not only implicitly) */
    bool dotted;                /* made by a dotted key */
    bool array_of_tables;       /* arrays: made by [[header]] */
    /* arrays */
    Node **items;
    uint32_t nitems, citems;
    /* scalars */
    const char *s;
    size_t slen;
    int64_t i;
    double f;
    bool b;
};

typedef struct Toml {
    const char *s, *end, *p;
    const char *line_start;
    uint32_t line;
    PosIdx pos;
    Node *root, *cur;           /* the table [headers] put keys in */
} Toml;

/* ---- errors in toml11's layout ---- */

/* The text of line LINE (from 1). */
static StrView line_text(Toml *t, uint32_t line)
{
    const char *p = t->s;
    for (uint32_t i = 1; i < line && p < t->end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(t->end - p));
        p = nl ? nl + 1 : t->end;
    }
    const char *nl = memchr(p, '\n', (size_t)(t->end - p));
    const char *e = nl ? nl : t->end;
    if (e > p && e[-1] == '\r') e--;
    return (StrView){p, (size_t)(e - p)};
}

/* Fails with TITLE and up to two marked places with comments, and hints. */
static _Noreturn void terr(Toml *t, const char *title, Region r1, const char *c1, const Region *r2, const char *c2,
                           const char *hint1, const char *hint2)
{
    uint32_t maxline = r2 && r2->line > r1.line ? r2->line : r1.line;
    int w = (int)strlen(gc_printf("%u", maxline));
    StrBuf b = {0};
    sb_printf(&b, "while parsing a TOML string: [error] %s\n --> fromTOML\n%*s |", title, w + 1, "");
    for (int k = 0; k < (r2 ? 2 : 1); k++) {
        Region r = k ? *r2 : r1;
        const char *c = k ? c2 : c1;
        StrView lt = line_text(t, r.line);
        if (k) sb_adds(&b, "\n ...");
        sb_printf(&b, "\n %*u | %.*s\n%*s | %*s", w, r.line, (int)lt.len, lt.s, w + 1, "", (int)(r.col - 1), "");
        if (r.len <= 1)
            sb_adds(&b, "^---");
        else
            for (uint32_t i = 0; i < r.len && i < lt.len; i++) sb_addc(&b, '~');
        sb_printf(&b, " %s", c);
    }
    if (hint1) sb_printf(&b, "\n%*s |\nHint: %s\nHint: %s", w + 1, "", hint1, hint2);
    ev_error(ERR_EVAL, t->pos, "%s", b.s);
}

/* The region of one point at P. */
static Region here(Toml *t, const char *p)
{
    return (Region){t->line, (uint32_t)(p - t->line_start) + 1, 1};
}

/* The region from A to B on the current line. */
static Region span(Toml *t, const char *a, const char *b)
{
    return (Region){t->line, (uint32_t)(a - t->line_start) + 1, (uint32_t)(b - a)};
}

/* ---- small helpers ---- */

static Node *node(NodeKind k, Region at)
{
    Node *n = GC_MALLOC(sizeof *n);
    n->kind = k;
    n->at = at;
    return n;
}

/* The member KEY of table T, or NULL. */
static Node *tget(Node *tab, const char *key, size_t len)
{
    for (uint32_t i = 0; i < tab->n; i++)
        if (strlen(tab->m[i].key) == len && !memcmp(tab->m[i].key, key, len)) return tab->m[i].value;
    return NULL;
}

/* Adds KEY = V to table T. */
static void tput(Node *tab, const char *key, Node *v)
{
    if (tab->n == tab->cap) {
        tab->cap = tab->cap ? tab->cap * 2 : 8;
        tab->m = GC_REALLOC(tab->m, tab->cap * sizeof *tab->m);
    }
    tab->m[tab->n++] = (Member){key, v};
}

/* Appends V to array A. */
static void apush(Node *a, Node *v)
{
    if (a->nitems == a->citems) {
        a->citems = a->citems ? a->citems * 2 : 8;
        a->items = GC_REALLOC(a->items, a->citems * sizeof *a->items);
    }
    a->items[a->nitems++] = v;
}

/* Skips spaces and tabs. */
static void skip_ws(Toml *t)
{
    while (t->p < t->end && (*t->p == ' ' || *t->p == '\t')) t->p++;
}

/* Skips a comment, if any. */
static void skip_comment(Toml *t)
{
    if (t->p < t->end && *t->p == '#')
        while (t->p < t->end && *t->p != '\n') t->p++;
}

/* Consumes a newline (\n or \r\n); false if there is none. */
static bool newline(Toml *t)
{
    if (t->p < t->end && *t->p == '\r' && t->p + 1 < t->end && t->p[1] == '\n') t->p++;
    if (t->p < t->end && *t->p == '\n') {
        t->p++;
        t->line++;
        t->line_start = t->p;
        return true;
    }
    return false;
}

/* Skips whitespace, comments and newlines (inside arrays). */
static void skip_ws_nl(Toml *t)
{
    for (;;) {
        skip_ws(t);
        skip_comment(t);
        if (!newline(t)) return;
    }
}

/* ---- keys ---- */

static bool bare_key_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

static Node *value(Toml *t);
static StrView basic_string(Toml *t, bool multiline);
static StrView literal_string(Toml *t, bool multiline);

/* One key part: bare, "quoted" or 'literal'. */
static StrView key_part(Toml *t)
{
    if (t->p < t->end && *t->p == '"') return basic_string(t, false);
    if (t->p < t->end && *t->p == '\'') return literal_string(t, false);
    const char *s = t->p;
    while (t->p < t->end && bare_key_char(*t->p)) t->p++;
    return (StrView){s, (size_t)(t->p - s)};
}

typedef struct Key {
    StrView *parts;
    uint32_t n;
    const char *start, *end;
} Key;

/* A dotted key. */
static Key key(Toml *t)
{
    Key k = {0};
    k.start = t->p;
    for (;;) {
        skip_ws(t);
        const char *at = t->p;
        StrView part = key_part(t);
        if (t->p == at) {
            if (*at == '=') terr(t, "toml::parse_key_value_pair: empty key is not allowed.",
                                 here(t, t->line_start), "key expected before '='", NULL, NULL, NULL, NULL);
            terr(t, "toml::parse_key: the next token is not a key", here(t, at), "here", NULL, NULL, NULL, NULL);
        }
        k.parts = GC_REALLOC(k.parts, (k.n + 1) * sizeof *k.parts);
        k.parts[k.n++] = part;
        k.end = t->p;
        skip_ws(t);
        if (t->p < t->end && *t->p == '.') { t->p++; continue; }
        return k;
    }
}

/* ---- strings ---- */

/* Appends a code point as UTF-8. */
static void utf8(StrBuf *b, uint32_t cp)
{
    if (cp < 0x80) sb_addc(b, (char)cp);
    else if (cp < 0x800) { sb_addc(b, (char)(0xC0 | (cp >> 6))); sb_addc(b, (char)(0x80 | (cp & 0x3F))); }
    else if (cp < 0x10000) {
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

/* A "basic" string (or """multi-line""" one), escapes decoded. */
static StrView basic_string(Toml *t, bool multiline)
{
    const char *start = t->p;
    Region at = here(t, start);
    t->p += multiline ? 3 : 1;
    if (multiline) newline(t);
    StrBuf b = {0};
    for (;;) {
        if (t->p >= t->end) goto bad;
        char c = *t->p;
        if (multiline && c == '"' && t->p + 2 < t->end + 0 && t->p[1] == '"' && t->p[2] == '"') {
            /* up to two more quotes belong to the string */
            int extra = 0;
            while (t->p + 3 + extra < t->end && t->p[3 + extra] == '"' && extra < 2) extra++;
            sb_add(&b, t->p, (size_t)extra);
            t->p += 3 + extra;
            break;
        }
        if (!multiline && c == '"') { t->p++; break; }
        if (c == '\\') {
            t->p++;
            if (t->p >= t->end) goto bad;
            char e = *t->p++;
            switch (e) {
            case 'b': sb_addc(&b, '\b'); break;
            case 't': sb_addc(&b, '\t'); break;
            case 'n': sb_addc(&b, '\n'); break;
            case 'f': sb_addc(&b, '\f'); break;
            case 'r': sb_addc(&b, '\r'); break;
            case '"': sb_addc(&b, '"'); break;
            case '\\': sb_addc(&b, '\\'); break;
            case 'u': case 'U': {
                int n = e == 'u' ? 4 : 8;
                uint32_t cp = 0;
                for (int k = 0; k < n; k++) {
                    if (t->p >= t->end) goto bad;
                    char h = *t->p++;
                    int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                    if (d < 0) goto bad;
                    cp = cp * 16 + (uint32_t)d;
                }
                utf8(&b, cp);
                break;
            }
            default:
                if (multiline && (e == ' ' || e == '\t' || e == '\n' || e == '\r')) {
                    /* a line-ending backslash: drop the newline and following space */
                    t->p--;
                    skip_ws(t);
                    if (!newline(t)) goto bad;
                    while (t->p < t->end && (*t->p == ' ' || *t->p == '\t' || *t->p == '\n' || *t->p == '\r'))
                        if (!newline(t)) t->p++;
                    break;
                }
                goto bad;
            }
            continue;
        }
        if (c == '\n' || (c == '\r' && t->p + 1 < t->end && t->p[1] == '\n')) {
            if (!multiline) goto bad;
            if (c == '\r') sb_addc(&b, '\r');
            sb_addc(&b, '\n');
            newline(t);
            continue;
        }
        sb_addc(&b, c);
        t->p++;
    }
    return (StrView){b.s ? b.s : "", b.len};
bad:
    terr(t, "toml::parse_basic_string: the next token is not a valid string", at, "here", NULL, NULL, NULL, NULL);
}

/* A 'literal' string (or '''multi-line''' one), taken as it is. */
static StrView literal_string(Toml *t, bool multiline)
{
    const char *start = t->p;
    Region at = here(t, start);
    t->p += multiline ? 3 : 1;
    if (multiline) newline(t);
    StrBuf b = {0};
    for (;;) {
        if (t->p >= t->end) break;
        char c = *t->p;
        if (multiline && c == '\'' && t->p + 2 < t->end + 0 && t->p[1] == '\'' && t->p[2] == '\'') {
            int extra = 0;
            while (t->p + 3 + extra < t->end && t->p[3 + extra] == '\'' && extra < 2) extra++;
            sb_add(&b, t->p, (size_t)extra);
            t->p += 3 + extra;
            return (StrView){b.s ? b.s : "", b.len};
        }
        if (!multiline && c == '\'') {
            t->p++;
            return (StrView){b.s ? b.s : "", b.len};
        }
        if (c == '\n' || (c == '\r' && t->p + 1 < t->end && t->p[1] == '\n')) {
            if (!multiline) break;
            if (c == '\r') sb_addc(&b, '\r');
            sb_addc(&b, '\n');
            newline(t);
            continue;
        }
        sb_addc(&b, c);
        t->p++;
    }
    terr(t, "toml::parse_literal_string: the next token is not a valid string", at, "here", NULL, NULL, NULL, NULL);
}

/* ---- numbers, booleans, dates ---- */

static const char *const int_hints[2] = {"pass: -42, 1_000, 1_2_3_4_5, 0xC0FFEE, 0b0010, 0o755", "fail: 1__000, 0123"};
static const char *const float_hints[2] = {"pass: +1.0, -2e-2, 3.141_592_653_589, inf, nan", "fail: .0, 1., _1.0, 1.0_, 1_.0, 1.0__0"};

/* Digits of BASE with single underscores between them; returns the text
 * without underscores, or NULL. */
static char *digits(Toml *t, int base, bool *bad)
{
    StrBuf b = {0};
    const char *s = t->p;
    bool last_us = true;
    for (; t->p < t->end; t->p++) {
        char c = *t->p;
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (c == '_') {
            if (last_us) { *bad = true; break; }
            last_us = true;
            continue;
        }
        if (d < 0 || d >= base) break;
        sb_addc(&b, c);
        last_us = false;
    }
    if (t->p > s && last_us) *bad = true;
    return b.s;
}

/* Whether the text at P looks like a date or a time. */
static bool looks_like_date(const char *p, const char *end)
{
    int n = 0;
    while (p + n < end && p[n] >= '0' && p[n] <= '9') n++;
    return (n == 4 && p + 4 < end && p[4] == '-') || (n == 2 && p + 2 < end && p[2] == ':');
}

/* Skips the text of a date, time or date-time. */
static void skip_date(Toml *t)
{
    while (t->p < t->end) {
        char c = *t->p;
        if ((c >= '0' && c <= '9') || c == '-' || c == ':' || c == '.' || c == 'T' || c == 't' || c == 'Z' || c == 'z' || c == '+')
            t->p++;
        else if (c == ' ' && t->p + 1 < t->end && t->p[1] >= '0' && t->p[1] <= '9' && t->p > t->line_start && t->p[-1] >= '0' && t->p[-1] <= '9' && t->p + 3 < t->end && t->p[3] == ':')
            t->p++;   /* "1979-05-27 07:32:00" */
        else
            break;
    }
}

/* A number: an integer in any base, or a float (saturating as toml11). */
static Node *number(Toml *t)
{
    const char *s = t->p;
    Region at = here(t, s);
    bool neg = false, sign = false;
    if (*t->p == '+' || *t->p == '-') {
        neg = *t->p == '-';
        sign = true;
        t->p++;
    }
    if (t->end - t->p >= 3 && (!memcmp(t->p, "inf", 3) || !memcmp(t->p, "nan", 3))) {
        bool inf = t->p[0] == 'i';
        t->p += 3;
        Node *n = node(N_FLOAT, at);
        n->f = inf ? (neg ? -INFINITY : INFINITY) : (neg ? -NAN : NAN);
        return n;
    }
    if (!sign && t->p + 1 < t->end && t->p[0] == '0' && (t->p[1] == 'x' || t->p[1] == 'o' || t->p[1] == 'b')) {
        int base = t->p[1] == 'x' ? 16 : t->p[1] == 'o' ? 8 : 2;
        t->p += 2;
        bool bad = false;
        char *d = digits(t, base, &bad);
        if (bad || !d) terr(t, "bad integer: invalid format", at, "here", NULL, NULL, int_hints[0], int_hints[1]);
        errno = 0;
        unsigned long long v = strtoull(d, NULL, base);
        Node *n = node(N_INT, at);
        n->i = errno || v > (unsigned long long)INT64_MAX ? INT64_MAX : (int64_t)v;
        return n;
    }
    bool bad = false;
    const char *int_start = t->p;
    char *ip = digits(t, 10, &bad);
    if (!ip) terr(t, "bad integer: invalid format", at, "here", NULL, NULL, int_hints[0], int_hints[1]);
    bool is_float = false;
    StrBuf text = {0};
    if (neg) sb_addc(&text, '-');
    sb_adds(&text, ip);
    if (t->p < t->end && *t->p == '.') {
        is_float = true;
        t->p++;
        sb_addc(&text, '.');
        if (t->p >= t->end || *t->p < '0' || *t->p > '9')
            terr(t, "bad float: invalid format", here(t, t->p - 1), "here", NULL, NULL, float_hints[0], float_hints[1]);
        char *fp = digits(t, 10, &bad);
        sb_adds(&text, fp ? fp : "");
    }
    if (t->p < t->end && (*t->p == 'e' || *t->p == 'E')) {
        is_float = true;
        t->p++;
        sb_addc(&text, 'e');
        if (t->p < t->end && (*t->p == '+' || *t->p == '-')) sb_addc(&text, *t->p++);
        char *ep = digits(t, 10, &bad);
        if (!ep) terr(t, "bad float: invalid format", here(t, s), "here", NULL, NULL, float_hints[0], float_hints[1]);
        sb_adds(&text, ep);
    }
    if (bad)
        terr(t, is_float ? "bad float: invalid format" : "bad integer: invalid format", at, "here", NULL, NULL,
             is_float ? float_hints[0] : int_hints[0], is_float ? float_hints[1] : int_hints[1]);
    if (ip[0] == '0' && ip[1] && int_start[0] == '0')
        terr(t, is_float ? "bad float: leading zero" : "bad integer: leading zero", at, "here", NULL, NULL,
             is_float ? float_hints[0] : int_hints[0], is_float ? float_hints[1] : int_hints[1]);
    if (is_float) {
        Node *n = node(N_FLOAT, at);
        errno = 0;
        n->f = strtod(text.s, NULL);
        if (errno == ERANGE && isinf(n->f)) n->f = n->f > 0 ? DBL_MAX : -DBL_MAX;
        return n;
    }
    Node *n = node(N_INT, at);
    errno = 0;
    long long v = strtoll(text.s, NULL, 10);
    n->i = (int64_t)v;   /* strtoll saturates on overflow, as toml11 does */
    return n;
}

/* ---- values ---- */

static Node *inline_table(Toml *t);

/* An array: [ v, v, … ] over any number of lines. */
static Node *array(Toml *t)
{
    Node *a = node(N_ARRAY, here(t, t->p));
    t->p++;
    for (;;) {
        skip_ws_nl(t);
        if (t->p < t->end && *t->p == ']') { t->p++; return a; }
        apush(a, value(t));
        skip_ws_nl(t);
        if (t->p < t->end && *t->p == ',') { t->p++; continue; }
        if (t->p < t->end && *t->p == ']') { t->p++; return a; }
        terr(t, "toml::parse_array: missing array separator `,` after a value", here(t, t->p), "should be `,`",
             NULL, NULL, NULL, NULL);
    }
}

/* Places VALUE at KEY under TAB (creating tables for a dotted key);
 * reports toml11's errors for values defined twice. */
static void insert(Toml *t, Node *tab, Key k, Node *v)
{
    for (uint32_t i = 0; i + 1 < k.n; i++) {
        Node *sub = tget(tab, k.parts[i].s, k.parts[i].len);
        if (!sub) {
            sub = node(N_TABLE, span(t, k.start, k.end));
            sub->dotted = true;
            tput(tab, gc_strndup(k.parts[i].s, k.parts[i].len), sub);
        } else if (sub->kind != N_TABLE) {
            Region r = v->at;
            terr(t, gc_printf("toml::insert_value: value (\"%.*s\") already exists.", (int)k.parts[i].len, k.parts[i].s),
                 sub->at, "value already exists here", &r, "value defined twice", NULL, NULL);
        } else if (sub->inline_table) {
            Region r = v->at;
            terr(t, gc_printf("toml::insert_value: inserting to an inline table (%.*s) but inline tables are immutable",
                              (int)k.parts[i].len, k.parts[i].s),
                 sub->at, "inline tables are immutable", &r, "inserting this", NULL, NULL);
        }
        tab = sub;
    }
    StrView last = k.parts[k.n - 1];
    Node *old = tget(tab, last.s, last.len);
    if (old) {
        Region r = v->at;
        terr(t, gc_printf("toml::insert_value: value (\"%.*s\") already exists.", (int)last.len, last.s),
             old->at, "value already exists here", &r, "value defined twice", NULL, NULL);
    }
    tput(tab, gc_strndup(last.s, last.len), v);
}

/* { k = v, … } on one line. */
static Node *inline_table(Toml *t)
{
    const char *start = t->p;
    Node *tab = node(N_TABLE, here(t, start));
    t->p++;
    skip_ws(t);
    if (t->p < t->end && *t->p == '}') {
        t->p++;
        tab->at = span(t, start, t->p);
        tab->inline_table = true;
        return tab;
    }
    for (;;) {
        skip_ws(t);
        if (t->p < t->end && *t->p == '}')
            terr(t, "toml::parse_inline_table: trailing comma is not allowed in an inline table", here(t, t->p),
                 "should be `}`", NULL, NULL, NULL, NULL);
        Key k = key(t);
        if (t->p >= t->end || *t->p != '=')
            terr(t, "toml::parse_key_value_pair: missing key-value separator `=`", here(t, t->p), "should be `=`",
                 NULL, NULL, NULL, NULL);
        t->p++;
        skip_ws(t);
        insert(t, tab, k, value(t));
        skip_ws(t);
        if (t->p < t->end && *t->p == ',') { t->p++; continue; }
        if (t->p < t->end && *t->p == '}') { t->p++; break; }
        terr(t, "toml::parse_inline_table: missing curly brace `}`", here(t, t->p), "should be `}`", NULL, NULL,
             NULL, NULL);
    }
    tab->at = span(t, start, t->p);
    tab->inline_table = true;
    return tab;
}

/* Any value. */
static Node *value(Toml *t)
{
    if (t->p >= t->end || *t->p == '\n' || *t->p == '\r' || *t->p == '#')
        terr(t, "toml::parse_key_value_pair: missing value after key-value separator '='", here(t, t->p),
             "expected value, but got nothing", NULL, NULL, NULL, NULL);
    const char *s = t->p;
    Region at = here(t, s);
    char c = *s;
    if (c == '"') {
        bool ml = t->end - s >= 3 && s[1] == '"' && s[2] == '"';
        StrView v = basic_string(t, ml);
        Node *n = node(N_STRING, at);
        n->s = v.s;
        n->slen = v.len;
        return n;
    }
    if (c == '\'') {
        bool ml = t->end - s >= 3 && s[1] == '\'' && s[2] == '\'';
        StrView v = literal_string(t, ml);
        Node *n = node(N_STRING, at);
        n->s = v.s;
        n->slen = v.len;
        return n;
    }
    if (c == '[') return array(t);
    if (c == '{') return inline_table(t);
    if (c == 't' || c == 'f') {
        Node *n = node(N_BOOL, at);
        if (t->end - s >= 4 && !memcmp(s, "true", 4)) { t->p += 4; n->b = true; return n; }
        if (t->end - s >= 5 && !memcmp(s, "false", 5)) { t->p += 5; n->b = false; return n; }
        terr(t, "toml::parse_boolean: ", at, "the next token is not a boolean", NULL, NULL, NULL, NULL);
    }
    if (looks_like_date(s, t->end)) {
        skip_date(t);
        return node(N_DATE, at);
    }
    if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == 'i' || c == 'n') return number(t);
    terr(t, "toml::parse_value: unknown token appeared", at, "unknown", NULL, NULL, NULL, NULL);
}

/* ---- the document ---- */

/* A [header] or [[header]]: makes it the table keys go into. */
static void header(Toml *t)
{
    const char *start = t->p;
    bool aot = t->end - t->p >= 2 && t->p[1] == '[';
    t->p += aot ? 2 : 1;
    Key k = key(t);
    if (aot) {
        if (t->end - t->p < 2 || t->p[0] != ']' || t->p[1] != ']')
            terr(t, "toml::parse_array_table: expected `]]`", here(t, t->p), "should be `]]`", NULL, NULL, NULL, NULL);
        t->p += 2;
    } else {
        if (t->p >= t->end || *t->p != ']')
            terr(t, "toml::parse_table_key: expected `]`", here(t, t->p), "should be `]`", NULL, NULL, NULL, NULL);
        t->p++;
    }
    Region at = span(t, start, t->p);
    Node *tab = t->root;
    for (uint32_t i = 0; i < k.n; i++) {
        StrView part = k.parts[i];
        bool last = i + 1 == k.n;
        Node *sub = tget(tab, part.s, part.len);
        if (last && aot) {
            if (!sub) {
                sub = node(N_ARRAY, at);
                sub->array_of_tables = true;
                tput(tab, gc_strndup(part.s, part.len), sub);
            } else if (sub->kind != N_ARRAY || !sub->array_of_tables)
                terr(t, gc_printf("toml::insert_value: array of table (\"%.*s\") cannot be defined", (int)part.len, part.s),
                     sub->at, "table already defined", &at, "this conflicts with the previous table", NULL, NULL);
            Node *elem = node(N_TABLE, at);
            elem->defined = true;
            apush(sub, elem);
            tab = elem;
            continue;
        }
        if (!sub) {
            sub = node(N_TABLE, at);
            tput(tab, gc_strndup(part.s, part.len), sub);
        } else if (sub->kind == N_ARRAY && sub->array_of_tables && !last) {
            tab = sub->items[sub->nitems - 1];
            continue;
        } else if (sub->kind != N_TABLE || sub->inline_table) {
            terr(t, gc_printf("toml::insert_value: value (\"%.*s\") already exists.", (int)part.len, part.s),
                 sub->at, "value already exists here", &at, "value defined twice", NULL, NULL);
        } else if (last && (sub->defined || sub->dotted)) {
            terr(t, gc_printf("toml::insert_value: table (\"%.*s\") already exists.", (int)part.len, part.s),
                 sub->at, "table already exists here", &at, "table defined twice", NULL, NULL);
        }
        if (last) {
            sub->defined = true;
            sub->at = at;
        }
        tab = sub;
    }
    t->cur = tab;
}

/* Parses a whole document. */
static Node *parse(Toml *t)
{
    t->root = t->cur = node(N_TABLE, (Region){1, 1, 1});
    for (;;) {
        skip_ws(t);
        skip_comment(t);
        if (t->p >= t->end) return t->root;
        if (newline(t)) continue;
        if (*t->p == '[')
            header(t);
        else {
            Key k = key(t);
            if (t->p >= t->end || *t->p != '=')
                terr(t, "toml::parse_key_value_pair: missing key-value separator `=`", here(t, t->p), "should be `=`",
                     NULL, NULL, NULL, NULL);
            t->p++;
            skip_ws(t);
            insert(t, t->cur, k, value(t));
        }
        skip_ws(t);
        skip_comment(t);
        if (t->p >= t->end) return t->root;
        if (!newline(t)) {
            char c = *t->p;
            terr(t, "toml::parse_table: invalid line format", here(t, t->p),
                 gc_printf("expected newline, but got '%c'.", c), NULL, NULL, NULL, NULL);
        }
    }
}

/* Converts a parsed node to a Nix value; dates are an error. */
static void to_value(Toml *t, Node *n, Value *out)
{
    ev_check_stack(t->pos);
    switch (n->kind) {
    case N_TABLE: {
        Attrs *a = attrs_alloc(n->n);
        for (uint32_t i = 0; i < n->n; i++) {
            Value *v = val_alloc();
            to_value(t, n->m[i].value, v);
            a->a[a->size++] = (Attr){sym_cstr(n->m[i].key), 0, v};
        }
        attrs_sort(a);
        mk_attrs(out, a);
        break;
    }
    case N_ARRAY: {
        Value **el = mk_list(out, n->nitems);
        Value **tmp = GC_MALLOC((n->nitems + 1) * sizeof *tmp);
        for (uint32_t i = 0; i < n->nitems; i++) {
            tmp[i] = val_alloc();
            to_value(t, n->items[i], tmp[i]);
        }
        if (out->len > 2) el = out->elems;
        memcpy(el, tmp, n->nitems * sizeof *el);
        break;
    }
    case N_STRING:
        /* Nix copies the text as a C string: a NUL ends it */
        mk_string_copy(out, n->s, strnlen(n->s, n->slen));
        break;
    case N_INT: mk_int(out, n->i); break;
    case N_FLOAT: mk_float(out, n->f); break;
    case N_BOOL: mk_bool(out, n->b); break;
    case N_DATE: ev_error(ERR_EVAL, t->pos, "while parsing a TOML string: Dates and times are not supported");
    }
}

/* `fromTOML s` */
PRIM(fromTOML)
{
    const char *s = ev_force_string_noctx(args[0], pos);
    Toml t = {.s = s, .end = s + args[0]->len, .p = s, .line_start = s, .line = 1, .pos = pos};
    Node *root = parse(&t);
    Value tmp;
    to_value(&t, root, &tmp);
    *out = tmp;
}

static const PrimDef toml_prims[] = {
    {"fromTOML", 1, prim_fromTOML, true},
};

void toml_register(void)
{
    REGISTER(toml_prims);
}
