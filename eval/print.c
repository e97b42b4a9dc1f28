/* print.c: writing values as `nix-instantiate --eval` does, in Nix syntax
 * or as JSON. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Appends S as a Nix string literal (escaping `"`, `\\`, \n, \r, \t and
 * `${`), copying runs of plain bytes at once. */
static void show_string(StrBuf *b, const char *s, size_t len)
{
    sb_addc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        const char *esc;
        if (c == '"') esc = "\\\"";
        else if (c == '\\') esc = "\\\\";
        else if (c == '\n') esc = "\\n";
        else if (c == '\r') esc = "\\r";
        else if (c == '\t') esc = "\\t";
        else if (c == '$' && i + 1 < len && s[i + 1] == '{') esc = "\\$";
        else continue;
        sb_add(b, s + run, i - run);
        sb_adds(b, esc);
        run = i + 1;
    }
    sb_add(b, s + run, len - run);
    sb_addc(b, '"');
}

/* Appends an attribute name: bare if it is an identifier, else quoted as
 * Nix's printer quotes it (every `$` escaped). */
static void show_name(StrBuf *b, Sym name)
{
    const char *s = sym_str(name);
    size_t len = sym_len(name);
    if (sym_is_plain(name)) {
        sb_add(b, s, len);
        return;
    }
    sb_addc(b, '"');
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '"' || c == '\\' || c == '$') { sb_addc(b, '\\'); sb_addc(b, c); }
        else if (c == '\n') sb_adds(b, "\\n");
        else if (c == '\r') sb_adds(b, "\\r");
        else if (c == '\t') sb_adds(b, "\\t");
        else sb_addc(b, c);
    }
    sb_addc(b, '"');
}

/* Appends a float as C++ streams write it by default (%g). */
static void show_float(StrBuf *b, double f)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%g", f);
    sb_add(b, tmp, (size_t)n);
}

/* Appends V; a list or set met a second time shows as «repeated». */
static void show_value(StrBuf *b, Value *v, PtrSet *seen)
{
    ev_check_stack(0);
    switch ((VType)v->type) {
    case T_INT: sb_add_int(b, v->i); break;
    case T_FLOAT: show_float(b, v->f); break;
    case T_BOOL: sb_adds(b, v->b ? "true" : "false"); break;
    case T_NULL: sb_adds(b, "null"); break;
    case T_STRING: show_string(b, v->str.s, v->len); break;
    case T_PATH: sb_add(b, v->path, v->len); break;
    case T_ATTRS: {
        Attrs *a = v->attrs;
        if (a->size && !ptrset_add(seen, a)) {
            sb_adds(b, "«repeated»");
            break;
        }
        sb_adds(b, "{ ");
        Attr **s = attrs_by_name(a);
        for (uint32_t i = 0; i < a->size; i++) {
            show_name(b, s[i]->name);
            sb_adds(b, " = ");
            show_value(b, s[i]->value, seen);
            sb_adds(b, "; ");
        }
        sb_addc(b, '}');
        break;
    }
    case T_LIST: {
        Value **el = list_elems(v);
        if (v->len && !ptrset_add(seen, el)) {
            sb_adds(b, "«repeated»");
            break;
        }
        sb_adds(b, "[ ");
        for (uint32_t i = 0; i < v->len; i++) {
            show_value(b, el[i], seen);
            sb_addc(b, ' ');
        }
        sb_addc(b, ']');
        break;
    }
    case T_THUNK: case T_APP: case T_BLACKHOLE: sb_adds(b, "<CODE>"); break;
    case T_LAMBDA: sb_adds(b, "<LAMBDA>"); break;
    case T_PRIMOP: sb_adds(b, "<PRIMOP>"); break;
    case T_PRIMOP_APP: sb_adds(b, "<PRIMOP-APP>"); break;
    }
}

void ev_show(StrBuf *b, Value *v)
{
    PtrSet seen = {0};
    show_value(b, v, &seen);
}

void ev_print(FILE *out, Value *v)
{
    StrBuf b = {0};
    ev_show(&b, v);
    fwrite(b.s ? b.s : "", 1, b.len, out);
}

/* ---- JSON ---- */

void ev_json_string(StrBuf *b, const char *s, size_t len)
{
    if (!s) s = "";
    sb_addc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 32 && c != '"' && c != '\\') continue;
        sb_add(b, s + run, i - run);
        run = i + 1;
        if (c == '"' || c == '\\') { sb_addc(b, '\\'); sb_addc(b, (char)c); }
        else if (c == '\n') sb_adds(b, "\\n");
        else if (c == '\r') sb_adds(b, "\\r");
        else if (c == '\t') sb_adds(b, "\\t");
        else sb_printf(b, "\\u%04x", c);
    }
    sb_add(b, s + run, len - run);
    sb_addc(b, '"');
}

/* The position a value is best reported at: its set or lambda, else POS. */
static PosIdx value_pos(const Value *v, PosIdx pos)
{
    if (v->type == T_ATTRS && v->attrs->pos) return v->attrs->pos;
    if (v->type == T_LAMBDA) return v->lam.fn->h.pos;
    return pos;
}

/* Appends a newline and DEPTH levels of two-space indentation, when
 * pretty-printing (DEPTH >= 0). */
static void json_break(StrBuf *b, int depth)
{
    if (depth < 0) return;
    sb_addc(b, '\n');
    for (int i = 0; i < depth; i++) sb_adds(b, "  ");
}

/* Appends V as JSON (forcing as it goes if STRICT), as Nix's
 * printValueAsJSON; the contexts of strings are merged into B's. DEPTH
 * is the indentation level when pretty-printing, or -1 for Nix's
 * compact form. */
static void show_json(StrBuf *b, Value *v, bool strict, PosIdx pos, int depth)
{
    ev_check_stack(pos);
    if (strict) ev_force(v, pos);
    switch ((VType)v->type) {
    case T_INT: sb_add_int(b, v->i); break;
    case T_FLOAT: show_float(b, v->f); break;
    case T_BOOL: sb_adds(b, v->b ? "true" : "false"); break;
    case T_NULL: sb_adds(b, "null"); break;
    case T_STRING:
        if (v->str.ctx) b->ctx = ctx_merge(b->ctx, v->str.ctx);
        ev_json_string(b, v->str.s, v->len);
        break;
    case T_PATH: {
        StrBuf p = {0};
        ev_coerce_to_string(v, pos, COERCE_COPY_TO_STORE, &p);
        b->ctx = ctx_merge(b->ctx, p.ctx);
        ev_json_string(b, p.s, p.len);
        break;
    }
    case T_ATTRS: {
        Attr *ts = attrs_get(v->attrs, sym_cstr("__toString"));
        if (ts) {
            StrBuf p = {0};
            ev_coerce_to_string(v, pos, 0, &p);
            b->ctx = ctx_merge(b->ctx, p.ctx);
            ev_json_string(b, p.s ? p.s : "", p.len);
            break;
        }
        Attr *op = attrs_get(v->attrs, sym_cstr("outPath"));
        if (op) {
            show_json(b, op->value, strict, op->pos, depth);
            break;
        }
        sb_addc(b, '{');
        Attr **s = attrs_by_name(v->attrs);
        int inner = depth < 0 ? -1 : depth + 1;
        for (uint32_t i = 0; i < v->attrs->size; i++) {
            if (i) sb_addc(b, ',');
            json_break(b, inner);
            ev_json_string(b, sym_str(s[i]->name), sym_len(s[i]->name));
            sb_adds(b, depth < 0 ? ":" : ": ");
            show_json(b, s[i]->value, strict, s[i]->pos, inner);
        }
        if (v->attrs->size) json_break(b, depth);
        sb_addc(b, '}');
        break;
    }
    case T_LIST: {
        sb_addc(b, '[');
        Value **el = list_elems(v);
        int inner = depth < 0 ? -1 : depth + 1;
        for (uint32_t i = 0; i < v->len; i++) {
            if (i) sb_addc(b, ',');
            json_break(b, inner);
            show_json(b, el[i], strict, pos, inner);
        }
        if (v->len) json_break(b, depth);
        sb_addc(b, ']');
        break;
    }
    default:
        ev_type_error(value_pos(v, pos), "cannot convert %s to JSON", ev_show_type(v));
    }
}

void ev_show_json(StrBuf *b, Value *v, bool strict, PosIdx pos)
{
    show_json(b, v, strict, pos, -1);
}

void ev_show_json_pretty(StrBuf *b, Value *v, PosIdx pos)
{
    show_json(b, v, true, pos, 0);
}
