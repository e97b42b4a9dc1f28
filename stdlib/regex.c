/* regex.c: builtins.match and builtins.split.
 *
 * Nix 2.8 uses libstdc++'s std::regex with the POSIX extended grammar. Its
 * answers differ from glibc's regexec: which escapes are allowed, and above
 * all which text each group captures (it explores a backtracking automaton
 * and keeps the first of the longest matches it meets, with its own rules
 * for repetitions). This engine follows the same steps: the same scanner
 * decisions, the same automaton shape, the same depth-first exploration,
 * so that `match` and `split` give the same lists for the same input. */
#include <ctype.h>
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- the automaton ---- */

enum ROp { R_DUMMY, R_ALT, R_REPEAT, R_LINE_BEGIN, R_LINE_END, R_GROUP_BEGIN, R_GROUP_END, R_MATCH, R_ACCEPT };

typedef struct RState {
    uint8_t op;
    int32_t next, alt;          /* R_ALT: alt is tried first; R_REPEAT: alt repeats, next exits */
    uint32_t group;
    uint8_t *set;               /* R_MATCH: the 256 bytes it accepts */
} RState;

typedef struct Regex {
    RState *s;
    uint32_t n, cap;
    int32_t start;
    uint32_t ngroups;           /* including group 0 */
} Regex;

/* A regular expression error; Nix reports every kind the same way. */
typedef struct RErr {
    bool space;                 /* too many states: Nix's "memory limit" message */
} RErr;

#define STATE_LIMIT 100000

/* Adds a state; returns its index. */
static int32_t add_state(Regex *re, uint8_t op, RErr *err)
{
    if (re->n >= STATE_LIMIT) {
        err->space = true;
        return -1;
    }
    if (re->n == re->cap) {
        re->cap = re->cap ? re->cap * 2 : 32;
        re->s = GC_REALLOC(re->s, re->cap * sizeof *re->s);
    }
    re->s[re->n] = (RState){op, -1, -1, 0, NULL};
    return (int32_t)re->n++;
}

/* A fragment under construction: its first and last state. */
typedef struct Seq {
    int32_t start, end;
} Seq;

/* Links FRAG's end to state ID. */
static void seq_append(Regex *re, Seq *f, int32_t id)
{
    re->s[f->end].next = id;
    f->end = id;
}

/* Appends fragment G after F. */
static void seq_append_seq(Regex *re, Seq *f, Seq g)
{
    re->s[f->end].next = g.start;
    f->end = g.end;
}

/* ---- the scanner ---- */

enum RTok {
    K_EOF, K_CHAR, K_ANY, K_LINE_BEGIN, K_LINE_END, K_STAR, K_PLUS, K_OPT, K_OR,
    K_GROUP_BEGIN, K_GROUP_END, K_BRACKET_BEGIN, K_BRACKET_NEG_BEGIN, K_BRACKET_END,
    K_BRACKET_DASH, K_COLLSYM, K_CLASS, K_EQUIV, K_BRACE_BEGIN, K_BRACE_END, K_COUNT, K_COMMA
};

enum RScanState { S_NORMAL, S_BRACKET, S_BRACE };

typedef struct RParse {
    const char *p, *end;
    uint8_t state;
    bool bracket_start;
    enum RTok tok;
    char *val;                  /* text of K_CHAR, K_COUNT and class names */
    size_t vlen;
    Regex *re;
    RErr *err;
    bool failed;
    uint32_t open_groups[256];
    uint32_t depth;
} RParse;

#define FAIL(ps) do { (ps)->failed = true; return; } while (0)

/* Special characters of the extended grammar outside brackets. */
static const char extended_special[] = ".[\\()*+?{|^$";

/* Sets the token value to LEN bytes at S. */
static void set_val(RParse *ps, const char *s, size_t len)
{
    ps->val = gc_strndup(s, len);
    ps->vlen = len;
}

/* Reads a bracket class name up to CH']' ([:name:], [.x.], [=x=]). */
static void eat_class(RParse *ps, char ch)
{
    const char *s = ps->p;
    while (ps->p < ps->end && *ps->p != ch) ps->p++;
    set_val(ps, s, (size_t)(ps->p - s));
    if (ps->p == ps->end || *ps->p++ != ch || ps->p == ps->end || *ps->p++ != ']') ps->failed = true;
}

/* Reads the next token. */
static void advance(RParse *ps)
{
    if (ps->failed) return;
    if (ps->p == ps->end) {
        if (ps->state != S_NORMAL) ps->failed = true;   /* an unclosed [ or { */
        ps->tok = K_EOF;
        return;
    }
    char c = *ps->p++;
    if (ps->state == S_BRACKET) {
        if (c == '-') ps->tok = K_BRACKET_DASH;
        else if (c == '[') {
            if (ps->p == ps->end) FAIL(ps);
            if (*ps->p == '.') { ps->tok = K_COLLSYM; eat_class(ps, *ps->p++); }
            else if (*ps->p == ':') { ps->tok = K_CLASS; eat_class(ps, *ps->p++); }
            else if (*ps->p == '=') { ps->tok = K_EQUIV; eat_class(ps, *ps->p++); }
            else { ps->tok = K_CHAR; set_val(ps, &c, 1); }
        } else if (c == ']' && !ps->bracket_start) {
            ps->tok = K_BRACKET_END;
            ps->state = S_NORMAL;
        } else {
            ps->tok = K_CHAR;
            set_val(ps, &c, 1);
        }
        ps->bracket_start = false;
        return;
    }
    if (ps->state == S_BRACE) {
        if (c >= '0' && c <= '9') {
            const char *s = ps->p - 1;
            while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') ps->p++;
            ps->tok = K_COUNT;
            set_val(ps, s, (size_t)(ps->p - s));
        } else if (c == ',')
            ps->tok = K_COMMA;
        else if (c == '}') {
            ps->state = S_NORMAL;
            ps->tok = K_BRACE_END;
        } else
            ps->failed = true;
        return;
    }
    if (!c || !strchr(extended_special, c)) {
        ps->tok = K_CHAR;
        set_val(ps, &c, 1);
        return;
    }
    if (c == '\\') {
        /* only the special characters may be escaped */
        if (ps->p == ps->end) FAIL(ps);
        char e = *ps->p;
        if (!e || !strchr(extended_special, e)) FAIL(ps);
        ps->p++;
        ps->tok = K_CHAR;
        set_val(ps, &e, 1);
        return;
    }
    switch (c) {
    case '(': ps->tok = K_GROUP_BEGIN; break;
    case ')': ps->tok = K_GROUP_END; break;
    case '[':
        ps->state = S_BRACKET;
        ps->bracket_start = true;
        if (ps->p < ps->end && *ps->p == '^') {
            ps->tok = K_BRACKET_NEG_BEGIN;
            ps->p++;
        } else
            ps->tok = K_BRACKET_BEGIN;
        break;
    case '{': ps->state = S_BRACE; ps->tok = K_BRACE_BEGIN; break;
    case '^': ps->tok = K_LINE_BEGIN; break;
    case '$': ps->tok = K_LINE_END; break;
    case '.': ps->tok = K_ANY; break;
    case '*': ps->tok = K_STAR; break;
    case '+': ps->tok = K_PLUS; break;
    case '?': ps->tok = K_OPT; break;
    case '|': ps->tok = K_OR; break;
    default: ps->failed = true; break;
    }
}

/* Consumes the current token if it is T. */
static bool accept_tok(RParse *ps, enum RTok t)
{
    if (ps->failed || ps->tok != t) return false;
    advance(ps);
    return true;
}

/* ---- bracket expressions ---- */

/* Whether byte B is in the named class (C locale); -1 if no such class. */
static int class_has(const char *name, size_t len, int b)
{
    char lower[16];
    if (len >= sizeof lower) return -1;
    for (size_t i = 0; i < len; i++) lower[i] = (char)tolower((unsigned char)name[i]);
    lower[len] = 0;
    bool ascii = b < 128;
    if (!strcmp(lower, "alnum") ) return ascii && isalnum(b);
    if (!strcmp(lower, "alpha")) return ascii && isalpha(b);
    if (!strcmp(lower, "blank")) return b == ' ' || b == '\t';
    if (!strcmp(lower, "cntrl")) return ascii && iscntrl(b);
    if (!strcmp(lower, "digit") || !strcmp(lower, "d")) return ascii && isdigit(b);
    if (!strcmp(lower, "graph")) return ascii && isgraph(b);
    if (!strcmp(lower, "lower")) return ascii && islower(b);
    if (!strcmp(lower, "print")) return ascii && isprint(b);
    if (!strcmp(lower, "punct")) return ascii && ispunct(b);
    if (!strcmp(lower, "space") || !strcmp(lower, "s")) return ascii && isspace(b);
    if (!strcmp(lower, "upper")) return ascii && isupper(b);
    if (!strcmp(lower, "xdigit")) return ascii && isxdigit(b);
    if (!strcmp(lower, "w")) return (ascii && isalnum(b)) || b == '_';
    return -1;
}

/* POSIX collating element names ([. .] and [= =]); a single character
 * names itself. Returns the character, or -1. */
static int collate_name(const char *name, size_t len)
{
    static const char *const names[] = {
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "alert", "backspace", "tab", "newline",
        "vertical-tab", "form-feed", "carriage-return", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4",
        "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "IS4", "IS3", "IS2", "IS1", "space",
        "exclamation-mark", "quotation-mark", "number-sign", "dollar-sign", "percent-sign", "ampersand",
        "apostrophe", "left-parenthesis", "right-parenthesis", "asterisk", "plus-sign", "comma",
        "hyphen", "period", "slash", "zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "colon", "semicolon", "less-than-sign", "equals-sign", "greater-than-sign",
        "question-mark", "commercial-at", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
        "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "left-square-bracket",
        "backslash", "right-square-bracket", "circumflex", "underscore", "grave-accent", "a", "b", "c",
        "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
        "w", "x", "y", "z", "left-brace", "vertical-line", "right-brace", "tilde", "DEL",
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i]) == len && !memcmp(names[i], name, len)) return (int)i;
    if (len == 1) return (unsigned char)name[0];
    return -1;
}

/* What has been seen last in a bracket: nothing, a char, or a class. */
enum { LAST_NONE, LAST_CHAR, LAST_CLASS };

/* Adds the byte range LO-HI (compared as signed chars, as libstdc++). */
static bool add_range(uint8_t *set, char lo, char hi)
{
    if (lo > hi) return false;
    for (int b = 0; b < 256; b++) {
        char c = (char)b;
        if (lo <= c && c <= hi) set[b] = 1;
    }
    return true;
}

/* Parses a bracket expression after its [ or [^; returns a match state. */
static int32_t bracket(RParse *ps, bool neg)
{
    uint8_t *set = GC_MALLOC_ATOMIC(256);
    memset(set, 0, 256);
    int last = LAST_NONE;
    char last_ch = 0;
    if (ps->tok == K_CHAR) {
        last = LAST_CHAR;
        last_ch = ps->val[0];
        advance(ps);
    } else if (accept_tok(ps, K_BRACKET_DASH)) {
        last = LAST_CHAR;
        last_ch = '-';
    }
    for (;;) {
        if (ps->failed) return -1;
        if (accept_tok(ps, K_BRACKET_END)) break;
        if (ps->tok == K_COLLSYM) {
            int c = collate_name(ps->val, ps->vlen);
            if (c < 0) { ps->failed = true; return -1; }
            if (last == LAST_CHAR) set[(unsigned char)last_ch] = 1;
            last = LAST_CHAR;
            last_ch = (char)c;
            advance(ps);
        } else if (ps->tok == K_EQUIV) {
            int c = collate_name(ps->val, ps->vlen);
            if (c < 0) { ps->failed = true; return -1; }
            if (last == LAST_CHAR) set[(unsigned char)last_ch] = 1;
            last = LAST_CLASS;
            /* equivalence by the primary (case-folded) collation key */
            for (int b = 0; b < 256; b++)
                if (tolower(b) == tolower(c)) set[b] = 1;
            advance(ps);
        } else if (ps->tok == K_CLASS) {
            if (class_has(ps->val, ps->vlen, 'a') < 0) { ps->failed = true; return -1; }
            if (last == LAST_CHAR) set[(unsigned char)last_ch] = 1;
            last = LAST_CLASS;
            for (int b = 0; b < 256; b++)
                if (class_has(ps->val, ps->vlen, b) > 0) set[b] = 1;
            advance(ps);
        } else if (ps->tok == K_CHAR) {
            if (last == LAST_CHAR) set[(unsigned char)last_ch] = 1;
            last = LAST_CHAR;
            last_ch = ps->val[0];
            advance(ps);
        } else if (accept_tok(ps, K_BRACKET_DASH)) {
            if (accept_tok(ps, K_BRACKET_END)) {
                /* "-]": a literal dash at the end */
                if (last == LAST_CHAR) set[(unsigned char)last_ch] = 1;
                last = LAST_CHAR;
                last_ch = '-';
                break;
            }
            if (last == LAST_CLASS) { ps->failed = true; return -1; }
            if (last == LAST_CHAR) {
                char hi;
                if (ps->tok == K_CHAR) hi = ps->val[0];
                else if (ps->tok == K_BRACKET_DASH) hi = '-';
                else { ps->failed = true; return -1; }
                advance(ps);
                if (!add_range(set, last_ch, hi)) { ps->failed = true; return -1; }
                last = LAST_NONE;
            } else {
                ps->failed = true;
                return -1;
            }
        } else {
            ps->failed = true;
            return -1;
        }
    }
    if (last == LAST_CHAR) set[(unsigned char)last_ch] = 1;
    if (neg)
        for (int b = 0; b < 256; b++) set[b] = !set[b];
    int32_t id = add_state(ps->re, R_MATCH, ps->err);
    if (id < 0) { ps->failed = true; return -1; }
    ps->re->s[id].set = set;
    return id;
}

/* ---- the compiler ---- */

static Seq disjunction(RParse *ps);

/* A one-state fragment. */
static Seq single(RParse *ps, uint8_t op)
{
    int32_t id = add_state(ps->re, op, ps->err);
    if (id < 0) ps->failed = true;
    return (Seq){id, id};
}

/* A copy of fragment F with fresh states (for {n,m}). */
static Seq clone_seq(RParse *ps, Seq f)
{
    Regex *re = ps->re;
    /* the states of F are those reachable from its start up to its end */
    uint32_t n0 = re->n;
    int32_t *map = GC_MALLOC_ATOMIC(n0 * sizeof *map);
    for (uint32_t i = 0; i < n0; i++) map[i] = -1;
    int32_t *stack = GC_MALLOC_ATOMIC((n0 + 1) * sizeof *stack);
    uint32_t sp = 0;
    stack[sp++] = f.start;
    map[f.start] = -2;
    while (sp) {
        int32_t i = stack[--sp];
        if (i == f.end) continue;
        int32_t ns[2] = {re->s[i].next, re->s[i].alt};
        for (int k = 0; k < 2; k++)
            if (ns[k] >= 0 && map[ns[k]] == -1) {
                map[ns[k]] = -2;
                stack[sp++] = ns[k];
            }
    }
    for (uint32_t i = 0; i < n0; i++)
        if (map[i] == -2) {
            int32_t id = add_state(re, re->s[i].op, ps->err);
            if (id < 0) { ps->failed = true; return f; }
            map[i] = id;
        }
    for (uint32_t i = 0; i < n0; i++)
        if (map[i] >= 0) {
            RState *d = &re->s[map[i]];
            const RState *s = &re->s[i];
            d->group = s->group;
            d->set = s->set;
            d->next = s->next >= 0 && map[s->next] >= 0 && (int32_t)i != f.end ? map[s->next] : s->next;
            d->alt = s->alt >= 0 && map[s->alt] >= 0 ? map[s->alt] : s->alt;
            if ((int32_t)i == f.end) d->next = -1;
        }
    return (Seq){map[f.start], map[f.end]};
}

/* An atom: a character, `.`, a bracket expression or a group. */
static bool atom(RParse *ps, Seq *out)
{
    Regex *re = ps->re;
    if (accept_tok(ps, K_ANY)) {
        *out = single(ps, R_MATCH);
        if (ps->failed) return true;
        uint8_t *set = GC_MALLOC_ATOMIC(256);
        memset(set, 1, 256);
        set[0] = 0;
        re->s[out->start].set = set;
        return true;
    }
    if (ps->tok == K_CHAR) {
        *out = single(ps, R_MATCH);
        if (ps->failed) return true;
        uint8_t *set = GC_MALLOC_ATOMIC(256);
        memset(set, 0, 256);
        set[(unsigned char)ps->val[0]] = 1;
        re->s[out->start].set = set;
        advance(ps);
        return true;
    }
    if (accept_tok(ps, K_GROUP_BEGIN)) {
        Seq r = single(ps, R_GROUP_BEGIN);
        if (ps->failed) return true;
        uint32_t g = re->ngroups++;
        re->s[r.start].group = g;
        Seq inner = disjunction(ps);
        if (ps->failed) return true;
        if (!accept_tok(ps, K_GROUP_END)) { ps->failed = true; return true; }
        seq_append_seq(re, &r, inner);
        Seq e = single(ps, R_GROUP_END);
        if (ps->failed) return true;
        re->s[e.start].group = g;
        seq_append(re, &r, e.start);
        *out = r;
        return true;
    }
    bool neg = ps->tok == K_BRACKET_NEG_BEGIN;
    if (neg || ps->tok == K_BRACKET_BEGIN) {
        advance(ps);
        int32_t id = bracket(ps, neg);
        *out = (Seq){id, id};
        return true;
    }
    return false;
}

/* Applies any quantifiers that follow to fragment *E. */
static void quantifiers(RParse *ps, Seq *e)
{
    Regex *re = ps->re;
    for (;;) {
        if (ps->failed) return;
        if (accept_tok(ps, K_STAR)) {
            Seq r = single(ps, R_REPEAT);
            if (ps->failed) return;
            re->s[r.start].alt = e->start;
            seq_append(re, e, r.start);
            *e = r;
        } else if (accept_tok(ps, K_PLUS)) {
            Seq r = single(ps, R_REPEAT);
            if (ps->failed) return;
            re->s[r.start].alt = e->start;
            seq_append(re, e, r.start);
        } else if (accept_tok(ps, K_OPT)) {
            Seq end = single(ps, R_DUMMY), r = single(ps, R_REPEAT);
            if (ps->failed) return;
            re->s[r.start].alt = e->start;
            seq_append(re, e, end.start);
            seq_append(re, &r, end.start);
            *e = r;
        } else if (accept_tok(ps, K_BRACE_BEGIN)) {
            if (ps->tok != K_COUNT) { ps->failed = true; return; }
            long min = strtol(ps->val, NULL, 10), n = 0;
            if (ps->vlen > 9) { ps->failed = true; return; }
            advance(ps);
            bool infinite = false;
            if (accept_tok(ps, K_COMMA)) {
                if (ps->tok == K_COUNT) {
                    if (ps->vlen > 9) { ps->failed = true; return; }
                    n = strtol(ps->val, NULL, 10) - min;
                    advance(ps);
                } else
                    infinite = true;
            }
            if (!accept_tok(ps, K_BRACE_END)) { ps->failed = true; return; }
            Seq r = *e;
            Seq out = single(ps, R_DUMMY);
            if (ps->failed) return;
            for (long i = 0; i < min; i++) {
                Seq c = clone_seq(ps, r);
                if (ps->failed) return;
                seq_append_seq(re, &out, c);
            }
            if (infinite) {
                Seq c = clone_seq(ps, r);
                Seq s = single(ps, R_REPEAT);
                if (ps->failed) return;
                re->s[s.start].alt = c.start;
                seq_append(re, &c, s.start);
                seq_append(re, &out, s.start);
            } else {
                if (n < 0) { ps->failed = true; return; }
                Seq end = single(ps, R_DUMMY);
                if (ps->failed) return;
                int32_t *alts = GC_MALLOC_ATOMIC(((size_t)n + 1) * sizeof *alts);
                for (long i = 0; i < n; i++) {
                    Seq c = clone_seq(ps, r);
                    Seq a = single(ps, R_REPEAT);
                    if (ps->failed) return;
                    re->s[a.start].next = c.start;
                    re->s[a.start].alt = end.start;
                    alts[i] = a.start;
                    seq_append_seq(re, &out, (Seq){a.start, c.end});
                }
                seq_append(re, &out, end.start);
                /* "match more" is the branch tried first */
                for (long i = 0; i < n; i++) {
                    RState *s = &re->s[alts[i]];
                    int32_t t = s->next;
                    s->next = s->alt;
                    s->alt = t;
                }
            }
            *e = out;
        } else
            return;
    }
}

/* A term: an anchor, or an atom with its quantifiers. */
static bool term(RParse *ps, Seq *out)
{
    if (accept_tok(ps, K_LINE_BEGIN)) { *out = single(ps, R_LINE_BEGIN); return true; }
    if (accept_tok(ps, K_LINE_END)) { *out = single(ps, R_LINE_END); return true; }
    if (atom(ps, out)) {
        quantifiers(ps, out);
        return true;
    }
    if (ps->tok == K_STAR || ps->tok == K_PLUS || ps->tok == K_OPT || ps->tok == K_BRACE_BEGIN) {
        /* a repetition with nothing to repeat */
        ps->failed = true;
    }
    return false;
}

/* A sequence of terms (possibly empty). */
static Seq alternative(RParse *ps)
{
    ev_check_stack(0);
    Seq t;
    if (!ps->failed && term(ps, &t)) {
        if (ps->failed) return t;
        Seq rest = alternative(ps);
        if (ps->failed) return t;
        seq_append_seq(ps->re, &t, rest);
        return t;
    }
    return single(ps, R_DUMMY);
}

static Seq disjunction(RParse *ps)
{
    ev_check_stack(0);
    Seq a = alternative(ps);
    while (!ps->failed && accept_tok(ps, K_OR)) {
        Seq b = alternative(ps);
        Seq end = single(ps, R_DUMMY), alt = single(ps, R_ALT);
        if (ps->failed) return a;
        seq_append(ps->re, &a, end.start);
        seq_append(ps->re, &b, end.start);
        ps->re->s[alt.start].next = b.start;
        ps->re->s[alt.start].alt = a.start;
        a = (Seq){alt.start, end.start};
    }
    return a;
}

/* Compiles PATTERN; NULL on error (*space set if it was too large). */
static Regex *compile(const char *pattern, size_t len, bool *space)
{
    Regex *re = GC_MALLOC(sizeof *re);
    RErr err = {0};
    RParse ps = {.p = pattern, .end = pattern + len, .re = re, .err = &err};
    Seq r = single(&ps, R_GROUP_BEGIN);
    re->ngroups = 1;
    advance(&ps);
    Seq body = disjunction(&ps);
    if (!ps.failed && ps.tok != K_EOF) ps.failed = true;
    if (!ps.failed) {
        seq_append_seq(re, &r, body);
        Seq e = single(&ps, R_GROUP_END);
        Seq acc = single(&ps, R_ACCEPT);
        if (!ps.failed) {
            seq_append(re, &r, e.start);
            seq_append(re, &r, acc.start);
        }
    }
    *space = err.space;
    if (ps.failed) return NULL;
    re->start = r.start;
    return re;
}

/* ---- the executor ---- */

typedef struct Sub {
    int64_t first, second;      /* -1 when not matched */
    bool matched;
} Sub;

typedef struct Exec {
    const Regex *re;
    const unsigned char *s;
    int64_t begin, end, cur;
    bool exact, not_null, prev_avail, has_sol;
    int64_t sol_pos;
    Sub *cur_res, *res;
    struct { int64_t pos; int count; } *rep;
} Exec;

static void dfs(Exec *x, int32_t i);

/* Enters a repetition's body once more, unless that would loop forever. */
static void rep_once_more(Exec *x, int32_t i)
{
    const RState *st = &x->re->s[i];
    if (x->rep[i].count == 0 || x->rep[i].pos != x->cur) {
        int64_t bpos = x->rep[i].pos;
        int bcount = x->rep[i].count;
        x->rep[i].pos = x->cur;
        x->rep[i].count = 1;
        dfs(x, st->alt);
        x->rep[i].pos = bpos;
        x->rep[i].count = bcount;
    } else if (x->rep[i].count < 2) {
        x->rep[i].count++;
        dfs(x, st->alt);
        x->rep[i].count--;
    }
}

static void dfs(Exec *x, int32_t i)
{
    ev_check_stack(0);
    for (;;) {
        const RState *st = &x->re->s[i];
        switch ((enum ROp)st->op) {
        case R_DUMMY:
            i = st->next;
            continue;
        case R_REPEAT:
            rep_once_more(x, i);
            if (!x->has_sol) dfs(x, st->next);
            return;
        case R_GROUP_BEGIN: {
            Sub *r = &x->cur_res[st->group];
            int64_t back = r->first;
            r->first = x->cur;
            dfs(x, st->next);
            r->first = back;
            return;
        }
        case R_GROUP_END: {
            Sub *r = &x->cur_res[st->group];
            Sub back = *r;
            r->second = x->cur;
            r->matched = true;
            dfs(x, st->next);
            *r = back;
            return;
        }
        case R_LINE_BEGIN:
            if (x->cur == x->begin && !x->prev_avail) { i = st->next; continue; }
            return;
        case R_LINE_END:
            if (x->cur == x->end) { i = st->next; continue; }
            return;
        case R_MATCH:
            if (x->cur == x->end || !st->set[x->s[x->cur]]) return;
            x->cur++;
            dfs(x, st->next);
            x->cur--;
            return;
        case R_ALT: {
            /* POSIX: try both, keep the longest */
            dfs(x, st->alt);
            bool had = x->has_sol;
            x->has_sol = false;
            dfs(x, st->next);
            x->has_sol |= had;
            return;
        }
        case R_ACCEPT:
            x->has_sol = x->exact ? x->cur == x->end : true;
            if (x->cur == x->begin && x->not_null) x->has_sol = false;
            if (x->has_sol && (x->sol_pos < 0 || x->sol_pos - x->begin < x->cur - x->begin)) {
                x->sol_pos = x->cur;
                memcpy(x->res, x->cur_res, x->re->ngroups * sizeof *x->res);
            }
            return;
        }
    }
}

/* One attempt from x->begin. */
static bool attempt(Exec *x)
{
    x->cur = x->begin;
    x->has_sol = false;
    x->sol_pos = -1;
    for (uint32_t g = 0; g < x->re->ngroups; g++) x->cur_res[g] = (Sub){-1, -1, false};
    memcpy(x->res, x->cur_res, x->re->ngroups * sizeof *x->res);
    dfs(x, x->re->start);
    return x->has_sol;
}

/* Sets up an executor over S[0, LEN). */
static Exec *exec_new(const Regex *re, const char *s, size_t len)
{
    Exec *x = GC_MALLOC(sizeof *x);
    x->re = re;
    x->s = (const unsigned char *)s;
    x->end = (int64_t)len;
    x->cur_res = GC_MALLOC_ATOMIC(re->ngroups * sizeof *x->cur_res);
    x->res = GC_MALLOC_ATOMIC(re->ngroups * sizeof *x->res);
    x->rep = GC_MALLOC_ATOMIC(re->n * sizeof *x->rep);
    memset(x->rep, 0, re->n * sizeof *x->rep);
    return x;
}

/* regex_search from START (with libstdc++'s flags); the match is in x->res. */
static bool search(Exec *x, int64_t start, bool continuous, bool not_null, bool prev_avail)
{
    x->begin = start;
    x->exact = false;
    x->not_null = not_null;
    x->prev_avail = prev_avail;
    if (attempt(x)) return true;
    if (continuous) return false;
    x->prev_avail = true;
    while (x->begin != x->end) {
        x->begin++;
        if (attempt(x)) return true;
    }
    return false;
}

/* ---- the builtins ---- */

/* Compiled regular expressions by pattern, for the whole run. */
static StrTable compiled;

/* The compiled form of the string in V, failing with Nix's messages. */
static Regex *regex_of(Value *v, PosIdx pos)
{
    const char *pat = ev_force_string_noctx(v, pos);
    Regex *known = strtab_get(&compiled, pat);
    if (known) return known;
    bool space;
    Regex *re = compile(pat, v->len, &space);
    if (!re) {
        if (space) ev_error(ERR_EVAL, pos, "memory limit exceeded by regular expression '%s'", pat);
        ev_error(ERR_EVAL, pos, "invalid regular expression '%s'", pat);
    }
    strtab_put(&compiled, pat, re);
    return re;
}

/* The list of groups 1… of a match: strings, or null where unmatched. */
static void groups_list(const Exec *x, const char *s, Value *out)
{
    uint32_t n = x->re->ngroups - 1;
    Value tmp;
    Value **el = mk_list(&tmp, n);
    for (uint32_t g = 0; g < n; g++) {
        const Sub *r = &x->res[g + 1];
        el[g] = val_alloc();
        if (!r->matched) mk_null(el[g]);
        else mk_string_copy(el[g], s + r->first, (size_t)(r->second - r->first));
    }
    *out = tmp;
}

/* `match regex s`: the groups if REGEX matches all of S, else null. */
PRIM(match)
{
    Regex *re = regex_of(args[0], pos);
    const char *s = ev_force_string(args[1], pos);
    Exec *x = exec_new(re, s, args[1]->len);
    x->begin = 0;
    x->exact = true;
    if (!attempt(x)) {
        mk_null(out);
        return;
    }
    groups_list(x, s, out);
}

/* `split regex s`: [ "before" [ groups ] "between" … "after" ]. */
PRIM(split)
{
    Regex *re = regex_of(args[0], pos);
    const char *s = ev_force_string(args[1], pos);
    int64_t len = args[1]->len;
    Exec *x = exec_new(re, s, (size_t)len);
    Value **items = NULL;
    uint32_t n = 0, cap = 0;
    int64_t prefix = 0;
    bool prev_avail = false;    /* std::regex_iterator sets it after its first step */
    bool found = search(x, 0, false, false, false);
    while (found) {
        int64_t mstart = x->res[0].first, mend = x->res[0].second;
        if (n + 2 >= cap) {
            cap = cap ? cap * 2 : 8;
            items = GC_REALLOC(items, cap * sizeof *items);
        }
        items[n] = val_alloc();
        mk_string_copy(items[n++], s + prefix, (size_t)(mstart - prefix));
        items[n] = val_alloc();
        groups_list(x, s, items[n++]);
        prefix = mend;
        /* the next match, as std::regex_iterator finds it */
        int64_t start = mend;
        if (mstart == mend) {
            if (start == len) break;
            if (search(x, start, true, true, prev_avail)) continue;
            start++;
        }
        prev_avail = true;
        found = search(x, start, false, false, true);
    }
    Value tmp;
    if (n == 0) {
        Value **el = mk_list(&tmp, 1);
        el[0] = args[1];
    } else {
        Value **el = mk_list(&tmp, n + 1);
        memcpy(el, items, n * sizeof *el);
        el[n] = val_alloc();
        mk_string_copy(el[n], s + prefix, (size_t)(len - prefix));
    }
    *out = tmp;
}

static const PrimDef regex_prims[] = {
    {"match", 2, prim_match, false},
    {"split", 2, prim_split, false},
};

void regex_register(void)
{
    REGISTER(regex_prims);
}
