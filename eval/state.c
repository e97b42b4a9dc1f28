/* state.c: setting up an evaluation: the collector, the base environment
 * of builtins, files (each parsed and evaluated once per run), and the
 * large stack evaluation runs on. */
#define GC_THREADS
#include <gc/gc.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

/* ---- the base environment ---- */

typedef struct Global {
    Sym name;
    Value *v;
} Global;

static Global *globals;
static uint32_t nglobals, cglobals;
static Attrs *builtins_attrs;
static uint32_t cbuiltins;

/* Adds a name to the base environment. */
static void add_global(const char *name, Value *v)
{
    if (nglobals == cglobals) {
        cglobals = cglobals ? cglobals * 2 : 256;
        globals = GC_REALLOC(globals, cglobals * sizeof *globals);
    }
    globals[nglobals++] = (Global){sym_cstr(name), v};
}

/* Adds an attribute to the `builtins` set (sorted when sealed). */
static void add_builtin_attr(const char *name, Value *v)
{
    if (builtins_attrs->size == cbuiltins) {
        cbuiltins *= 2;
        Attrs *n = attrs_alloc(cbuiltins);
        memcpy(n, builtins_attrs, sizeof(Attrs) + builtins_attrs->size * sizeof(Attr));
        builtins_attrs = n;
        ev.builtins->attrs = n;
    }
    builtins_attrs->a[builtins_attrs->size++] = (Attr){sym_cstr(name), 0, v};
}

void ev_register_const(const char *name, Value *v, bool global)
{
    const char *bare = strncmp(name, "__", 2) == 0 ? name + 2 : name;
    add_global(global ? bare : gc_printf("__%s", bare), v);
    add_builtin_attr(bare, v);
}

void ev_register_prim(const char *name, uint8_t arity, PrimFn fn, bool global)
{
    if (arity == 0 || arity > 8) {
        fprintf(stderr, "nomix: builtin %s has an unsupported arity %u\n", name, arity);
        abort();
    }
    PrimOp *p = GC_MALLOC(sizeof *p);
    p->name = name;
    p->arity = arity;
    p->fn = fn;
    Value *v = GC_MALLOC(sizeof *v);
    mk_primop(v, p);
    ev_register_const(name, v, global);
}

void ev_register_extension(const char *name, uint8_t arity, PrimFn fn)
{
    PrimOp *p = GC_MALLOC(sizeof *p);
    p->name = name;
    p->arity = arity;
    p->fn = fn;
    Value *v = GC_MALLOC(sizeof *v);
    mk_primop(v, p);
    add_global(name, v);
}

/* Orders globals by symbol id, for binary search by the binder. */
static int global_cmp(const void *x, const void *y)
{
    const Global *a = x, *b = y;
    return a->name < b->name ? -1 : a->name > b->name;
}

void ev_seal_builtins(void)
{
    attrs_sort(builtins_attrs);
    qsort(globals, nglobals, sizeof *globals, global_cmp);
    ev.base_env = env_alloc(nglobals);
    ev.base_env->up = NULL;
    ScopeName *names = GC_MALLOC_ATOMIC(nglobals * sizeof *names);
    for (uint32_t i = 0; i < nglobals; i++) {
        ev.base_env->v[i] = globals[i].v;
        names[i] = (ScopeName){globals[i].name, i};
    }
    ev.base_scope = (Scope){NULL, false, nglobals, names};
}

/* The names Nix 2.8 interns before anything else, in its order; interning
 * them first gives attribute sets the same internal order as Nix, which
 * decides which error a strict evaluation meets first. */
static const char *const early_symbols[] = {
    "<with>", "outPath", "drvPath", "type", "meta", "name", "value", "system",
    "__overrides", "outputs", "outputName", "__ignoreNulls", "file", "line",
    "column", "__functor", "__toString", "right", "wrong", "__structuredAttrs",
    "builder", "args", "__contentAddressed", "__impure", "outputHash",
    "outputHashAlgo", "outputHashMode", "recurseForDerivations", "description",
    "self", "", "startSet", "operator", "key", "path", "prefix",
};

/* Makes a string value that lives for the whole run. */
static Value *const_string(const char *s)
{
    Value *v = GC_MALLOC(sizeof *v);
    mk_cstring(v, s);
    return v;
}

/* Splits a search path entry "prefix=path" (or "path"). */
static Value *search_entry(const char *entry)
{
    const char *eq = strchr(entry, '=');
    Attrs *a = attrs_alloc(2);
    Value *path = val_alloc(), *prefix = val_alloc();
    if (eq) {
        mk_string_copy(prefix, entry, (size_t)(eq - entry));
        mk_cstring(path, eq + 1);
    } else {
        mk_string_copy(prefix, "", 0);
        mk_cstring(path, entry);
    }
    a->a[a->size++] = (Attr){sym_cstr("path"), 0, path};
    a->a[a->size++] = (Attr){sym_cstr("prefix"), 0, prefix};
    attrs_sort(a);
    Value *v = val_alloc();
    mk_attrs(v, a);
    return v;
}

void ev_init(const EvOptions *opts)
{
    GC_INIT();
    /* Collect less often than libgc's default, and start with a heap big
     * enough that small evaluations never collect. The whole initial heap
     * is touched before the first collection, so it is the floor of the
     * resident size. On bench/, 32 MiB was within 10% of 64 MiB's speed
     * and halved the small programs' memory; 16 MiB cost merge.nix 25%.
     * The usual libgc variables override both; a caller that knows it
     * will evaluate a lot (nomix fleet) asks for more. */
    if (!getenv("GC_FREE_SPACE_DIVISOR")) GC_set_free_space_divisor(2);
    if (!getenv("GC_INITIAL_HEAP_SIZE"))
        GC_expand_hp(opts && opts->initial_heap ? opts->initial_heap : (size_t)32 << 20);

    ev.show_trace = opts && opts->show_trace;
    ev.max_trace = 6;
    if (!ev.stack_limit) {
        /* not on the big stack: assume the usual 8 MiB */
        char here;
        ev.stack_limit = (char *)((uintptr_t)&here - (6u << 20));
    }
    lang_set_stack_limit(ev.stack_limit);

    for (size_t i = 0; i < sizeof early_symbols / sizeof *early_symbols; i++) sym_cstr(early_symbols[i]);

    /* `builtins` comes first, as in Nix. */
    cbuiltins = 256;
    builtins_attrs = attrs_alloc(cbuiltins);
    ev.builtins = GC_MALLOC(sizeof(Value));
    mk_attrs(ev.builtins, builtins_attrs);
    add_global("builtins", ev.builtins);
    add_builtin_attr("builtins", ev.builtins);

    Value *t = GC_MALLOC(sizeof *t), *f = GC_MALLOC(sizeof *f), *n = GC_MALLOC(sizeof *n);
    mk_bool(t, true);
    mk_bool(f, false);
    mk_null(n);
    ev_register_const("true", t, true);
    ev_register_const("false", f, true);
    ev_register_const("null", n, true);

    Value *now = GC_MALLOC(sizeof *now);
    mk_int(now, (int64_t)time(NULL));
    ev_register_const("currentTime", now, false);
    ev_register_const("currentSystem", const_string("x86_64-linux"), false);
    ev_register_const("nixVersion", const_string("2.8.0"), false);
    ev_register_const("storeDir", const_string("/nix/store"), false);
    Value *lv = GC_MALLOC(sizeof *lv);
    mk_int(lv, 6);
    ev_register_const("langVersion", lv, false);

    Value *np = GC_MALLOC(sizeof *np);
    uint32_t ns = opts ? opts->nsearch : 0;
    Value **el = mk_list(np, ns);
    for (uint32_t i = 0; i < ns; i++) el[i] = search_entry(opts->search_path[i]);
    ev_register_const("nixPath", np, false);
}

/* ---- string tables ---- */

/* Hashes a string (FNV-1a). */
static uint32_t str_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

void *strtab_get(const StrTable *m, const char *k)
{
    if (!m->keys) return NULL;
    for (uint32_t h = str_hash(k) & m->mask; m->keys[h]; h = (h + 1) & m->mask)
        if (strcmp(m->keys[h], k) == 0) return m->vals[h];
    return NULL;
}

void strtab_put(StrTable *m, const char *k, void *v)
{
    if (!m->keys || m->n * 2 >= m->mask) {
        StrTable old = *m;
        uint32_t size = old.keys ? (old.mask + 1) * 2 : 64;
        m->keys = GC_MALLOC(size * sizeof *m->keys);
        m->vals = GC_MALLOC(size * sizeof *m->vals);
        m->mask = size - 1;
        m->n = 0;
        if (old.keys)
            for (uint32_t i = 0; i <= old.mask; i++)
                if (old.keys[i]) strtab_put(m, old.keys[i], old.vals[i]);
    }
    uint32_t h = str_hash(k) & m->mask;
    while (m->keys[h] && strcmp(m->keys[h], k) != 0) h = (h + 1) & m->mask;
    if (!m->keys[h]) m->n++;
    m->keys[h] = gc_strdup(k);
    m->vals[h] = v;
}

/* ---- files ---- */

static StrTable parse_cache, eval_cache;   /* the per-run file caches */

const char *ev_resolve_import(const char *path, PosIdx pos)
{
    char *p = gc_strdup(path);
    struct stat st;
    for (int follow = 0;; follow++) {
        if (follow >= 1024)
            ev_error(ERR_EVAL, pos, "too many symbolic links encountered while traversing the path '%s'", p);
        if (lstat(p, &st) != 0)
            ev_error(ERR_EVAL, pos, "getting status of '%s': %s", p, strerror(errno));
        if (!S_ISLNK(st.st_mode)) break;
        char buf[4096];
        ssize_t n = readlink(p, buf, sizeof buf - 1);
        if (n < 0) ev_error(ERR_EVAL, pos, "reading symbolic link '%s': %s", p, strerror(errno));
        buf[n] = 0;
        p = path_abs(buf, (size_t)n, path_dir(p));
    }
    if (S_ISDIR(st.st_mode)) p = path_canon(gc_printf("%s/default.nix", p), strlen(p) + 12);
    return p;
}

char *ev_read_file(const char *path, size_t *len, PosIdx pos)
{
    FILE *f = fopen(path, "rb");
    if (!f) ev_error(ERR_EVAL, pos, "opening file '%s': %s", path, strerror(errno));
    StrBuf b = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_add(&b, buf, n);
    bool bad = ferror(f);
    int err = errno;
    fclose(f);
    if (bad) ev_error(ERR_EVAL, pos, "reading from file: %s", strerror(err));
    *len = b.len;
    return b.s ? b.s : gc_strdup("");
}

/* Turns a front-end failure into an evaluation error. */
static _Noreturn void lang_fail(const LangError *err)
{
    ev_error(err->undefined_var ? ERR_UNDEFINED_VAR : ERR_PARSE, err->pos, "%s", err->msg);
}

static const char **library_dirs;
static size_t nlibrary_dirs;

void ev_add_library_dir(const char *dir)
{
    library_dirs = GC_REALLOC(library_dirs, (nlibrary_dirs + 1) * sizeof *library_dirs);
    library_dirs[nlibrary_dirs++] = gc_strdup(dir);
}

/* Whether PATH lies in one of the library directories. */
static bool in_library(const char *path)
{
    for (size_t i = 0; i < nlibrary_dirs; i++) {
        size_t n = strlen(library_dirs[i]);
        if (strncmp(path, library_dirs[i], n) == 0 && path[n] == '/') return true;
    }
    return false;
}

Expr *ev_parse_file(const char *path, PosIdx pos)
{
    Expr *e = strtab_get(&parse_cache, path);
    if (e) return e;
    size_t len;
    char *text = ev_read_file(path, &len, pos);
    Source *src = src_add(SRC_FILE, path, path_dir(path), text, len);
    src->library = in_library(path);
    LangError err = {0};
    e = lang_parse(src, &ev.base_scope, &err);
    if (!e) lang_fail(&err);
    strtab_put(&parse_cache, path, e);
    return e;
}

Expr *ev_parse_file_in(const char *path, const Scope *scope, PosIdx pos)
{
    size_t len;
    char *text = ev_read_file(path, &len, pos);
    Source *src = src_add(SRC_FILE, path, path_dir(path), text, len);
    src->library = in_library(path);
    LangError err = {0};
    Expr *e = lang_parse(src, scope, &err);
    if (!e) lang_fail(&err);
    return e;
}

Expr *ev_parse_builtin(const char *name, const char *text, size_t len)
{
    Source *src = src_add(SRC_FILE, name, "/", text, len);
    src->hidden = true;
    LangError err = {0};
    Expr *e = lang_parse(src, &ev.base_scope, &err);
    if (!e) lang_fail(&err);
    return e;
}

Expr *ev_parse_string(const char *text, size_t len, const char *basedir, SrcKind kind)
{
    Source *src = src_add(kind, NULL, basedir, text, len);
    LangError err = {0};
    Expr *e = lang_parse(src, &ev.base_scope, &err);
    if (!e) lang_fail(&err);
    return e;
}

void ev_eval_top(Expr *e, Value *out)
{
    if (!ev.top_pos) ev.top_pos = e->pos;
    ev_eval(e, ev.base_env, out);
}

void ev_eval_file(const char *path, Value *out, PosIdx pos)
{
    Value *cached = strtab_get(&eval_cache, path);
    if (cached) { *out = *cached; return; }
    const char *resolved = ev_resolve_import(path, pos);
    cached = strtab_get(&eval_cache, resolved);
    if (cached) { *out = *cached; return; }
    Expr *e = ev_parse_file(resolved, pos);
    Value *v = val_alloc();
    Frame fr;
    frame_push(&fr, FR_FILE, e->pos, resolved);
    ev_eval_top(e, v);
    frame_pop(&fr);
    strtab_put(&eval_cache, resolved, v);
    if (strcmp(path, resolved) != 0) strtab_put(&eval_cache, path, v);
    *out = *v;
}

/* ---- the big stack ---- */

/* AddressSanitizer warns about longjmp across more than 64 MiB of stack,
 * so sanitizer builds use a smaller one. */
#if defined(__SANITIZE_ADDRESS__)
#define EVAL_STACK_SIZE ((size_t)60 << 20)
#else
#define EVAL_STACK_SIZE ((size_t)256 << 20)
#endif
#define STACK_MARGIN ((size_t)2 << 20)

typedef struct StackRun {
    int (*fn)(void *);
    void *arg;
    int result;
    sigset_t mask;      /* the signal mask to run with */
} StackRun;

/* The signals that ask a command to stop: SIGINT, SIGTERM, SIGHUP. */
void ev_stop_signals(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGHUP);
}

/* Thread body: notes where the stack ends, then runs the work. */
static void *stack_trampoline(void *p)
{
    StackRun *r = p;
    char here;
    ev.stack_limit = (char *)((uintptr_t)&here - (EVAL_STACK_SIZE - STACK_MARGIN));
    pthread_sigmask(SIG_SETMASK, &r->mask, NULL);
    r->result = r->fn(r->arg);
    return NULL;
}

int ev_run_big_stack(int (*fn)(void *), void *arg)
{
    GC_INIT();
    StackRun r = {fn, arg, 0, {{0}}};
    /* The waiting thread takes no termination signals, so they reach the
     * working one, which can hold them off while it writes (ev_hold_signals). */
    sigset_t term;
    ev_stop_signals(&term);
    pthread_sigmask(SIG_BLOCK, &term, &r.mask);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, EVAL_STACK_SIZE);
    pthread_t t;
    if (GC_pthread_create(&t, &attr, stack_trampoline, &r) != 0) {
        /* no thread: run here, with the stack we have */
        pthread_attr_destroy(&attr);
        pthread_sigmask(SIG_SETMASK, &r.mask, NULL);
        return fn(arg);
    }
    pthread_attr_destroy(&attr);
    GC_pthread_join(t, NULL);
    pthread_sigmask(SIG_SETMASK, &r.mask, NULL);
    return r.result;
}

/* Holds off the stop signals in this thread, or lets them through again. */
void ev_hold_signals(bool hold)
{
    static sigset_t before;
    sigset_t term;
    ev_stop_signals(&term);
    if (hold) pthread_sigmask(SIG_BLOCK, &term, &before);
    else pthread_sigmask(SIG_SETMASK, &before, NULL);
}
