/* print.c: writing values as `nix-instantiate --eval` does, in Nix syntax
 * or as JSON. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Writes a string literal with Nix's escapes (and `${` as `\${`). */
static void print_string(FILE *out, const char *s, uint32_t len)
{
    fputc('"', out);
    for (uint32_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '"' || c == '\\') { fputc('\\', out); fputc(c, out); }
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c == '\t') fputs("\\t", out);
        else if (c == '$' && i + 1 < len && s[i + 1] == '{') fputs("\\$", out);
        else fputc(c, out);
    }
    fputc('"', out);
}

/* Prints V; a list or set met a second time prints as «repeated». */
static void print_value(FILE *out, Value *v, PtrSet *seen)
{
    ev_check_stack(0);
    switch ((VType)v->type) {
    case T_INT: fprintf(out, "%lld", (long long)v->i); break;
    case T_FLOAT: fprintf(out, "%g", v->f); break;
    case T_BOOL: fputs(v->b ? "true" : "false", out); break;
    case T_NULL: fputs("null", out); break;
    case T_STRING: print_string(out, v->str.s, v->len); break;
    case T_PATH: fwrite(v->path, 1, v->len, out); break;
    case T_ATTRS: {
        Attrs *a = v->attrs;
        if (a->size && !ptrset_add(seen, a)) {
            fputs("«repeated»", out);
            break;
        }
        fputs("{ ", out);
        Attr **s = attrs_by_name(a);
        for (uint32_t i = 0; i < a->size; i++) {
            sym_print(out, s[i]->name);
            fputs(" = ", out);
            print_value(out, s[i]->value, seen);
            fputs("; ", out);
        }
        fputc('}', out);
        break;
    }
    case T_LIST: {
        Value **el = list_elems(v);
        if (v->len && !ptrset_add(seen, el)) {
            fputs("«repeated»", out);
            break;
        }
        fputs("[ ", out);
        for (uint32_t i = 0; i < v->len; i++) {
            print_value(out, el[i], seen);
            fputc(' ', out);
        }
        fputc(']', out);
        break;
    }
    case T_THUNK: case T_APP: case T_BLACKHOLE: fputs("<CODE>", out); break;
    case T_LAMBDA: fputs("<LAMBDA>", out); break;
    case T_PRIMOP: fputs("<PRIMOP>", out); break;
    case T_PRIMOP_APP: fputs("<PRIMOP-APP>", out); break;
    }
}

void ev_print(FILE *out, Value *v)
{
    PtrSet seen = {0};
    print_value(out, v, &seen);
}

/* ---- JSON ---- */

void ev_json_string(FILE *out, const char *s, size_t len)
{
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') { fputc('\\', out); fputc(c, out); }
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c == '\t') fputs("\\t", out);
        else if (c < 32) fprintf(out, "\\u%04x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

/* The position a value is best reported at: its set or lambda, else POS. */
static PosIdx value_pos(const Value *v, PosIdx pos)
{
    if (v->type == T_ATTRS && v->attrs->pos) return v->attrs->pos;
    if (v->type == T_LAMBDA) return v->lam.fn->h.pos;
    return pos;
}

/* Prints V as JSON (forcing as it goes if STRICT), as Nix's
 * printValueAsJSON; the contexts of strings are merged into *CTX. */
static void print_json(FILE *out, Value *v, bool strict, PosIdx pos, const StrCtx **ctx)
{
    ev_check_stack(pos);
    if (strict) ev_force(v, pos);
    switch ((VType)v->type) {
    case T_INT: fprintf(out, "%lld", (long long)v->i); break;
    case T_FLOAT: fprintf(out, "%g", v->f); break;
    case T_BOOL: fputs(v->b ? "true" : "false", out); break;
    case T_NULL: fputs("null", out); break;
    case T_STRING:
        if (v->str.ctx) *ctx = ctx_merge(*ctx, v->str.ctx);
        ev_json_string(out, v->str.s, v->len);
        break;
    case T_PATH: {
        StrBuf b = {0};
        ev_coerce_to_string(v, pos, COERCE_COPY_TO_STORE, &b);
        *ctx = ctx_merge(*ctx, b.ctx);
        ev_json_string(out, b.s, b.len);
        break;
    }
    case T_ATTRS: {
        Attr *ts = attrs_get(v->attrs, sym_cstr("__toString"));
        if (ts) {
            StrBuf b = {0};
            ev_coerce_to_string(v, pos, 0, &b);
            *ctx = ctx_merge(*ctx, b.ctx);
            ev_json_string(out, b.s ? b.s : "", b.len);
            break;
        }
        Attr *op = attrs_get(v->attrs, sym_cstr("outPath"));
        if (op) {
            print_json(out, op->value, strict, op->pos, ctx);
            break;
        }
        fputc('{', out);
        Attr **s = attrs_by_name(v->attrs);
        for (uint32_t i = 0; i < v->attrs->size; i++) {
            if (i) fputc(',', out);
            ev_json_string(out, sym_str(s[i]->name), sym_len(s[i]->name));
            fputc(':', out);
            print_json(out, s[i]->value, strict, s[i]->pos, ctx);
        }
        fputc('}', out);
        break;
    }
    case T_LIST: {
        fputc('[', out);
        Value **el = list_elems(v);
        for (uint32_t i = 0; i < v->len; i++) {
            if (i) fputc(',', out);
            print_json(out, el[i], strict, pos, ctx);
        }
        fputc(']', out);
        break;
    }
    default:
        ev_type_error(value_pos(v, pos), "cannot convert %s to JSON", ev_show_type(v));
    }
}

void ev_print_json(FILE *out, Value *v, bool strict, PosIdx pos, const StrCtx **ctx)
{
    const StrCtx *dummy = NULL;
    print_json(out, v, strict, pos, ctx ? ctx : &dummy);
}
