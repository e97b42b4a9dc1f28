/* xml.c: builtins.toXML, in the layout Nix 2.8 writes: an <expr> document
 * with one element per line, two spaces per level. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct XmlOut {
    StrBuf b;
    uint32_t depth;
    const char **drvs_seen;
    uint32_t nseen;
    const StrCtx *ctx;
} XmlOut;

/* Appends an attribute value with XML's escapes (and newlines as &#xA;). */
static void xml_escape(StrBuf *b, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '"') sb_adds(b, "&quot;");
        else if (c == '<') sb_adds(b, "&lt;");
        else if (c == '>') sb_adds(b, "&gt;");
        else if (c == '&') sb_adds(b, "&amp;");
        else if (c == '\n') sb_adds(b, "&#xA;");
        else sb_addc(b, c);
    }
}

/* Writes `<NAME k1="v1" …` (attributes given in sorted order, pairs). */
static void xml_open_tag(XmlOut *x, const char *name, const char *const *attrs, uint32_t n)
{
    for (uint32_t i = 0; i < x->depth; i++) sb_adds(&x->b, "  ");
    sb_addc(&x->b, '<');
    sb_adds(&x->b, name);
    for (uint32_t i = 0; i < n; i++) {
        sb_printf(&x->b, " %s=\"", attrs[2 * i]);
        xml_escape(&x->b, attrs[2 * i + 1], strlen(attrs[2 * i + 1]));
        sb_addc(&x->b, '"');
    }
}

/* An element with no content: `<name … />`. */
static void xml_empty(XmlOut *x, const char *name, const char *const *attrs, uint32_t n)
{
    xml_open_tag(x, name, attrs, n);
    sb_adds(&x->b, " />\n");
}

/* Opens an element that will have children. */
static void xml_open(XmlOut *x, const char *name, const char *const *attrs, uint32_t n)
{
    xml_open_tag(x, name, attrs, n);
    sb_adds(&x->b, ">\n");
    x->depth++;
}

/* Closes the element opened last. */
static void xml_close(XmlOut *x, const char *name)
{
    x->depth--;
    for (uint32_t i = 0; i < x->depth; i++) sb_adds(&x->b, "  ");
    sb_printf(&x->b, "</%s>\n", name);
}

static void xml_value(XmlOut *x, Value *v, PosIdx pos);

/* The attributes of a set as <attr name="…"> elements, by name. */
static void xml_attrs(XmlOut *x, Attrs *a)
{
    Attr **s = attrs_by_name(a);
    for (uint32_t i = 0; i < a->size; i++) {
        /* names are C strings in Nix: a NUL ends them */
        const char *at[] = {"name", sym_str(s[i]->name)};
        xml_open(x, "attr", at, 1);
        xml_value(x, s[i]->value, s[i]->pos);
        xml_close(x, "attr");
    }
}

/* Orders formals by the text of their names. */
static int formal_text_cmp(const void *a, const void *b)
{
    return sym_cmp_text(((const Formal *)a)->name, ((const Formal *)b)->name);
}

static void xml_value(XmlOut *x, Value *v, PosIdx pos)
{
    ev_check_stack(pos);
    ev_force(v, pos);
    switch ((VType)v->type) {
    case T_INT: {
        const char *at[] = {"value", gc_printf("%lld", (long long)v->i)};
        xml_empty(x, "int", at, 1);
        break;
    }
    case T_FLOAT: {
        const char *at[] = {"value", gc_printf("%g", v->f)};
        xml_empty(x, "float", at, 1);
        break;
    }
    case T_BOOL: {
        const char *at[] = {"value", v->b ? "true" : "false"};
        xml_empty(x, "bool", at, 1);
        break;
    }
    case T_STRING: {
        if (v->str.ctx) x->ctx = ctx_merge(x->ctx, v->str.ctx);
        const char *at[] = {"value", v->str.s};
        xml_empty(x, "string", at, 1);
        break;
    }
    case T_PATH: {
        const char *at[] = {"value", v->path};
        xml_empty(x, "path", at, 1);
        break;
    }
    case T_NULL:
        xml_empty(x, "null", NULL, 0);
        break;
    case T_ATTRS: {
        Attr *type = attrs_get(v->attrs, sym_cstr("type"));
        bool drv = false;
        if (type) {
            ev_force(type->value, type->pos);
            drv = type->value->type == T_STRING && !strcmp(type->value->str.s, "derivation");
        }
        if (!drv) {
            xml_open(x, "attrs", NULL, 0);
            xml_attrs(x, v->attrs);
            xml_close(x, "attrs");
            break;
        }
        const char *at[4] = {0};
        uint32_t n = 0;
        const char *drv_path = "";
        Attr *dp = attrs_get(v->attrs, sym_cstr("drvPath"));
        if (dp) {
            ev_force(dp->value, dp->pos);
            if (dp->value->type == T_STRING) {
                at[n * 2] = "drvPath";
                at[n++ * 2 + 1] = drv_path = dp->value->str.s;
            }
        }
        Attr *op = attrs_get(v->attrs, sym_cstr("outPath"));
        if (op) {
            ev_force(op->value, op->pos);
            if (op->value->type == T_STRING) {
                at[n * 2] = "outPath";
                at[n++ * 2 + 1] = op->value->str.s;
            }
        }
        xml_open(x, "derivation", at, n);
        bool seen = !*drv_path;
        for (uint32_t i = 0; !seen && i < x->nseen; i++)
            if (!strcmp(x->drvs_seen[i], drv_path)) seen = true;
        if (!seen) {
            x->drvs_seen = GC_REALLOC(x->drvs_seen, (x->nseen + 1) * sizeof *x->drvs_seen);
            x->drvs_seen[x->nseen++] = drv_path;
            xml_attrs(x, v->attrs);
        } else
            xml_empty(x, "repeated", NULL, 0);
        xml_close(x, "derivation");
        break;
    }
    case T_LIST: {
        xml_open(x, "list", NULL, 0);
        Value **el = list_elems(v);
        for (uint32_t i = 0; i < v->len; i++) xml_value(x, el[i], pos);
        xml_close(x, "list");
        break;
    }
    case T_LAMBDA: {
        const ExprLambda *l = v->lam.fn;
        xml_open(x, "function", NULL, 0);
        if (l->formals) {
            const char *at[4] = {0};
            uint32_t n = 0;
            if (l->formals->ellipsis) { at[n * 2] = "ellipsis"; at[n++ * 2 + 1] = "1"; }
            if (l->arg) { at[n * 2] = "name"; at[n++ * 2 + 1] = sym_str(l->arg); }
            xml_open(x, "attrspat", at, n);
            Formal *f = GC_MALLOC((l->formals->n + 1) * sizeof *f);
            if (l->formals->n) {
                memcpy(f, l->formals->f, l->formals->n * sizeof *f);
                qsort(f, l->formals->n, sizeof *f, formal_text_cmp);
            }
            for (uint32_t i = 0; i < l->formals->n; i++) {
                const char *fa[] = {"name", sym_str(f[i].name)};
                xml_empty(x, "attr", fa, 1);
            }
            xml_close(x, "attrspat");
        } else {
            const char *at[] = {"name", sym_str(l->arg)};
            xml_empty(x, "varpat", at, 1);
        }
        xml_close(x, "function");
        break;
    }
    default:
        xml_empty(x, "unevaluated", NULL, 0);
        break;
    }
}

/* `toXML v` */
PRIM(toXML)
{
    XmlOut x = {0};
    sb_adds(&x.b, "<?xml version='1.0' encoding='utf-8'?>\n");
    xml_open(&x, "expr", NULL, 0);
    xml_value(&x, args[0], pos);
    xml_close(&x, "expr");
    x.b.ctx = x.ctx;
    sb_to_value(&x.b, out);
}

static const PrimDef xml_prims[] = {
    {"toXML", 1, prim_toXML, false},
};

void xml_register(void)
{
    REGISTER(xml_prims);
}
