/* error.c: raising, catching and printing evaluation errors.
 *
 * One chain of protected-call points (Catch), entered with setjmp. A throw
 * restores the thunks that were being forced, snapshots the trace frames if
 * the catcher wants them, and jumps. Messages are printed in Nix 2.8's
 * layout: "error: …", a blank line, "at FILE:L:C:" with the code, then the
 * "… while evaluating" lines. */
#include <gc/gc.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

EvState ev;

void ev_try_enter(Catch *c, uint32_t mask)
{
    c->mask = mask;
    c->prev = ev.catches;
    c->frames = ev.frames;
    c->force_depth = ev.nforcing;
    c->err = NULL;
    ev.catches = c;
}

void ev_untry(Catch *c)
{
    ev.catches = c->prev;
}

/* Describes one frame as trace lines; returns how many it added. */
static uint32_t frame_lines(const Frame *f, TraceLine *out)
{
    switch ((FrameKind)f->kind) {
    case FR_CALL: {
        const ExprLambda *l = f->a;
        out[0].msg = l->name ? gc_printf("while evaluating '%s'", sym_str(l->name))
                             : gc_strdup("while evaluating anonymous lambda");
        out[0].pos = l->h.pos;
        out[1].msg = gc_strdup("from call site");
        out[1].pos = f->pos;
        return 2;
    }
    case FR_SELECT: {
        if (!f->pos) return 0;
        const ExprSelect *s = f->a;
        char *path = gc_strdup("");
        for (uint32_t i = 0; i < s->n; i++)
            path = gc_printf("%s%s%s", path, i ? "." : "",
                             s->path[i].sym ? sym_show(s->path[i].sym)
                                            : gc_printf("\"${%s}\"", ast_show_str(s->path[i].dyn)));
        out[0].msg = gc_printf("while evaluating the attribute '%s'", path);
        out[0].pos = f->pos;
        return 1;
    }
    case FR_ATTR:
        out[0].msg = gc_printf("while evaluating the attribute '%s'", sym_show((Sym)(uintptr_t)f->a));
        out[0].pos = f->pos;
        return 1;
    case FR_FILE:
        out[0].msg = gc_printf("while evaluating the file '%s':", (const char *)f->a);
        out[0].pos = 0;   /* Nix names the file without a position */
        return 1;
    case FR_NOTE:
        out[0].msg = gc_strdup((const char *)f->a);
        out[0].pos = f->pos;
        return 1;
    }
    return 0;
}

/* Most frames a trace keeps: the innermost and outermost halves of a
 * longer chain (a stack overflow has a million) with a note between. */
#define TRACE_KEEP 1000

/* Appends the frames between the throw point and STOP to the error's
 * trace (an error rethrown by a handler gets the outer frames too). */
static void snapshot_trace(EvError *e, const Frame *stop)
{
    uint32_t n = 0;
    for (const Frame *f = ev.frames; f && f != stop; f = f->prev) n++;
    if (!n) return;
    uint32_t keep = n > TRACE_KEEP ? TRACE_KEEP : n;
    TraceLine *t = GC_MALLOC((e->ntrace + 2 * keep + 1) * sizeof *t);
    if (e->ntrace) memcpy(t, e->trace, e->ntrace * sizeof *t);
    e->trace = t;
    uint32_t i = 0;
    for (const Frame *f = ev.frames; f && f != stop; f = f->prev, i++) {
        if (n > TRACE_KEEP && i == TRACE_KEEP / 2)
            e->trace[e->ntrace++] = (TraceLine){gc_printf("(%u more frames)", n - TRACE_KEEP), 0};
        if (n > TRACE_KEEP && i >= TRACE_KEEP / 2 && i < n - TRACE_KEEP / 2) continue;
        e->ntrace += frame_lines(f, e->trace + e->ntrace);
    }
}

void ev_error_add_trace(EvError *e, const char *msg, PosIdx pos)
{
    TraceLine *t = GC_MALLOC((e->ntrace + 1) * sizeof *t);
    if (e->ntrace) memcpy(t, e->trace, e->ntrace * sizeof *t);
    t[e->ntrace++] = (TraceLine){gc_strdup(msg), pos};
    e->trace = t;
}

_Noreturn void ev_throw(EvError *e)
{
    /* An error without a position of its own is reported where the nearest
     * enclosing frame (or the top-level expression) is. */
    if (!e->pos) {
        for (const Frame *f = ev.frames; f && !e->pos; f = f->prev) e->pos = f->pos;
        if (!e->pos) e->pos = ev.top_pos;
    }
    Catch *c = ev.catches;
    while (c && !(c->mask & (1u << e->kind))) c = c->prev;
    if (!c) {
        snapshot_trace(e, NULL);
        ev_print_error(stderr, e);
        exit(1);
    }
    if (c->want_trace) snapshot_trace(e, c->frames);
    /* Thunks under evaluation become thunks again, so that forcing them
     * later repeats the error instead of reporting infinite recursion. */
    ev_restore_forcing(c->force_depth);
    ev.frames = c->frames;
    ev.catches = c->prev;
    c->err = e;
    longjmp(c->jb, 1);
}

/* Builds an error from a printf-style message. */
static EvError *make_error(ErrKind kind, PosIdx pos, const char *hint, const char *fmt, va_list ap)
{
    EvError *e = GC_MALLOC(sizeof *e);
    e->msg = gc_vprintf(fmt, ap);
    e->kind = kind;
    e->pos = pos;
    e->hint = hint ? gc_strdup(hint) : NULL;
    return e;
}

_Noreturn void ev_error(ErrKind kind, PosIdx pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    EvError *e = make_error(kind, pos, NULL, fmt, ap);
    va_end(ap);
    ev_throw(e);
}

_Noreturn void ev_type_error(PosIdx pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    EvError *e = make_error(ERR_TYPE, pos, NULL, fmt, ap);
    va_end(ap);
    ev_throw(e);
}

_Noreturn void ev_error_hint(ErrKind kind, PosIdx pos, const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    EvError *e = make_error(kind, pos, hint, fmt, ap);
    va_end(ap);
    ev_throw(e);
}

/* ---- printing ---- */

/* Writes "at …" and the code lines for POS, after a blank line. */
static void put_pos(FILE *out, PosIdx pos)
{
    if (!src_of(pos)) return;
    fputc('\n', out);
    src_print_snippet(out, pos, "");
}

/* Whether OUT is a terminal that shows colours (as Nix's shouldANSI). */
static bool wants_colour(FILE *out)
{
    const char *term = getenv("TERM");
    return isatty(fileno(out)) && term && strcmp(term, "dumb") != 0 && !getenv("NO_COLOR");
}

void ev_log_text(FILE *out, const char *s, size_t len)
{
    /* As Nix's filterANSIEscapes: escape sequences go (only colour ones
     * stay, on a terminal), a tab becomes spaces up to the next multiple
     * of 8 characters counted from the start of the message, \r and \a
     * go; a UTF-8 sequence counts as one character. */
    bool keep = wants_colour(out);
    StrBuf t = {0};
    size_t w = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0x1b) {
            size_t start = i++;
            char last = 0;
            if (i < len && s[i] == '[') {
                i++;
                while (i < len && s[i] >= 0x30 && s[i] <= 0x3f) i++;
                while (i < len && s[i] >= 0x20 && s[i] <= 0x2f) i++;
                if (i < len && s[i] >= 0x40 && s[i] <= 0x7e) last = s[i++];
            } else if (i < len && s[i] >= 0x40 && s[i] <= 0x5f) i++;
            if (keep && last == 'm') sb_add(&t, s + start, i - start);
        } else if (c == '\t') {
            i++;
            sb_addc(&t, ' ');
            w++;
            while (w % 8) { sb_addc(&t, ' '); w++; }
        } else if (c == '\r' || c == '\a') {
            i++;
        } else {
            size_t n = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 1;
            sb_addc(&t, (char)c);
            i++;
            for (size_t k = 1; k < n && i < len && ((unsigned char)s[i] & 0xc0) == 0x80; k++) sb_addc(&t, s[i++]);
            w++;
        }
    }
    sb_addc(&t, '\n');
    fwrite(t.s, 1, t.len, out);
}

/* Appends TEXT with the first line prefixed by "error: " and the rest by
 * seven spaces, each line without trailing blanks, as Nix lays it out. */
static void put_indented(StrBuf *b, const char *text, size_t len)
{
    while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == ' ' || text[len - 1] == '\t'))
        len--;
    bool first = true;
    size_t i = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && text[j] != '\n') j++;
        size_t end = j;
        while (end > i && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) end--;
        if (!first) sb_addc(b, '\n');
        if (end > i) {
            sb_adds(b, first ? "error: " : "       ");
            sb_add(b, text + i, end - i);
        } else if (first) sb_adds(b, "error:");
        first = false;
        i = j + 1;
    }
}

void ev_print_error(FILE *out, const EvError *e)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    fprintf(m, "%s\n", e->msg);
    put_pos(m, e->pos);
    if (e->hint) fprintf(m, "Did you mean %s?\n", e->hint);
    /* Without --show-trace: at most max_trace lines, and none inside
     * nomix's own Nix code (lib, modules), which says nothing about the
     * user's files, and no "from call site" without a site; messages from
     * addErrorContext have no position and stay. */
    uint32_t shown = 0;
    for (uint32_t i = 0; i < e->ntrace; i++) {
        const Source *s = src_of(e->trace[i].pos);
        bool bare_call = !s && strcmp(e->trace[i].msg, "from call site") == 0;
        if (!ev.show_trace && ((int)shown >= ev.max_trace || (s && s->library) || bare_call)) continue;
        fprintf(m, "\n… %s\n", e->trace[i].msg);
        put_pos(m, e->trace[i].pos);
        shown++;
    }
    if (shown < e->ntrace)
        fprintf(m, "\n(%u more lines of trace; use '--show-trace' to see them all)\n", e->ntrace - shown);
    fclose(m);
    StrBuf text = {0};
    put_indented(&text, buf, len);
    free(buf);
    ev_log_text(out, text.s ? text.s : "", text.len);
    fflush(out);
}

/* ---- suggestions ---- */

/* Levenshtein distance between two strings. */
static int distance(const char *a, const char *b)
{
    size_t m = strlen(a), n = strlen(b);
    int *v0 = malloc((n + 1) * sizeof *v0), *v1 = malloc((n + 1) * sizeof *v1);
    for (size_t i = 0; i <= n; i++) v0[i] = (int)i;
    for (size_t i = 0; i < m; i++) {
        v1[0] = (int)i + 1;
        for (size_t j = 0; j < n; j++) {
            int del = v0[j + 1] + 1, ins = v1[j] + 1, sub = v0[j] + (a[i] != b[j]);
            int best = del < ins ? del : ins;
            v1[j + 1] = sub < best ? sub : best;
        }
        int *t = v0; v0 = v1; v1 = t;
    }
    int d = v0[n];
    free(v0);
    free(v1);
    return d;
}

typedef struct Cand {
    int d;
    const char *s;
} Cand;

/* Orders candidates by distance, then by text. */
static int cand_cmp(const void *x, const void *y)
{
    const Cand *a = x, *b = y;
    if (a->d != b->d) return a->d - b->d;
    return strcmp(a->s, b->s);
}

char *ev_suggest(const char *name, const char *const *candidates, uint32_t n)
{
    Cand *c = malloc((n + 1) * sizeof *c);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        int d = distance(name, candidates[i]);
        if (d <= 2) c[k++] = (Cand){d, candidates[i]};
    }
    qsort(c, k, sizeof *c, cand_cmp);
    /* drop duplicates, keep at most five */
    uint32_t m = 0;
    for (uint32_t i = 0; i < k && m < 5; i++)
        if (m == 0 || strcmp(c[m - 1].s, c[i].s) != 0) c[m++] = c[i];
    char *r = NULL;
    if (m == 1) r = gc_strdup(c[0].s);
    else if (m > 1) {
        r = gc_printf("one of %s", c[0].s);
        for (uint32_t i = 1; i < m; i++) r = gc_printf("%s%s%s", r, i == m - 1 ? " or " : ", ", c[i].s);
    }
    free(c);
    return r;
}
