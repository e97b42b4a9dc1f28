/* textdiff.c: the line difference of two texts, printed as a unified diff.
 *
 * The comparison is Myers' O(ND) algorithm ("An O(ND) Difference Algorithm
 * and its Variations", 1986, section 4.2: the linear-space variant that
 * searches from both ends for the middle snake and recurses on the two
 * halves). Among the many shortest edit scripts of two texts it picks the
 * one GNU diff picks, because the steps around it are GNU diff's too:
 *
 *   1. the common prefix and suffix are set aside, keeping as many of
 *      their lines as there are lines of context (GNU's "horizon"), and
 *      only the lines between are compared;
 *   2. lines that match no line of the other text are taken out of the
 *      comparison beforehand (they are certainly inserted or deleted),
 *      as are lines that match very many and stand among such lines;
 *   3. the middle-snake search gives up on extremely costly inputs
 *      (more than max(4096, ~sqrt(N)) edit steps) and splits at the best
 *      point found, as GNU does without --minimal;
 *   4. each run of changed lines is then slid up or down over equal lines
 *      so that runs merge, and otherwise sits as low as it can, or lines
 *      up with a run in the other text.
 *
 * Hunks are built as `diff -u` builds them: changes closer than twice the
 * context are one hunk, ranges are written "start,count" (just "start"
 * for one line, "line-before,0" for none), and a last line without a
 * newline is followed by "\ No newline at end of file". */
#include <gc/gc.h>
#include <stdint.h>
#include <string.h>

#include "textdiff.h"

/* A line number, a count of lines, or a diagonal: signed. */
typedef ptrdiff_t Lin;

/* One of the two texts being compared. */
typedef struct Side {
    const char *buf;    /* the text, with a newline added if it lacked one */
    Lin n;              /* bytes in buf */
    bool missing_nl;    /* the text's last line has no newline of its own */
    Lin nlines;         /* lines of the whole text */
    Lin *start;         /* start[k]: offset of line k; start[nlines] == n */
    Lin prefix;         /* lines before the compared part */
    Lin body;           /* lines compared */
    Lin *eq;            /* equivalence class of each compared line */
    bool *changed;      /* each compared line inserted or deleted; [-1] and [body] stay false */
    Lin *undisc;        /* classes of the compared lines not discarded */
    Lin *real;          /* their indexes among the compared lines */
    Lin nundisc;
} Side;

/* One change: DEL lines deleted at LINE0 of the old text, INS inserted at
 * LINE1 of the new one (lines of the whole texts, from 0). */
typedef struct Change {
    Lin line0, line1, del, ins;
} Change;

/* The state of the middle-snake search. */
typedef struct Search {
    const Lin *xv, *yv;     /* the sequences compared (equivalence classes) */
    Lin *fd, *bd;           /* furthest x reached on each diagonal, forwards and backwards */
    Lin too_expensive;      /* edit cost at which the search settles for a good split */
    Side *x, *y;
} Search;

/* Where compareseq splits a problem, and whether each half is known to be
 * solvable minimally. */
typedef struct Split {
    Lin xmid, ymid;
    bool lo_minimal, hi_minimal;
} Split;

/* The index of the highest set bit of N (N > 0). */
static int floor_log2(Lin n)
{
    int r = 0;
    while (n >>= 1) r++;
    return r;
}

/* Allocates N pointer-free bytes of GC memory, zeroed. */
static void *zalloc(size_t n)
{
    void *p = GC_MALLOC_ATOMIC(n ? n : 1);
    memset(p, 0, n ? n : 1);
    return p;
}

/* Reads a text into S: its bytes (with a newline added when the last line
 * lacks one, as GNU diff does before comparing) and where each line starts. */
static void side_init(Side *s, const char *text, size_t len)
{
    char *buf = GC_MALLOC_ATOMIC(len + 2);
    memcpy(buf, text, len);
    s->missing_nl = len > 0 && text[len - 1] != '\n';
    if (s->missing_nl) buf[len++] = '\n';
    buf[len] = 0;
    s->buf = buf;
    s->n = (Lin)len;
    Lin nl = 0;
    for (size_t i = 0; i < len; i++) nl += buf[i] == '\n';
    s->nlines = nl;
    s->start = GC_MALLOC_ATOMIC(((size_t)nl + 1) * sizeof *s->start);
    Lin k = 0;
    s->start[0] = 0;
    for (size_t i = 0; i < len; i++)
        if (buf[i] == '\n') s->start[++k] = (Lin)i + 1;
}

/* The bytes of line K as they compare: with its newline, or without one
 * for a last line that has none (so it equals no complete line). */
static Lin line_len(const Side *s, Lin k)
{
    Lin l = s->start[k + 1] - s->start[k];
    return (k == s->nlines - 1 && s->missing_nl) ? l - 1 : l;
}

/* Sets aside the common prefix and suffix of the two texts, keeping
 * HORIZON of their lines next to the differences, exactly where GNU diff
 * draws these lines (it works on bytes, then moves to whole lines). */
static void trim_ends(Side *x, Side *y, Lin horizon)
{
    const char *b0 = x->buf, *b1 = y->buf;
    Lin n0 = x->n, n1 = y->n;
    Lin m = n0 < n1 ? n0 : n1;
    Lin p = 0;
    while (p < m && b0[p] == b1[p]) p++;
    /* the newline added to an unterminated last line is not common */
    if ((n0 - x->missing_nl < p) != (n1 - y->missing_nl < p)) p--;
    /* back to the start of the line, then HORIZON lines further */
    Lin hor = horizon;
    while (p != 0 && (b0[p - 1] != '\n' || hor-- > 0)) p--;
    Lin e0 = n0, e1 = n1;
    if (x->missing_nl == y->missing_nl) {
        Lin q0 = n0, q1 = n1;
        Lin beg0 = p + (n0 < n1 ? 0 : n0 - n1);
        while (q0 != beg0) {
            q0--, q1--;
            if (b0[q0] != b1[q1]) {
                q0++, q1++;
                beg0 = q0;
                break;
            }
        }
        /* a partly common line belongs to the compared part, and so do
         * HORIZON lines of the common suffix */
        bool at_line_start = (q0 == 0 || b0[q0 - 1] == '\n') && (q1 == 0 || b1[q1 - 1] == '\n');
        Lin i = horizon + !at_line_start;
        while (i-- > 0 && q0 != n0)
            while (b0[q0++] != '\n') continue;
        q1 += q0 - beg0;
        e0 = q0, e1 = q1;
    }
    Lin pre = 0;
    for (Lin i = 0; i < p; i++) pre += b0[i] == '\n';
    Lin body0 = 0, body1 = 0;
    for (Lin i = p; i < e0; i++) body0 += b0[i] == '\n';
    for (Lin i = p; i < e1; i++) body1 += b1[i] == '\n';
    x->prefix = y->prefix = pre;
    x->body = body0;
    y->body = body1;
}

/* FNV-1a of a line. */
static uint64_t line_hash(const char *s, Lin len)
{
    uint64_t h = 14695981039346656037u;
    for (Lin i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

/* Gives every compared line a class number (from 1): equal lines, and
 * only they, share a class. Returns the number of classes plus one. */
static Lin classify(Side *x, Side *y)
{
    Lin total = x->body + y->body;
    size_t cap = 16;
    while (cap < 2 * (size_t)total + 2) cap <<= 1;
    Lin *slot = zalloc(cap * sizeof *slot);           /* class, 0 for empty */
    const char **rep = GC_MALLOC_ATOMIC(((size_t)total + 1) * sizeof *rep);
    Lin *rep_len = GC_MALLOC_ATOMIC(((size_t)total + 1) * sizeof *rep_len);
    Lin next = 1;
    Side *sides[2] = {x, y};
    for (int f = 0; f < 2; f++) {
        Side *s = sides[f];
        s->eq = GC_MALLOC_ATOMIC(((size_t)s->body + 1) * sizeof *s->eq);
        for (Lin i = 0; i < s->body; i++) {
            Lin k = s->prefix + i;
            const char *line = s->buf + s->start[k];
            Lin len = line_len(s, k);
            size_t h = (size_t)line_hash(line, len) & (cap - 1);
            for (;; h = (h + 1) & (cap - 1)) {
                Lin c = slot[h];
                if (!c) {
                    rep[next] = line;
                    rep_len[next] = len;
                    slot[h] = c = next++;
                }
                if (rep_len[c] == len && !memcmp(rep[c], line, (size_t)len)) {
                    s->eq[i] = c;
                    break;
                }
            }
        }
    }
    return next;
}

/* Takes out of the comparison the lines that match no line of the other
 * text, and lines matching many that stand among those (GNU diff's
 * discard_confusing_lines, which decides ties between equal-length edit
 * scripts); the lines taken out are marked changed. */
static void discard_lines(Side *x, Side *y, Lin nclasses)
{
    Side *sides[2] = {x, y};
    Lin *count[2];
    for (int f = 0; f < 2; f++) {
        count[f] = zalloc((size_t)nclasses * sizeof *count[f]);
        for (Lin i = 0; i < sides[f]->body; i++) count[f][sides[f]->eq[i]]++;
    }
    for (int f = 0; f < 2; f++) {
        Side *s = sides[f];
        Lin end = s->body;
        char *d = zalloc((size_t)end);
        const Lin *other = count[1 - f];
        Lin many = 5;
        if (end >= 64) many <<= (floor_log2(end) >> 1) - 3;
        for (Lin i = 0; i < end; i++) {
            Lin nmatch = other[s->eq[i]];
            if (nmatch == 0) d[i] = 1;
            else if (nmatch > many) d[i] = 2;
        }
        /* provisional discards (2) stand only inside a run of discards
         * that begins and ends with definite ones (1) */
        for (Lin i = 0; i < end; i++) {
            if (d[i] == 2) {
                d[i] = 0;
                continue;
            }
            if (d[i] == 0) continue;
            Lin provisional = 0, j;
            for (j = i; j < end; j++) {
                if (d[j] == 0) break;
                if (d[j] == 2) provisional++;
            }
            while (j > i && d[j - 1] == 2) d[--j] = 0, provisional--;
            Lin length = j - i;
            if ((length >> 2) < provisional) {
                while (j > i)
                    if (d[--j] == 2) d[j] = 0;
                continue;
            }
            /* a subrun of MINIMUM or more provisionals is cancelled */
            Lin minimum = length < 4 ? 2 : ((Lin)1 << ((floor_log2(length) >> 1) - 1)) + 1;
            Lin consec = 0;
            for (j = 0; j < length; j++) {
                if (d[i + j] != 2) consec = 0;
                else if (minimum == ++consec) j -= consec;
                else if (minimum < consec) d[i + j] = 0;
            }
            /* and so are provisionals near the ends of the run, up to 3
             * definite ones in a row or a definite one 8 lines in */
            consec = 0;
            for (j = 0; j < length; j++) {
                if (j >= 8 && d[i + j] == 1) break;
                if (d[i + j] == 2) consec = 0, d[i + j] = 0;
                else if (d[i + j] == 0) consec = 0;
                else consec++;
                if (consec == 3) break;
            }
            i += length - 1;
            consec = 0;
            for (j = 0; j < length; j++) {
                if (j >= 8 && d[i - j] == 1) break;
                if (d[i - j] == 2) consec = 0, d[i - j] = 0;
                else if (d[i - j] == 0) consec = 0;
                else consec++;
                if (consec == 3) break;
            }
        }
        s->undisc = GC_MALLOC_ATOMIC(((size_t)end + 1) * sizeof *s->undisc);
        s->real = GC_MALLOC_ATOMIC(((size_t)end + 1) * sizeof *s->real);
        Lin k = 0;
        for (Lin i = 0; i < end; i++) {
            if (d[i] == 0) {
                s->undisc[k] = s->eq[i];
                s->real[k++] = i;
            } else
                s->changed[i] = true;
        }
        s->nundisc = k;
    }
}

/* Finds the middle snake of xv[xoff, xlim) against yv[yoff, ylim), whose
 * first and last elements differ: searches forwards from the top-left
 * corner and backwards from the bottom-right one, one edit step at a
 * time, until the two meet (or, unless MINIMAL, until the cost is too
 * high, then splitting at the furthest point reached). */
static void middle_snake(Search *c, Lin xoff, Lin xlim, Lin yoff, Lin ylim, bool minimal, Split *part)
{
    Lin *const fd = c->fd, *const bd = c->bd;
    const Lin *const xv = c->xv, *const yv = c->yv;
    const Lin dmin = xoff - ylim, dmax = xlim - yoff;
    const Lin fmid = xoff - yoff, bmid = xlim - ylim;
    Lin fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid;
    const bool odd = (fmid - bmid) & 1;
    fd[fmid] = xoff;
    bd[bmid] = xlim;
    for (Lin cost = 1;; cost++) {
        /* one more step forwards on every diagonal in reach */
        if (fmin > dmin) fd[--fmin - 1] = -1;
        else fmin++;
        if (fmax < dmax) fd[++fmax + 1] = -1;
        else fmax--;
        for (Lin d = fmax; d >= fmin; d -= 2) {
            Lin lo = fd[d - 1], hi = fd[d + 1];
            Lin x0 = lo < hi ? hi : lo + 1;
            Lin x = x0, y = x0 - d;
            while (x < xlim && y < ylim && xv[x] == yv[y]) x++, y++;
            fd[d] = x;
            if (odd && bmin <= d && d <= bmax && bd[d] <= x) {
                part->xmid = x, part->ymid = y;
                part->lo_minimal = part->hi_minimal = true;
                return;
            }
        }
        /* and backwards */
        if (bmin > dmin) bd[--bmin - 1] = PTRDIFF_MAX;
        else bmin++;
        if (bmax < dmax) bd[++bmax + 1] = PTRDIFF_MAX;
        else bmax--;
        for (Lin d = bmax; d >= bmin; d -= 2) {
            Lin lo = bd[d - 1], hi = bd[d + 1];
            Lin x0 = lo < hi ? lo : hi - 1;
            Lin x = x0, y = x0 - d;
            while (xoff < x && yoff < y && xv[x - 1] == yv[y - 1]) x--, y--;
            bd[d] = x;
            if (!odd && fmin <= d && d <= fmax && x <= fd[d]) {
                part->xmid = x, part->ymid = y;
                part->lo_minimal = part->hi_minimal = true;
                return;
            }
        }
        if (minimal || cost < c->too_expensive) continue;
        /* Too costly: split at the furthest point of either search. */
        Lin fxybest = -1, fxbest = 0;
        for (Lin d = fmax; d >= fmin; d -= 2) {
            Lin x = fd[d] < xlim ? fd[d] : xlim, y = x - d;
            if (ylim < y) x = ylim + d, y = ylim;
            if (fxybest < x + y) fxybest = x + y, fxbest = x;
        }
        Lin bxybest = PTRDIFF_MAX, bxbest = 0;
        for (Lin d = bmax; d >= bmin; d -= 2) {
            Lin x = bd[d] > xoff ? bd[d] : xoff, y = x - d;
            if (y < yoff) x = yoff + d, y = yoff;
            if (x + y < bxybest) bxybest = x + y, bxbest = x;
        }
        if ((xlim + ylim) - bxybest < fxybest - (xoff + yoff)) {
            part->xmid = fxbest, part->ymid = fxybest - fxbest;
            part->lo_minimal = true, part->hi_minimal = false;
        } else {
            part->xmid = bxbest, part->ymid = bxybest - bxbest;
            part->lo_minimal = false, part->hi_minimal = true;
        }
        return;
    }
}

/* Marks the changed lines of xv[xoff, xlim) against yv[yoff, ylim):
 * common ends are skipped, the rest split at the middle snake. */
static void compare_seq(Search *c, Lin xoff, Lin xlim, Lin yoff, Lin ylim, bool minimal)
{
    const Lin *xv = c->xv, *yv = c->yv;
    while (xoff < xlim && yoff < ylim && xv[xoff] == yv[yoff]) xoff++, yoff++;
    while (xoff < xlim && yoff < ylim && xv[xlim - 1] == yv[ylim - 1]) xlim--, ylim--;
    if (xoff == xlim) {
        for (; yoff < ylim; yoff++) c->y->changed[c->y->real[yoff]] = true;
    } else if (yoff == ylim) {
        for (; xoff < xlim; xoff++) c->x->changed[c->x->real[xoff]] = true;
    } else {
        Split part;
        middle_snake(c, xoff, xlim, yoff, ylim, minimal, &part);
        compare_seq(c, xoff, part.xmid, yoff, part.ymid, part.lo_minimal);
        compare_seq(c, part.xmid, xlim, part.ymid, ylim, part.hi_minimal);
    }
}

/* Slides each run of changed lines of S over equal lines: up while the
 * line before it equals its last line, merging with runs above; then
 * down while its first line equals the line after it, merging with runs
 * below; finally back up to end where a run of the other text ends, if
 * it passed such a place. */
static void shift_runs(Side *s, const Side *other)
{
    bool *changed = s->changed;
    const bool *oc = other->changed;
    const Lin *eq = s->eq;
    Lin i = 0, j = 0, end = s->body;
    for (;;) {
        while (i < end && !changed[i]) {
            while (oc[j++]) continue;
            i++;
        }
        if (i == end) break;
        Lin start = i;
        while (changed[++i]) continue;
        while (oc[j]) j++;
        Lin runlength, corresponding;
        do {
            runlength = i - start;
            while (start && eq[start - 1] == eq[i - 1]) {
                changed[--start] = true;
                changed[--i] = false;
                while (changed[start - 1]) start--;
                while (oc[--j]) continue;
            }
            corresponding = oc[j - 1] ? i : end;
            while (i != end && eq[start] == eq[i]) {
                changed[start++] = false;
                changed[i++] = true;
                while (changed[i]) i++;
                while (oc[++j]) corresponding = i;
            }
        } while (runlength != i - start);
        while (corresponding < i) {
            changed[--start] = true;
            changed[--i] = false;
            while (oc[--j]) continue;
        }
    }
}

/* Collects the runs of changed lines as changes, in order. */
static Change *collect_changes(const Side *x, const Side *y, size_t *n)
{
    size_t cap = 8, k = 0;
    Change *v = GC_MALLOC_ATOMIC(cap * sizeof *v);
    Lin i0 = 0, i1 = 0;
    while (i0 < x->body || i1 < y->body) {
        if (x->changed[i0] || y->changed[i1]) {
            Lin l0 = i0, l1 = i1;
            while (x->changed[i0]) i0++;
            while (y->changed[i1]) i1++;
            if (k == cap) v = GC_REALLOC(v, (cap *= 2) * sizeof *v);
            v[k++] = (Change){x->prefix + l0, y->prefix + l1, i0 - l0, i1 - l1};
        }
        i0++, i1++;
    }
    *n = k;
    return v;
}

/* Appends a hunk header's range for lines A..B (from 0; B < A if none). */
static void add_range(StrBuf *out, Lin a, Lin b)
{
    Lin ta = a + 1, tb = b + 1;
    if (tb < ta) sb_printf(out, "%td,0", tb);
    else if (tb == ta) sb_printf(out, "%td", tb);
    else sb_printf(out, "%td,%td", ta, tb - ta + 1);
}

/* Appends line K of S after the mark C, as diff -u writes it. */
static void add_line(StrBuf *out, char c, const Side *s, Lin k)
{
    sb_addc(out, c);
    sb_add(out, s->buf + s->start[k], (size_t)line_len(s, k));
    if (k == s->nlines - 1 && s->missing_nl) sb_adds(out, "\n\\ No newline at end of file\n");
}

/* Appends the hunks: changes closer than 2 * CONTEXT + 1 lines share one. */
static void add_hunks(StrBuf *out, const Side *x, const Side *y, const Change *ch, size_t n, Lin context)
{
    for (size_t k = 0; k < n;) {
        size_t first = k;
        while (k + 1 < n && ch[k + 1].line0 - (ch[k].line0 + ch[k].del) < 2 * context + 1) k++;
        size_t last = k++;
        Lin f0 = ch[first].line0 - context, f1 = ch[first].line1 - context;
        Lin l0 = ch[last].line0 + ch[last].del - 1 + context, l1 = ch[last].line1 + ch[last].ins - 1 + context;
        if (f0 < 0) f0 = 0;
        if (f1 < 0) f1 = 0;
        if (l0 > x->nlines - 1) l0 = x->nlines - 1;
        if (l1 > y->nlines - 1) l1 = y->nlines - 1;
        sb_adds(out, "@@ -");
        add_range(out, f0, l0);
        sb_adds(out, " +");
        add_range(out, f1, l1);
        sb_adds(out, " @@\n");
        Lin i = f0, j = f1;
        size_t c = first;
        while (i <= l0 || j <= l1) {
            if (c > last || i < ch[c].line0) {
                add_line(out, ' ', x, i++);
                j++;
            } else {
                for (Lin d = 0; d < ch[c].del; d++) add_line(out, '-', x, i++);
                for (Lin d = 0; d < ch[c].ins; d++) add_line(out, '+', y, j++);
                c++;
            }
        }
    }
}

/* The unified diff of A to B: the steps above, then the hunks. */
bool textdiff_unified(const char *a, size_t alen, const char *b, size_t blen, long context, StrBuf *out)
{
    if (alen == blen && !memcmp(a, b, alen)) return false;
    if (context < 0) context = 0;
    Side x = {0}, y = {0};
    side_init(&x, a, alen);
    side_init(&y, b, blen);
    trim_ends(&x, &y, context);
    Lin nclasses = classify(&x, &y);
    /* two false sentinels on each side of the flags */
    x.changed = (bool *)zalloc((size_t)x.body + 4) + 2;
    y.changed = (bool *)zalloc((size_t)y.body + 4) + 2;
    discard_lines(&x, &y, nclasses);

    Search c = {0};
    c.xv = x.undisc, c.yv = y.undisc;
    c.x = &x, c.y = &y;
    Lin diags = x.nundisc + y.nundisc + 3;
    Lin *fd = GC_MALLOC_ATOMIC(2 * (size_t)diags * sizeof *fd);
    c.fd = fd + y.nundisc + 1;
    c.bd = fd + diags + y.nundisc + 1;
    Lin te = (Lin)1 << ((floor_log2(diags) >> 1) + 1);
    c.too_expensive = te > 4096 ? te : 4096;
    compare_seq(&c, 0, x.nundisc, 0, y.nundisc, false);

    shift_runs(&x, &y);
    shift_runs(&y, &x);
    size_t n;
    Change *ch = collect_changes(&x, &y, &n);
    if (!n) return false;
    add_hunks(out, &x, &y, ch, n, context);
    return true;
}
