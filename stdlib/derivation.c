/* derivation.c: derivationStrict, and `derivation` on top of it.
 *
 * A derivation is turned into Nix's ATerm text; its output paths come from
 * the hash of that text with the outputs blanked and input derivations
 * replaced by their own hashes ("hash modulo"), its .drv path from the hash
 * of the final text. Nothing is written: the text is registered so that a
 * later build step can write it out. The layout and every hashing step
 * follow Nix 2.8, so the paths are the ones Nix computes. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "internal.h"

/* ---- sorted string maps ---- */

/* A map from strings to strings (or a set, with NULL values), kept sorted
 * byte-wise like the std::map and std::set Nix prints in order. */
typedef struct StrMap {
    const char **keys;
    void **vals;
    uint32_t n, cap;
} StrMap;

/* Index of KEY, or -(insertion point) - 1. */
static int32_t sm_find(const StrMap *m, const char *key)
{
    int32_t lo = 0, hi = (int32_t)m->n - 1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        int c = strcmp(m->keys[mid], key);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1; else hi = mid - 1;
    }
    return -lo - 1;
}

/* Sets KEY to VAL (replacing an existing value); returns its slot. */
static void **sm_put(StrMap *m, const char *key, void *val)
{
    int32_t i = sm_find(m, key);
    if (i >= 0) {
        m->vals[i] = val;
        return &m->vals[i];
    }
    uint32_t at = (uint32_t)(-i - 1);
    if (m->n == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 8;
        m->keys = GC_REALLOC(m->keys, m->cap * sizeof *m->keys);
        m->vals = GC_REALLOC(m->vals, m->cap * sizeof *m->vals);
    }
    memmove(m->keys + at + 1, m->keys + at, (m->n - at) * sizeof *m->keys);
    memmove(m->vals + at + 1, m->vals + at, (m->n - at) * sizeof *m->vals);
    m->keys[at] = key;
    m->vals[at] = val;
    m->n++;
    return &m->vals[at];
}

/* The value of KEY, or NULL. */
static void *sm_get(const StrMap *m, const char *key)
{
    int32_t i = sm_find(m, key);
    return i >= 0 ? m->vals[i] : NULL;
}

/* Adds KEY to a set (no-op if present). */
static void ss_add(StrMap *s, const char *key)
{
    if (sm_find(s, key) < 0) sm_put(s, key, NULL);
}

/* ---- derivations ---- */

typedef struct DrvOutput {
    const char *path;       /* "" until known */
    const char *hash_algo;  /* fixed outputs: "sha256" or "r:sha256" */
    const char *hash;       /* fixed outputs: base-16 */
} DrvOutput;

typedef struct Derivation {
    const char *name;
    StrMap outputs;         /* name -> DrvOutput */
    StrMap input_drvs;      /* .drv path -> StrMap set of output names */
    StrMap input_srcs;      /* set of store paths */
    const char *platform, *builder;
    const char **args;
    uint32_t nargs;
    StrMap env;             /* name -> value */
    bool fixed;
} Derivation;

/* Output hashes of the derivations made in this run: .drv path -> StrMap
 * of output name -> Hash. */
static StrMap drv_hashes;

/* Appends a string in quotes, escaping as Nix's printString does. */
static void aterm_str(StrBuf *b, const char *s)
{
    sb_addc(b, '"');
    for (; *s; s++) {
        char c = *s;
        if (c == '"' || c == '\\') { sb_addc(b, '\\'); sb_addc(b, c); }
        else if (c == '\n') sb_adds(b, "\\n");
        else if (c == '\r') sb_adds(b, "\\r");
        else if (c == '\t') sb_adds(b, "\\t");
        else sb_addc(b, c);
    }
    sb_addc(b, '"');
}

/* Appends a string in quotes as it is (Nix does not escape store paths). */
static void aterm_raw(StrBuf *b, const char *s)
{
    sb_addc(b, '"');
    sb_adds(b, s);
    sb_addc(b, '"');
}

/* Appends a list of the keys of a set, unescaped. */
static void aterm_set(StrBuf *b, const StrMap *s)
{
    sb_addc(b, '[');
    for (uint32_t i = 0; i < s->n; i++) {
        if (i) sb_addc(b, ',');
        aterm_raw(b, s->keys[i]);
    }
    sb_addc(b, ']');
}

/* The ATerm text of a derivation. With MASK the output paths are blank;
 * INPUTS, if given, replaces the input derivations (hash -> outputs). */
static char *unparse(const Derivation *d, bool mask, const StrMap *inputs)
{
    StrBuf b = {0};
    sb_adds(&b, "Derive([");
    for (uint32_t i = 0; i < d->outputs.n; i++) {
        const DrvOutput *o = d->outputs.vals[i];
        if (i) sb_addc(&b, ',');
        sb_addc(&b, '(');
        aterm_raw(&b, d->outputs.keys[i]);
        sb_addc(&b, ',');
        aterm_raw(&b, mask ? "" : o->path);
        sb_addc(&b, ',');
        aterm_raw(&b, o->hash_algo);
        sb_addc(&b, ',');
        aterm_raw(&b, o->hash);
        sb_addc(&b, ')');
    }
    sb_adds(&b, "],[");
    const StrMap *in = inputs ? inputs : &d->input_drvs;
    for (uint32_t i = 0; i < in->n; i++) {
        if (i) sb_addc(&b, ',');
        sb_addc(&b, '(');
        aterm_raw(&b, in->keys[i]);
        sb_addc(&b, ',');
        aterm_set(&b, in->vals[i]);
        sb_addc(&b, ')');
    }
    sb_adds(&b, "],");
    aterm_set(&b, &d->input_srcs);
    sb_addc(&b, ',');
    aterm_raw(&b, d->platform);
    sb_addc(&b, ',');
    aterm_str(&b, d->builder);
    sb_adds(&b, ",[");
    for (uint32_t i = 0; i < d->nargs; i++) {
        if (i) sb_addc(&b, ',');
        aterm_str(&b, d->args[i]);
    }
    sb_adds(&b, "],[");
    for (uint32_t i = 0; i < d->env.n; i++) {
        if (i) sb_addc(&b, ',');
        sb_addc(&b, '(');
        aterm_str(&b, d->env.keys[i]);
        sb_addc(&b, ',');
        bool is_output = mask && sm_find(&d->outputs, d->env.keys[i]) >= 0;
        aterm_str(&b, is_output ? "" : d->env.vals[i]);
        sb_addc(&b, ')');
    }
    sb_adds(&b, "])");
    return b.s;
}

/* Nix's hashDerivationModulo: one hash per output, standing for the
 * derivation with its inputs' own hashes in place of their paths. */
static StrMap hash_modulo(const Derivation *d, bool mask, PosIdx pos)
{
    StrMap res = {0};
    if (d->fixed) {
        for (uint32_t i = 0; i < d->outputs.n; i++) {
            const DrvOutput *o = d->outputs.vals[i];
            char *s = gc_printf("fixed:out:%s:%s:%s", o->hash_algo, o->hash, o->path);
            Hash *h = GC_MALLOC(sizeof *h);
            *h = hash_string(HT_SHA256, s, strlen(s));
            sm_put(&res, d->outputs.keys[i], h);
        }
        return res;
    }
    StrMap inputs = {0};
    for (uint32_t i = 0; i < d->input_drvs.n; i++) {
        StrMap *hashes = sm_get(&drv_hashes, d->input_drvs.keys[i]);
        if (!hashes)
            ev_error(ERR_EVAL, pos, "path '%s' is not valid", d->input_drvs.keys[i]);
        StrMap *outs = d->input_drvs.vals[i];
        for (uint32_t k = 0; k < outs->n; k++) {
            Hash *h = sm_get(hashes, outs->keys[k]);
            if (!h)
                ev_error(ERR_EVAL, pos, "derivation '%s' does not have an output named '%s'",
                         d->input_drvs.keys[i], outs->keys[k]);
            const char *hex = hash_base16(h);
            StrMap *set = sm_get(&inputs, hex);
            if (!set) {
                set = GC_MALLOC(sizeof *set);
                sm_put(&inputs, hex, set);
            }
            ss_add(set, outs->keys[k]);
        }
    }
    char *text = unparse(d, mask, &inputs);
    Hash *h = GC_MALLOC(sizeof *h);
    *h = hash_string(HT_SHA256, text, strlen(text));
    for (uint32_t i = 0; i < d->outputs.n; i++) sm_put(&res, d->outputs.keys[i], h);
    return res;
}

/* Adds every element of a string context to the derivation's inputs. */
static void add_context(Derivation *d, const StrCtx *ctx, PosIdx pos)
{
    for (uint32_t i = 0; ctx && i < ctx->n; i++) {
        const char *c = ctx->items[i];
        if (c[0] == '=') {
            /* the .drv itself is passed to the builder: its whole closure is
             * an input, which needs the .drv files of a real store */
            ev_error(ERR_EVAL, pos, "path '%s' is not valid", c + 1);
        } else if (c[0] == '!') {
            const char *bang = strchr(c + 1, '!');
            const char *out = gc_strndup(c + 1, (size_t)(bang - c - 1));
            const char *drv = bang + 1;
            StrMap *set = sm_get(&d->input_drvs, drv);
            if (!set) {
                set = GC_MALLOC(sizeof *set);
                sm_put(&d->input_drvs, drv, set);
            }
            ss_add(set, out);
        } else
            ss_add(&d->input_srcs, c);
    }
}

/* Splits a string on spaces, tabs and newlines, as Nix's tokenizeString. */
static const char **tokenize(const char *s, uint32_t *n)
{
    const char **v = NULL;
    uint32_t k = 0;
    while (*s) {
        while (*s && strchr(" \t\n\r", *s)) s++;
        if (!*s) break;
        const char *start = s;
        while (*s && !strchr(" \t\n\r", *s)) s++;
        v = GC_REALLOC(v, (k + 1) * sizeof *v);
        v[k++] = gc_strndup(start, (size_t)(s - start));
    }
    *n = k;
    return v;
}

/* Sets the output names (from `outputs`), with Nix's checks. */
static void set_outputs(StrMap *outputs, const char *const *names, uint32_t n, PosIdx pos)
{
    *outputs = (StrMap){0};
    for (uint32_t i = 0; i < n; i++) {
        if (sm_find(outputs, names[i]) >= 0) ev_error(ERR_EVAL, pos, "duplicate derivation output '%s'", names[i]);
        if (!strcmp(names[i], "drv")) ev_error(ERR_EVAL, pos, "invalid derivation output name 'drv'");
        ss_add(outputs, names[i]);
    }
    if (outputs->n == 0) ev_error(ERR_EVAL, pos, "derivation cannot have an empty set of outputs");
}

/* Appends `"KEY":VALUE` for __structuredAttrs, collecting the context. */
static void json_attr(StrBuf *b, const char *key, Value *v, PosIdx pos)
{
    ev_json_string(b, key, strlen(key));
    sb_addc(b, ':');
    ev_show_json(b, v, true, pos);
}

/* `derivationStrict attrs`: { drvPath, <output> = path, … }. */
PRIM(derivationStrict)
{
    Attrs *a = ev_force_attrs(args[0], pos);
    Attr *na = require_attr(a, sym_cstr("name"), "derivationStrict", pos);
    PosIdx npos = na->pos;
    Frame fr;
    frame_push(&fr, FR_NOTE, npos, "while evaluating the derivation attribute 'name'");
    const char *name = ev_force_string_noctx(na->value, pos);
    frame_pop(&fr);

    bool structured = false, ignore_nulls = false;
    Attr *sa = attrs_get(a, sym_cstr("__structuredAttrs"));
    if (sa) structured = ev_force_bool(sa->value, pos);
    Attr *ia = attrs_get(a, sym_cstr("__ignoreNulls"));
    if (ia) ignore_nulls = ev_force_bool(ia->value, pos);

    Derivation *d = GC_MALLOC(sizeof *d);
    d->name = name;
    d->platform = d->builder = "";
    const char *out_names[] = {"out"};
    set_outputs(&d->outputs, out_names, 1, npos);
    const char *output_hash = NULL, *output_hash_algo = "", *hash_mode = NULL;
    StrBuf json = {0}, strs = {0};
    bool json_first = true;
    if (structured) sb_addc(&json, '{');

    Attr **attrs = attrs_by_name(a);
    for (uint32_t i = 0; i < a->size; i++) {
        const char *key = sym_str(attrs[i]->name);
        if (!strcmp(key, "__ignoreNulls")) continue;
        Value *v = attrs[i]->value;
        Frame af;
        frame_push(&af, FR_NOTE, npos, gc_printf("while evaluating the attribute '%s' of the derivation '%s'", key, name));
        if (ignore_nulls) {
            ev_force(v, pos);
            if (v->type == T_NULL) { frame_pop(&af); continue; }
        }
        if (!strcmp(key, "__contentAddressed") || !strcmp(key, "__impure")) {
            if (ev_force_bool(v, pos))
                ev_error(ERR_EVAL, pos, "experimental Nix feature '%s' is disabled; use '--extra-experimental-features %s' to override",
                         key[2] == 'c' ? "ca-derivations" : "impure-derivations",
                         key[2] == 'c' ? "ca-derivations" : "impure-derivations");
        } else if (!strcmp(key, "args")) {
            ev_force_list(v, pos);
            Value **el = list_elems(v);
            d->args = GC_MALLOC((v->len + 1) * sizeof *d->args);
            for (uint32_t k = 0; k < v->len; k++) {
                StrBuf sb = {0};
                ev_coerce_to_string(el[k], npos, COERCE_MORE | COERCE_COPY_TO_STORE | COERCE_CANON_PATH, &sb);
                strs.ctx = ctx_merge(strs.ctx, sb.ctx);
                d->args[d->nargs++] = sb.s ? sb.s : "";
            }
        } else if (structured) {
            if (!strcmp(key, "__structuredAttrs")) { frame_pop(&af); continue; }
            if (!json_first) sb_addc(&json, ',');
            json_first = false;
            json_attr(&json, key, v, pos);
            if (!strcmp(key, "builder")) {
                ev_force_string(v, npos);
                strs.ctx = ctx_merge(strs.ctx, v->str.ctx);
                d->builder = v->str.s;
            } else if (!strcmp(key, "system")) d->platform = ev_force_string_noctx(v, npos);
            else if (!strcmp(key, "outputHash")) output_hash = ev_force_string_noctx(v, npos);
            else if (!strcmp(key, "outputHashAlgo")) output_hash_algo = ev_force_string_noctx(v, npos);
            else if (!strcmp(key, "outputHashMode")) hash_mode = ev_force_string_noctx(v, npos);
            else if (!strcmp(key, "outputs")) {
                ev_force_list(v, npos);
                Value **el = list_elems(v);
                const char **names = GC_MALLOC((v->len + 1) * sizeof *names);
                for (uint32_t k = 0; k < v->len; k++) names[k] = ev_force_string_noctx(el[k], npos);
                set_outputs(&d->outputs, names, v->len, npos);
            }
        } else {
            StrBuf sb = {0};
            ev_coerce_to_string(v, attrs[i]->pos, COERCE_MORE | COERCE_COPY_TO_STORE | COERCE_CANON_PATH, &sb);
            strs.ctx = ctx_merge(strs.ctx, sb.ctx);
            const char *s = sb.s ? sb.s : "";
            sm_put(&d->env, key, (void *)s);
            if (!strcmp(key, "builder")) d->builder = s;
            else if (!strcmp(key, "system")) d->platform = s;
            else if (!strcmp(key, "outputHash")) output_hash = s;
            else if (!strcmp(key, "outputHashAlgo")) output_hash_algo = s;
            else if (!strcmp(key, "outputHashMode")) hash_mode = s;
            else if (!strcmp(key, "outputs")) {
                uint32_t n;
                const char **names = tokenize(s, &n);
                set_outputs(&d->outputs, names, n, npos);
            }
        }
        if (hash_mode && strcmp(hash_mode, "recursive") && strcmp(hash_mode, "flat"))
            ev_error(ERR_EVAL, npos, "invalid value '%s' for 'outputHashMode' attribute", hash_mode);
        frame_pop(&af);
    }
    if (structured) {
        sb_addc(&json, '}');
        strs.ctx = ctx_merge(strs.ctx, json.ctx);
        sm_put(&d->env, "__json", json.s);
    }

    add_context(d, strs.ctx, npos);

    if (!*d->builder) ev_error(ERR_EVAL, npos, "required attribute 'builder' missing");
    if (!*d->platform) ev_error(ERR_EVAL, npos, "required attribute 'system' missing");
    if (store_is_drv(name)) ev_error(ERR_EVAL, npos, "derivation names are not allowed to end in '.drv'");

    if (output_hash) {
        if (d->outputs.n != 1 || strcmp(d->outputs.keys[0], "out"))
            ev_error(ERR_EVAL, npos, "multiple outputs are not supported in fixed-output derivations");
        HashType ht;
        int type = hash_type_parse(output_hash_algo, &ht) ? (int)ht : -1;
        Hash h;
        if (!*output_hash) {
            if (type < 0) ev_error(ERR_EVAL, pos, "empty hash requires explicit hash type");
            h = hash_string((HashType)type, "", 0);
            memset(h.bytes, 0, sizeof h.bytes);
            fprintf(stderr, "warning: found empty hash, assuming '%s-%s'\n", hash_type_name(h.type), hash_base64(&h));
        } else {
            const char *err = hash_parse(output_hash, type, &h);
            if (err) ev_error(ERR_EVAL, pos, "%s", err);
        }
        bool recursive = hash_mode && !strcmp(hash_mode, "recursive");
        DrvOutput *o = GC_MALLOC(sizeof *o);
        o->path = store_fixed_path(recursive, &h, name, npos);
        o->hash_algo = gc_printf("%s%s", recursive ? "r:" : "", hash_type_name(h.type));
        o->hash = hash_base16(&h);
        sm_put(&d->outputs, "out", o);
        sm_put(&d->env, "out", (void *)o->path);
        d->fixed = true;
    } else {
        for (uint32_t i = 0; i < d->outputs.n; i++) {
            DrvOutput *o = GC_MALLOC(sizeof *o);
            o->path = o->hash_algo = o->hash = "";
            d->outputs.vals[i] = o;
            sm_put(&d->env, d->outputs.keys[i], "");
        }
        StrMap hashes = hash_modulo(d, true, npos);
        for (uint32_t i = 0; i < d->outputs.n; i++) {
            const char *oname = d->outputs.keys[i];
            const char *pname = strcmp(oname, "out") ? gc_printf("%s-%s", name, oname) : name;
            DrvOutput *o = d->outputs.vals[i];
            o->path = store_make_path(gc_printf("output:%s", oname), sm_get(&hashes, oname), pname, npos);
            sm_put(&d->env, oname, (void *)o->path);
        }
    }

    /* the .drv file refers to its input sources and derivations */
    StrMap refs = d->input_srcs;
    StrMap all = {0};
    for (uint32_t i = 0; i < refs.n; i++) ss_add(&all, refs.keys[i]);
    for (uint32_t i = 0; i < d->input_drvs.n; i++) ss_add(&all, d->input_drvs.keys[i]);
    char *text = unparse(d, false, NULL);
    char *drv_path = store_text_path(gc_printf("%s.drv", name), text, strlen(text), all.keys, all.n, npos);
    store_remember_derivation(drv_path, text, strlen(text));
    StrMap *h = GC_MALLOC(sizeof *h);
    *h = hash_modulo(d, false, npos);
    sm_put(&drv_hashes, drv_path, h);

    Attrs *r = attrs_alloc(1 + d->outputs.n);
    Value *dv = val_alloc();
    mk_string(dv, drv_path, strlen(drv_path), ctx_single(gc_printf("=%s", drv_path)));
    r->a[r->size++] = (Attr){sym_cstr("drvPath"), 0, dv};
    for (uint32_t i = 0; i < d->outputs.n; i++) {
        const DrvOutput *o = d->outputs.vals[i];
        Value *ov = val_alloc();
        mk_string(ov, o->path, strlen(o->path), ctx_single(gc_printf("!%s!%s", d->outputs.keys[i], drv_path)));
        r->a[r->size++] = (Attr){sym_cstr(d->outputs.keys[i]), 0, ov};
    }
    attrs_sort(r);
    mk_attrs(out, r);
}

/* `derivation attrs`, written in the language: the attributes given, one
 * attribute per output (each the whole derivation seen from that output),
 * `all` outputs, `drvAttrs`, and outPath/drvPath/type/outputName. Messages
 * show it as Nix shows its own, as //builtin/derivation.nix, where the
 * derivationStrict call is at 9:12. */
static const char derivation_nix[] =
    "# The derivation builtin, in the language: a wrapper around\n"
    "# derivationStrict that gives each output its own view of the result.\n"
    "\n"
    "attrs @ { outputs ? [ \"out\" ], ... }:\n"
    "\n"
    "let\n"
    "\n"
    "  # the store paths: drvPath and one per output\n"
    "  result = derivationStrict attrs;\n"
    "\n"
    "  shared = attrs // builtins.listToAttrs perOutput // {\n"
    "    all = map (o: o.value) perOutput;\n"
    "    drvAttrs = attrs;\n"
    "  };\n"
    "\n"
    "  forOutput = name: {\n"
    "    inherit name;\n"
    "    value = shared // {\n"
    "      outPath = builtins.getAttr name result;\n"
    "      drvPath = result.drvPath;\n"
    "      type = \"derivation\";\n"
    "      outputName = name;\n"
    "    };\n"
    "  };\n"
    "\n"
    "  perOutput = map forOutput outputs;\n"
    "\n"
    "in (builtins.head perOutput).value\n";

static const PrimDef derivation_prims[] = {
    {"derivationStrict", 1, prim_derivationStrict, true},
};

static Value *derivation_value;

void derivation_register(void)
{
    REGISTER(derivation_prims);
    /* filled in by derivation_define, once the builtins it uses exist */
    derivation_value = GC_MALLOC(sizeof *derivation_value);
    mk_null(derivation_value);
    ev_register_const("derivation", derivation_value, true);
}

void derivation_define(void)
{
    Expr *e = ev_parse_builtin("//builtin/derivation.nix", derivation_nix, sizeof derivation_nix - 1);
    ev_eval(e, ev.base_env, derivation_value);
}
