/* context.c: builtins that read and change string contexts.
 *
 * A context item is "/nix/store/…" (a path), "!OUT!/nix/store/….drv" (one
 * output of a derivation) or "=/nix/store/….drv" (a derivation and all its
 * outputs). */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* A string's text and context, coercing like Nix's coerceToString. */
static StrView text_of(Value *v, PosIdx pos, const StrCtx **ctx)
{
    *ctx = NULL;
    return ev_coerce_view(v, pos, COERCE_COPY_TO_STORE | COERCE_CANON_PATH, ctx);
}

/* `unsafeDiscardStringContext s` */
PRIM(unsafeDiscardStringContext)
{
    const StrCtx *ctx;
    StrView s = text_of(args[0], pos, &ctx);
    mk_string(out, s.s, s.len, NULL);
}

/* `hasContext s` */
PRIM(hasContext)
{
    ev_force_string(args[0], pos);
    mk_bool(out, args[0]->str.ctx != NULL);
}

/* `unsafeDiscardOutputDependency s`: "=drv" items become plain paths. */
PRIM(unsafeDiscardOutputDependency)
{
    const StrCtx *ctx;
    StrView s = text_of(args[0], pos, &ctx);
    const StrCtx *r = NULL;
    for (uint32_t i = 0; ctx && i < ctx->n; i++)
        r = ctx_merge(r, ctx_single(ctx->items[i][0] == '=' ? ctx->items[i] + 1 : ctx->items[i]));
    mk_string(out, s.s, s.len, r);
}

/* What getContext says about one store path. */
typedef struct CtxInfo {
    const char *path;
    bool is_path, all_outputs;
    const char **outputs;
    uint32_t noutputs;
} CtxInfo;

/* Orders infos by path. */
static int info_cmp(const void *a, const void *b)
{
    return strcmp(((const CtxInfo *)a)->path, ((const CtxInfo *)b)->path);
}

/* `getContext s`: { "/nix/store/…" = { path?, allOutputs?, outputs? }; } */
PRIM(getContext)
{
    ev_force_string(args[0], pos);
    const StrCtx *ctx = args[0]->str.ctx;
    uint32_t n = ctx ? ctx->n : 0;
    CtxInfo *info = GC_MALLOC((n + 1) * sizeof *info);
    uint32_t ni = 0;
    for (uint32_t i = 0; i < n; i++) {
        const char *item = ctx->items[i], *path = item, *output = NULL;
        bool is_path = false, all = false;
        if (item[0] == '=') {
            path = item + 1;
            all = true;
        } else if (item[0] == '!') {
            const char *bang = strchr(item + 1, '!');
            output = gc_strndup(item + 1, (size_t)(bang - item - 1));
            path = bang + 1;
        } else
            is_path = true;
        CtxInfo *c = NULL;
        for (uint32_t k = 0; k < ni; k++)
            if (!strcmp(info[k].path, path)) c = &info[k];
        if (!c) {
            c = &info[ni++];
            c->path = path;
        }
        c->is_path |= is_path;
        c->all_outputs |= all;
        if (output) {
            c->outputs = GC_REALLOC(c->outputs, (c->noutputs + 1) * sizeof *c->outputs);
            c->outputs[c->noutputs++] = output;
        }
    }
    qsort(info, ni, sizeof *info, info_cmp);
    Attrs *r = attrs_alloc(ni);
    Sym spath = sym_cstr("path"), sall = sym_cstr("allOutputs"), souts = sym_cstr("outputs");
    for (uint32_t k = 0; k < ni; k++) {
        Attrs *a = attrs_alloc(3);
        if (info[k].is_path) {
            Value *t = val_alloc();
            mk_bool(t, true);
            a->a[a->size++] = (Attr){spath, 0, t};
        }
        if (info[k].all_outputs) {
            Value *t = val_alloc();
            mk_bool(t, true);
            a->a[a->size++] = (Attr){sall, 0, t};
        }
        if (info[k].noutputs) {
            Value *l = val_alloc();
            Value **el = mk_list(l, info[k].noutputs);
            for (uint32_t j = 0; j < info[k].noutputs; j++) {
                el[j] = val_alloc();
                mk_cstring(el[j], info[k].outputs[j]);
            }
            a->a[a->size++] = (Attr){souts, 0, l};
        }
        attrs_sort(a);
        Value *v = val_alloc();
        mk_attrs(v, a);
        r->a[r->size++] = (Attr){sym_cstr(info[k].path), 0, v};
    }
    attrs_sort(r);
    mk_attrs(out, r);
}

/* Whether S looks like a store path: /nix/store/<32 base-32 chars>-<name>. */
static bool is_store_path(const char *s)
{
    size_t d = strlen(STORE_DIR);
    if (strncmp(s, STORE_DIR "/", d + 1) != 0) return false;
    const char *base = s + d + 1;
    if (strchr(base, '/') || strlen(base) < 34 || base[32] != '-') return false;
    for (int i = 0; i < 32; i++)
        if (!strchr("0123456789abcdfghijklmnpqrsvwxyz", base[i])) return false;
    for (const char *p = base + 33; *p; p++)
        if (!strchr("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+-._?=", *p)) return false;
    return base[33] != 0;
}

/* `appendContext s { "/nix/store/…" = { path?, allOutputs?, outputs? }; }` */
PRIM(appendContext)
{
    ev_force_string(args[0], pos);
    const StrCtx *ctx = args[0]->str.ctx;
    Attrs *a = ev_force_attrs(args[1], pos);
    Sym spath = sym_cstr("path"), sall = sym_cstr("allOutputs"), souts = sym_cstr("outputs");
    for (uint32_t i = 0; i < a->size; i++) {
        const char *name = sym_str(a->a[i].name);
        PosIdx ip = a->a[i].pos;
        if (!is_store_path(name))
            ev_error(ERR_EVAL, ip, "Context key '%s' is not a store path", sym_show(a->a[i].name));
        Attrs *info = ev_force_attrs(a->a[i].value, ip);
        Attr *p = attrs_get(info, spath);
        if (p && ev_force_bool(p->value, p->pos)) ctx = ctx_merge(ctx, ctx_single(gc_strdup(name)));
        Attr *all = attrs_get(info, sall);
        if (all && ev_force_bool(all->value, all->pos)) {
            if (!store_is_drv(name))
                ev_error(ERR_EVAL, ip, "Tried to add all-outputs context of %s, which is not a derivation, to a string",
                         sym_show(a->a[i].name));
            ctx = ctx_merge(ctx, ctx_single(gc_printf("=%s", name)));
        }
        Attr *outs = attrs_get(info, souts);
        if (outs) {
            ev_force_list(outs->value, outs->pos);
            if (outs->value->len && !store_is_drv(name))
                ev_error(ERR_EVAL, ip, "Tried to add derivation output context of %s, which is not a derivation, to a string",
                         sym_show(a->a[i].name));
            Value **el = list_elems(outs->value);
            for (uint32_t k = 0; k < outs->value->len; k++)
                ctx = ctx_merge(ctx, ctx_single(gc_printf("!%s!%s", ev_force_string_noctx(el[k], outs->pos), name)));
        }
    }
    mk_string(out, args[0]->str.s, args[0]->len, ctx);
}

static const PrimDef context_prims[] = {
    {"unsafeDiscardStringContext", 1, prim_unsafeDiscardStringContext, false},
    {"hasContext", 1, prim_hasContext, false},
    {"unsafeDiscardOutputDependency", 1, prim_unsafeDiscardOutputDependency, false},
    {"getContext", 1, prim_getContext, false},
    {"appendContext", 2, prim_appendContext, false},
};

void context_register(void)
{
    REGISTER(context_prims);
}
