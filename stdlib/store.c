/* store.c: computing store paths without a store.
 *
 * Everything that Nix would add to /nix/store during evaluation (a source
 * path interpolated into a string, builtins.path, filterSource, toFile) is
 * hashed exactly as Nix hashes it (the NAR serialisation, sha256, Nix's
 * base-32) to get the same /nix/store path, and remembered in a registry
 * so that a later build step can write the content out. Nothing is
 * written here. */
#include <dirent.h>
#include <errno.h>
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "builtins.h"
#include "internal.h"

/* ---- the registry of store objects ---- */

/* Store path -> StoreObject, so that an evaluation that makes many store
 * paths (toFile, sources, derivations) does not walk a list for each. */
static StrTable objects;

/* Remembers what a store path stands for (the first registration wins). */
static void remember(StoreObject o)
{
    if (strtab_get(&objects, o.store_path)) return;
    /* field by field: a struct copy would bring O's padding bytes along,
     * and stale bytes there can look like pointers to the collector */
    StoreObject *p = GC_MALLOC(sizeof *p);
    p->store_path = o.store_path;
    p->kind = o.kind;
    p->source = o.source;
    p->filter = o.filter;
    p->recursive = o.recursive;
    p->text = o.text;
    p->len = o.len;
    strtab_put(&objects, o.store_path, p);
}

const StoreObject *store_lookup(const char *store_path)
{
    return strtab_get(&objects, store_path);
}

void store_remember_derivation(const char *drv_path, const char *aterm, size_t len)
{
    remember((StoreObject){.store_path = drv_path, .kind = SO_DERIVATION, .text = aterm, .len = len});
}

/* ---- store paths ---- */

/* Fails unless NAME can be the name part of a store path (Nix's rules). */
static void check_name(const char *base, const char *name, PosIdx pos)
{
    size_t n = strlen(name);
    if (n == 0) ev_error(ERR_EVAL, pos, "store path '%s' has an empty name", base);
    if (n > 211) ev_error(ERR_EVAL, pos, "store path '%s' has a name longer than 211 characters", base);
    for (const char *p = name; *p; p++) {
        char c = *p;
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              c == '+' || c == '-' || c == '.' || c == '_' || c == '?' || c == '='))
            ev_error(ERR_EVAL, pos, "store path '%s' contains illegal character '%c'", base, c);
    }
}

char *store_make_path(const char *type, const Hash *h, const char *name, PosIdx pos)
{
    char *s = gc_printf("%s:%s:%s:%s:%s", type, hash_type_name(h->type), hash_base16(h), STORE_DIR, name);
    Hash full = hash_string(HT_SHA256, s, strlen(s));
    Hash small = hash_compress(&full, 20);
    char *base = gc_printf("%s-%s", hash_base32(&small), name);
    check_name(base, name, pos);
    return gc_printf("%s/%s", STORE_DIR, base);
}

/* "TYPE:REF1:REF2…" for a store path with references. */
static char *type_with_refs(const char *type, const char *const *refs, uint32_t n)
{
    StrBuf b = {0};
    sb_adds(&b, type);
    for (uint32_t i = 0; i < n; i++) {
        sb_addc(&b, ':');
        sb_adds(&b, refs[i]);
    }
    return b.s;
}

char *store_text_path(const char *name, const char *text, size_t len, const char *const *refs, uint32_t nrefs, PosIdx pos)
{
    Hash h = hash_string(HT_SHA256, text, len);
    return store_make_path(type_with_refs("text", refs, nrefs), &h, name, pos);
}

char *store_fixed_path(bool recursive, const Hash *h, const char *name, PosIdx pos)
{
    if (recursive && h->type == HT_SHA256) return store_make_path("source", h, name, pos);
    char *s = gc_printf("fixed:out:%s%s:%s:", recursive ? "r:" : "", hash_type_name(h->type), hash_base16(h));
    Hash inner = hash_string(HT_SHA256, s, strlen(s));
    return store_make_path("output:out", &inner, name, pos);
}

char *store_placeholder(const char *output)
{
    char *s = gc_printf("nix-output:%s", output);
    Hash h = hash_string(HT_SHA256, s, strlen(s));
    return gc_printf("/%s", hash_base32(&h));
}

bool store_is_drv(const char *path)
{
    size_t n = strlen(path);
    return n >= 4 && strcmp(path + n - 4, ".drv") == 0;
}

/* ---- NAR serialisation ---- */

/* Writes a 64-bit little-endian number into the hash. */
static void nar_int(HashCtx *c, uint64_t n)
{
    unsigned char b[8];
    for (int i = 0; i < 8; i++) b[i] = (unsigned char)(n >> (8 * i));
    hash_update(c, b, 8);
}

/* Zero bytes that pad LEN up to a multiple of 8. */
static void nar_pad(HashCtx *c, uint64_t len)
{
    static const unsigned char zero[8];
    if (len % 8) hash_update(c, zero, 8 - len % 8);
}

/* Writes a NAR string: its length, its bytes, padding. */
static void nar_str(HashCtx *c, const char *s, size_t len)
{
    nar_int(c, len);
    hash_update(c, s, len);
    nar_pad(c, len);
}

#define NAR_LIT(c, s) nar_str(c, s, sizeof(s) - 1)

/* Asks the user's filter whether PATH (of stat ST) is kept. */
static bool filter_keeps(Value *filter, const char *path, const struct stat *st, PosIdx pos)
{
    if (!filter) return true;
    Value *a1 = val_alloc(), *a2 = val_alloc(), r;
    mk_cstring(a1, path);
    mk_cstring(a2, S_ISREG(st->st_mode) ? "regular" : S_ISDIR(st->st_mode) ? "directory"
                 : S_ISLNK(st->st_mode) ? "symlink" : "unknown");
    Value *args[2] = {a1, a2};
    ev_call(filter, 2, args, &r, pos);
    return ev_force_bool(&r, pos);
}

/* Orders directory entry names byte-wise, as Nix's std::map does. */
static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Serialises the file system object at PATH into the hash. */
static void nar_dump(HashCtx *c, const char *path, Value *filter, PosIdx pos)
{
    ev_check_stack(pos);
    struct stat st;
    if (lstat(path, &st) != 0) ev_error(ERR_EVAL, pos, "getting status of '%s': %s", path, strerror(errno));
    NAR_LIT(c, "(");
    if (S_ISREG(st.st_mode)) {
        NAR_LIT(c, "type");
        NAR_LIT(c, "regular");
        if (st.st_mode & S_IXUSR) {
            NAR_LIT(c, "executable");
            NAR_LIT(c, "");
        }
        NAR_LIT(c, "contents");
        FILE *f = fopen(path, "rb");
        if (!f) ev_error(ERR_EVAL, pos, "opening file '%s': %s", path, strerror(errno));
        nar_int(c, (uint64_t)st.st_size);
        char buf[65536];
        size_t n;
        uint64_t total = 0;
        while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
            hash_update(c, buf, n);
            total += n;
        }
        fclose(f);
        if (total != (uint64_t)st.st_size) ev_error(ERR_EVAL, pos, "file '%s' changed while it was read", path);
        nar_pad(c, total);
    } else if (S_ISDIR(st.st_mode)) {
        NAR_LIT(c, "type");
        NAR_LIT(c, "directory");
        DIR *d = opendir(path);
        if (!d) ev_error(ERR_EVAL, pos, "opening directory '%s': %s", path, strerror(errno));
        const char **names = NULL;
        size_t n = 0, cap = 0;
        struct dirent *e;
        while ((e = readdir(d))) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
            if (n == cap) {
                cap = cap ? cap * 2 : 16;
                names = GC_REALLOC(names, cap * sizeof *names);
            }
            names[n++] = gc_strdup(e->d_name);
        }
        closedir(d);
        if (n) qsort(names, n, sizeof *names, name_cmp);
        for (size_t i = 0; i < n; i++) {
            char *child = gc_printf("%s/%s", strcmp(path, "/") ? path : "", names[i]);
            if (filter) {
                struct stat cst;
                if (lstat(child, &cst) != 0) ev_error(ERR_EVAL, pos, "getting status of '%s': %s", child, strerror(errno));
                if (!filter_keeps(filter, child, &cst, pos)) continue;
            }
            NAR_LIT(c, "entry");
            NAR_LIT(c, "(");
            NAR_LIT(c, "name");
            nar_str(c, names[i], strlen(names[i]));
            NAR_LIT(c, "node");
            nar_dump(c, child, filter, pos);
            NAR_LIT(c, ")");
        }
    } else if (S_ISLNK(st.st_mode)) {
        char target[4096];
        ssize_t n = readlink(path, target, sizeof target);
        if (n < 0) ev_error(ERR_EVAL, pos, "reading symbolic link '%s': %s", path, strerror(errno));
        NAR_LIT(c, "type");
        NAR_LIT(c, "symlink");
        NAR_LIT(c, "target");
        nar_str(c, target, (size_t)n);
    } else
        ev_error(ERR_EVAL, pos, "file '%s' has an unsupported type", path);
    NAR_LIT(c, ")");
}

Hash store_hash_path(const char *path, bool recursive, Value *filter, PosIdx pos)
{
    HashCtx c;
    hash_init(&c, HT_SHA256);
    if (recursive) {
        /* an error (from the filter, or the file system) must not leak the
         * digest state on its way out */
        Catch k;
        k.want_trace = true;
        if (!ev_try(&k, CATCH_ALL)) {
            hash_final(&c);
            ev_throw(k.err);
        }
        NAR_LIT(&c, "nix-archive-1");
        nar_dump(&c, path, filter, pos);
        ev_untry(&k);
    } else {
        FILE *f = fopen(path, "rb");
        if (!f) {
            hash_final(&c);
            ev_error(ERR_EVAL, pos, "opening file '%s': %s", path, strerror(errno));
        }
        char buf[65536];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, f)) > 0) hash_update(&c, buf, n);
        bool bad = ferror(f);
        int err = errno;
        fclose(f);
        if (bad) {
            hash_final(&c);
            ev_error(ERR_EVAL, pos, "reading from file: %s", strerror(err));
        }
    }
    return hash_final(&c);
}

/* ---- adding paths ---- */

/* Source paths already added in this run: path -> store path. */
static StrTable sources;

/* Adds a source path (recursive, no filter) as interpolation does. */
static const char *copy_to_store(const char *path, PosIdx pos)
{
    const char *known = strtab_get(&sources, path);
    if (known) return known;
    const char *name = path_base(path);
    if (store_is_drv(name)) ev_error(ERR_EVAL, pos, "file names are not allowed to end in '.drv'");
    Hash h = store_hash_path(path, true, NULL, pos);
    char *sp = store_fixed_path(true, &h, name, pos);
    remember((StoreObject){.store_path = sp, .kind = SO_SOURCE, .source = gc_strdup(path), .recursive = true});
    strtab_put(&sources, path, sp);
    return sp;
}

/* Sets OUT to the string SP whose context is SP itself. */
static void mk_store_string(Value *out, const char *sp)
{
    mk_string(out, sp, strlen(sp), ctx_single(sp));
}

/* builtins.path and filterSource: hash PATH with FILTER into the store. */
static void add_path(const char *name, const char *path, Value *filter, bool recursive,
                     const Hash *expected, Value *out, PosIdx pos)
{
    Frame fr;
    frame_push(&fr, FR_NOTE, pos, gc_printf("while adding path '%s'", path));
    Hash h = store_hash_path(path, recursive, filter, pos);
    char *sp = store_fixed_path(recursive, &h, name, pos);
    if (expected) {
        char *want = store_fixed_path(recursive, expected, name, pos);
        if (strcmp(want, sp) != 0)
            ev_error(ERR_EVAL, pos, "store path mismatch in (possibly filtered) path added from '%s'", path);
    }
    remember((StoreObject){.store_path = sp, .kind = SO_SOURCE, .source = gc_strdup(path),
                           .filter = filter, .recursive = recursive});
    frame_pop(&fr);
    mk_store_string(out, sp);
}

/* `filterSource pred path` */
PRIM(filterSource)
{
    const char *path = realise_path(args[1], pos);
    ev_force(args[0], pos);
    if (args[0]->type != T_LAMBDA && args[0]->type != T_PRIMOP && args[0]->type != T_PRIMOP_APP)
        ev_type_error(pos, "first argument in call to 'filterSource' is not a function but %s", ev_show_type(args[0]));
    add_path(path_base(path), path, args[0], true, NULL, out, pos);
}

/* `path { path, name ? …, filter ? …, recursive ? true, sha256 ? … }` */
PRIM(path)
{
    Attrs *a = ev_force_attrs(args[0], pos);
    const char *path = NULL, *name = NULL;
    Value *filter = NULL;
    bool recursive = true;
    Hash expected, *exp = NULL;
    for (uint32_t i = 0; i < a->size; i++) {
        const char *n = sym_str(a->a[i].name);
        Value *v = a->a[i].value;
        PosIdx ap = a->a[i].pos;
        if (!strcmp(n, "path")) path = realise_path(v, ap);
        else if (!strcmp(n, "name")) name = ev_force_string_noctx(v, ap);
        else if (!strcmp(n, "filter")) { ev_force(v, pos); filter = v; }
        else if (!strcmp(n, "recursive")) recursive = ev_force_bool(v, ap);
        else if (!strcmp(n, "sha256")) {
            const char *s = ev_force_string_noctx(v, ap);
            if (!*s) ev_error(ERR_EVAL, ap, "empty hash requires explicit hash type");
            const char *err = hash_parse(s, HT_SHA256, &expected);
            if (err) ev_error(ERR_EVAL, ap, "%s", err);
            exp = &expected;
        } else
            ev_error(ERR_EVAL, ap, "unsupported argument '%s' to 'addPath'", sym_show(a->a[i].name));
    }
    if (!path) ev_error(ERR_EVAL, pos, "'path' required");
    if (!name || !*name) name = path_base(path);
    add_path(name, path, filter, recursive, exp, out, pos);
}

/* `toFile name contents`: a text file in the store. */
PRIM(toFile)
{
    const char *name = ev_force_string_noctx(args[0], pos);
    ev_force_string(args[1], pos);
    const StrCtx *ctx = args[1]->str.ctx;
    uint32_t n = ctx ? ctx->n : 0;
    const char **refs = GC_MALLOC((n + 1) * sizeof *refs);
    for (uint32_t i = 0; i < n; i++) {
        if (ctx->items[i][0] != '/')
            ev_error(ERR_EVAL, pos, "in 'toFile': the file named '%s' must not contain a reference "
                                    "to a derivation but contains (%s)", name, ctx->items[i]);
        refs[i] = ctx->items[i];
    }
    char *sp = store_text_path(name, args[1]->str.s, args[1]->len, refs, n, pos);
    remember((StoreObject){.store_path = sp, .kind = SO_TEXT, .text = args[1]->str.s, .len = args[1]->len});
    mk_store_string(out, sp);
}

/* `placeholder output`: the stand-in for an output path. */
PRIM(placeholder)
{
    mk_cstring(out, store_placeholder(ev_force_string_noctx(args[0], pos)));
}

/* Canonicalises an absolute path following symlinks, as Nix's
 * canonPath(path, true). */
static char *resolve_links(const char *path, PosIdx pos)
{
    StrBuf s = {0};
    char *rest = gc_strdup(path);
    for (unsigned follow = 0;;) {
        while (*rest == '/') rest++;
        if (!*rest) break;
        if (!strcmp(rest, ".") || !strncmp(rest, "./", 2)) rest++;
        else if (!strcmp(rest, "..") || !strncmp(rest, "../", 3)) {
            char *slash = s.len ? strrchr(s.s, '/') : NULL;
            if (slash) { s.len = (size_t)(slash - s.s); s.s[s.len] = 0; }
            rest += 2;
        } else {
            char *slash = strchr(rest, '/');
            size_t n = slash ? (size_t)(slash - rest) : strlen(rest);
            sb_addc(&s, '/');
            sb_add(&s, rest, n);
            rest += n;
            struct stat st;
            if (lstat(s.s, &st) != 0) ev_error(ERR_EVAL, pos, "getting status of '%s': %s", s.s, strerror(errno));
            if (S_ISLNK(st.st_mode)) {
                if (++follow >= 1024) ev_error(ERR_EVAL, pos, "infinite symlink recursion in path '%s'", rest);
                char target[4096];
                ssize_t k = readlink(s.s, target, sizeof target - 1);
                if (k < 0) ev_error(ERR_EVAL, pos, "reading symbolic link '%s': %s", s.s, strerror(errno));
                target[k] = 0;
                rest = gc_printf("%s%s", target, rest);
                if (target[0] == '/') s.len = 0;
                else {
                    char *d = path_dir(s.s);
                    s.len = 0;
                    if (strcmp(d, "/")) sb_adds(&s, d);
                }
                if (s.s) s.s[s.len] = 0;
            }
        }
    }
    return s.len ? s.s : gc_strdup("/");
}

/* Whether S is a store path's base name: 32 base-32 characters, '-', a name. */
static bool store_base_ok(const char *base)
{
    if (strlen(base) < 34 || base[32] != '-') return false;
    for (int i = 0; i < 32; i++)
        if (!strchr("0123456789abcdfghijklmnpqrsvwxyz", base[i])) return false;
    for (const char *p = base + 33; *p; p++)
        if (!strchr("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+-._?=", *p)) return false;
    return true;
}

/* `storePath p`: P (a path in the store) with P's store path as context.
 * Without a store nothing is checked to exist, as in Nix's read-only mode. */
PRIM(storePath)
{
    const StrCtx *ctx = NULL;
    const char *path = ev_coerce_to_path(args[0], pos, &ctx);
    size_t d = strlen(STORE_DIR);
    bool direct = !strncmp(path, STORE_DIR "/", d + 1) && !strchr(path + d + 1, '/') && store_base_ok(path + d + 1);
    if (!direct) path = resolve_links(path, pos);
    if (strncmp(path, STORE_DIR "/", d + 1) != 0 || !path[d + 1])
        ev_error(ERR_EVAL, pos, "path '%s' is not in the Nix store", path);
    const char *slash = strchr(path + d + 1, '/');
    const char *sp = slash ? gc_strndup(path, (size_t)(slash - path)) : path;
    if (!store_base_ok(sp + d + 1))
        ev_error(ERR_EVAL, pos, "path '%s' is not in the Nix store", path);
    mk_string(out, path, strlen(path), ctx_merge(ctx, ctx_single(sp)));
}

/* ---- fetchers: arguments are checked as Nix checks them, then nomix
 * refuses to download: it evaluates offline ---- */

/* The error for a fetcher given valid arguments. */
static _Noreturn void offline(const char *who, const char *what, PosIdx pos)
{
    ev_error(ERR_EVAL, pos, "'%s' cannot fetch '%s': nomix evaluates offline, without network or store; "
                            "vendor the source and use a path instead", who, what);
}

/* fetchurl and fetchTarball: a URL, or { url, sha256 ?, name ? }. */
static void fetch(Value **args, PosIdx pos, const char *who)
{
    const char *url = NULL;
    ev_force(args[0], pos);
    if (args[0]->type == T_ATTRS) {
        Attrs *a = args[0]->attrs;
        for (uint32_t i = 0; i < a->size; i++) {
            const char *n = sym_str(a->a[i].name);
            PosIdx ap = a->a[i].pos;
            if (!strcmp(n, "url")) url = ev_force_string_noctx(a->a[i].value, ap);
            else if (!strcmp(n, "sha256")) {
                const char *h = ev_force_string_noctx(a->a[i].value, ap);
                Hash tmp;
                const char *err = *h ? hash_parse(h, HT_SHA256, &tmp) : NULL;
                if (err) ev_error(ERR_EVAL, ap, "%s", err);
            } else if (!strcmp(n, "name")) ev_force_string_noctx(a->a[i].value, ap);
            else ev_error(ERR_EVAL, ap, "unsupported argument '%s' to '%s'", sym_show(a->a[i].name), who);
        }
        if (!url) ev_error(ERR_EVAL, pos, "'url' argument required");
    } else
        url = ev_force_string_noctx(args[0], pos);
    offline(who, url, pos);
}

/* `builtins.fetchurl` */
PRIM(fetchurl)
{
    (void)out;
    fetch(args, pos, "fetchurl");
}

/* `fetchTarball` */
PRIM(fetchTarball)
{
    (void)out;
    fetch(args, pos, "fetchTarball");
}

/* `fetchGit`: a URL, or { url, ref ?, rev ?, … }. */
PRIM(fetchGit)
{
    (void)out;
    static const char *const allowed[] = {"url", "ref", "rev", "shallow", "submodules", "lastModified",
                                          "revCount", "narHash", "allRefs", "name"};
    ev_force(args[0], pos);
    const char *url = NULL;
    if (args[0]->type == T_ATTRS) {
        Attrs *a = args[0]->attrs;
        if (attrs_get(a, sym_cstr("type"))) ev_error(ERR_EVAL, pos, "unexpected attribute 'type'");
        for (uint32_t i = 0; i < a->size; i++) {
            Value *v = a->a[i].value;
            ev_force(v, a->a[i].pos);
            if (v->type == T_STRING || v->type == T_PATH) {
                StrBuf b = {0};
                ev_coerce_to_string(v, a->a[i].pos, COERCE_CANON_PATH, &b);
                if (!strcmp(sym_str(a->a[i].name), "url")) url = b.s ? b.s : "";
            } else if (v->type != T_BOOL && v->type != T_INT)
                ev_type_error(pos, "fetchTree argument '%s' is %s while a string, Boolean or integer is expected",
                              sym_str(a->a[i].name), ev_show_type(v));
        }
        for (uint32_t i = 0; i < a->size; i++) {
            bool ok = false;
            for (size_t k = 0; k < sizeof allowed / sizeof *allowed; k++)
                if (!strcmp(sym_str(a->a[i].name), allowed[k])) ok = true;
            if (!ok) ev_error(ERR_EVAL, pos, "unsupported Git input attribute '%s'", sym_str(a->a[i].name));
        }
        if (!url) ev_error(ERR_EVAL, pos, "input attribute 'url' is missing");
    } else {
        StrBuf b = {0};
        ev_coerce_to_string(args[0], pos, COERCE_CANON_PATH, &b);
        url = b.s ? b.s : "";
    }
    offline("fetchGit", url, pos);
}

/* `fetchMercurial`: a URL, or { url, rev ?, name ? }. */
PRIM(fetchMercurial)
{
    (void)out;
    ev_force(args[0], pos);
    const char *url = "";
    if (args[0]->type == T_ATTRS) {
        Attrs *a = args[0]->attrs;
        for (uint32_t i = 0; i < a->size; i++) {
            const char *n = sym_str(a->a[i].name);
            PosIdx ap = a->a[i].pos;
            if (!strcmp(n, "url")) {
                StrBuf b = {0};
                ev_coerce_to_string(a->a[i].value, ap, COERCE_CANON_PATH, &b);
                url = b.s ? b.s : "";
            } else if (!strcmp(n, "rev") || !strcmp(n, "name"))
                ev_force_string_noctx(a->a[i].value, ap);
            else
                ev_error(ERR_EVAL, ap, "unsupported argument '%s' to 'fetchMercurial'", sym_show(a->a[i].name));
        }
        if (!*url) ev_error(ERR_EVAL, pos, "'url' argument required");
    } else {
        StrBuf b = {0};
        ev_coerce_to_string(args[0], pos, COERCE_CANON_PATH, &b);
        url = b.s ? b.s : "";
    }
    offline("fetchMercurial", url, pos);
}

/* `fetchTree`: experimental in Nix 2.8 and off, so always refused there too. */
PRIM(fetchTree)
{
    (void)args;
    (void)out;
    ev_error(ERR_EVAL, pos, "experimental Nix feature 'flakes' is disabled; use '--extra-experimental-features flakes' to override");
}

static const PrimDef store_prims[] = {
    {"filterSource", 2, prim_filterSource, false},
    {"path", 1, prim_path, false},
    {"toFile", 2, prim_toFile, false},
    {"placeholder", 1, prim_placeholder, true},
    {"storePath", 1, prim_storePath, false},
    {"fetchurl", 1, prim_fetchurl, false},
    {"fetchTarball", 1, prim_fetchTarball, true},
    {"fetchGit", 1, prim_fetchGit, true},
    {"fetchMercurial", 1, prim_fetchMercurial, true},
    {"fetchTree", 1, prim_fetchTree, true},
};

void store_register(void)
{
    ev_copy_to_store_hook = copy_to_store;
    REGISTER(store_prims);
}
