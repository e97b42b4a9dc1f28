/* source.c: source texts, positions, and the code snippet under an error.
 *
 * Every source read in a run is appended to one list and given a range of
 * global offsets, so a position is a single 32-bit number. Lines and columns
 * are computed only when a position is shown. */
#include <gc/gc.h>
#include <string.h>

#include "lang.h"

static Source **sources;
static uint32_t nsources, csources;
static uint32_t next_base = 1;   /* offset 0 is "no position" */

Source *src_add(SrcKind kind, const char *path, const char *basedir,
                const char *text, size_t len)
{
    Source *s = GC_MALLOC(sizeof *s);
    s->kind = kind;
    s->path = path ? gc_strdup(path) : NULL;
    s->basedir = basedir ? gc_strdup(basedir) : NULL;
    s->text = gc_strndup(text, len);
    s->len = (uint32_t)len;
    s->base = next_base;
    next_base += (uint32_t)len + 1;
    if (nsources == csources) {
        csources = csources ? csources * 2 : 16;
        sources = GC_REALLOC(sources, csources * sizeof *sources);
    }
    sources[nsources++] = s;
    return s;
}

const Source *src_of(PosIdx p)
{
    if (!p) return NULL;
    uint32_t lo = 0, hi = nsources;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (sources[mid]->base <= p) lo = mid; else hi = mid;
    }
    if (lo < nsources && sources[lo]->base <= p && p <= sources[lo]->base + sources[lo]->len)
        return sources[lo];
    return NULL;
}

/* Builds the table of line starts. Like Nix's lexer, "\r\n" and a lone
 * "\r" both end a line. */
static void build_lines(Source *s)
{
    uint32_t n = 1;
    for (uint32_t i = 0; i < s->len; i++)
        if (s->text[i] == '\n' || (s->text[i] == '\r' && s->text[i + 1] != '\n')) n++;
    s->lines = GC_MALLOC_ATOMIC(n * sizeof *s->lines);
    s->lines[0] = 0;
    uint32_t k = 1;
    for (uint32_t i = 0; i < s->len; i++)
        if (s->text[i] == '\n' || (s->text[i] == '\r' && s->text[i + 1] != '\n'))
            s->lines[k++] = i + 1;
    s->nlines = n;
}

PosIdx src_find(const char *path, uint32_t line, uint32_t col)
{
    /* the newest source of that path: a file read again is a new source */
    for (uint32_t i = nsources; i-- > 0;) {
        Source *s = sources[i];
        if (s->kind != SRC_FILE || !s->path || strcmp(s->path, path) != 0) continue;
        if (!s->lines) build_lines(s);
        if (line == 0 || line > s->nlines || col == 0) return 0;
        uint32_t start = s->lines[line - 1];
        uint32_t end = line < s->nlines ? s->lines[line] : s->len + 1;
        if (col - 1 >= end - start) return 0;
        return s->base + start + col - 1;
    }
    return 0;
}

Loc src_loc(PosIdx p)
{
    Loc l = {0};
    Source *s = (Source *)src_of(p);
    if (!s) return l;
    if (!s->lines) build_lines(s);
    uint32_t off = p - s->base;
    uint32_t lo = 0, hi = s->nlines;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (s->lines[mid] <= off) lo = mid; else hi = mid;
    }
    l.src = s;
    l.line = lo + 1;
    l.col = off - s->lines[lo] + 1;
    return l;
}

char *src_pos_str(PosIdx p)
{
    Loc l = src_loc(p);
    if (!l.src) return gc_strdup("undefined position");
    const char *name = l.src->kind == SRC_FILE ? l.src->path : "(string)";
    return gc_printf("%s:%u:%u", name, l.line, l.col);
}

/* Finds line number LINE (from 1) the way Nix's error printer reads it:
 * in a file only lines that end in "\n" count; in a string the last,
 * unterminated piece counts too. Returns false if there is no such line. */
static bool get_line(const Source *s, uint32_t line, const char **start, size_t *len)
{
    const char *p = s->text, *end = s->text + s->len;
    for (uint32_t i = 1; i < line; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return false;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) {
        if (s->kind == SRC_FILE) return false;
        if (p == end && line > 1 && p[-1] != '\n') return false;
        nl = end;
    }
    *start = p;
    *len = (size_t)(nl - p);
    return true;
}

/* Writes one numbered code line: " NNNNN| text". */
static void put_code_line(FILE *out, const char *indent, uint32_t n, const char *s, size_t len)
{
    fprintf(out, "\n%s %5u| %.*s", indent, n, (int)len, s);
}

void src_print_snippet(FILE *out, PosIdx p, const char *indent)
{
    Loc l = src_loc(p);
    if (!l.src) return;
    const char *name = l.src->kind == SRC_FILE ? l.src->path
                     : l.src->kind == SRC_STDIN ? "«stdin»" : "«string»";
    fprintf(out, "%sat %s:%u:%u:\n", indent, name, l.line, l.col);
    const char *cur, *prev, *next;
    size_t clen, plen, nlen;
    if (l.src->hidden || !get_line(l.src, l.line, &cur, &clen)) return;
    if (l.line > 1 && get_line(l.src, l.line - 1, &prev, &plen))
        put_code_line(out, indent, l.line - 1, prev, plen);
    put_code_line(out, indent, l.line, cur, clen);
    fprintf(out, "\n%s      |%*s^", indent, (int)l.col, "");
    if (get_line(l.src, l.line + 1, &next, &nlen))
        put_code_line(out, indent, l.line + 1, next, nlen);
    fputs("\n", out);
}
