/* fs.c: builtins that look at files and path names. */
#include <dirent.h>
#include <errno.h>
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

const char *realise_path(Value *v, PosIdx pos)
{
    const StrCtx *ctx = NULL;
    const char *path = ev_coerce_to_path(v, pos, &ctx);
    if (ctx && ctx->n) {
        /* the path would have to be built or fetched into a store first */
        const char *item = ctx->items[0];
        if (item[0] == '=') item++;
        else if (item[0] == '!') item = strchr(item + 1, '!') + 1;
        ev_error(ERR_EVAL, pos, "path '%s' is not valid", item);
    }
    return path;
}

/* `pathExists path` */
PRIM(pathExists)
{
    const char *path = realise_path(args[0], pos);
    struct stat st;
    mk_bool(out, lstat(path, &st) == 0);
}

/* `readDir path`: { name = "regular" | "directory" | "symlink" | "unknown"; } */
PRIM(readDir)
{
    const char *path = realise_path(args[0], pos);
    DIR *d = opendir(path);
    if (!d) ev_error(ERR_EVAL, pos, "opening directory '%s': %s", path, strerror(errno));
    Attrs *a = NULL;
    uint32_t cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        unsigned type = e->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st;
            char *child = gc_printf("%s/%s", path, e->d_name);
            if (lstat(child, &st) != 0) ev_error(ERR_EVAL, pos, "getting status of '%s': %s", child, strerror(errno));
            type = S_ISREG(st.st_mode) ? DT_REG : S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_UNKNOWN;
        }
        if (!a || a->size == cap) {
            cap = cap ? cap * 2 : 16;
            Attrs *n = attrs_alloc(cap);
            if (a) {
                memcpy(n->a, a->a, a->size * sizeof *a->a);
                n->size = a->size;
            }
            a = n;
        }
        Value *v = val_alloc();
        mk_cstring(v, type == DT_REG ? "regular" : type == DT_DIR ? "directory" : type == DT_LNK ? "symlink" : "unknown");
        a->a[a->size++] = (Attr){sym_cstr(e->d_name), 0, v};
    }
    closedir(d);
    if (!a) a = attrs_alloc(0);
    attrs_sort(a);
    mk_attrs(out, a);
}

/* The hash type named by V, failing with Nix's message. */
static HashType hash_type_arg(Value *v, PosIdx pos)
{
    const char *name = ev_force_string_noctx(v, pos);
    HashType t;
    if (!hash_type_parse(name, &t)) ev_error(ERR_EVAL, pos, "unknown hash algorithm '%s'", name);
    return t;
}

/* `hashFile type path`: the base-16 hash of a file's bytes. */
PRIM(hashFile)
{
    HashType t = hash_type_arg(args[0], pos);
    const char *path = realise_path(args[1], pos);
    size_t len;
    char *text = ev_read_file(path, &len, pos);
    Hash h = hash_string(t, text, len);
    mk_cstring(out, hash_base16(&h));
}

/* `hashString type s`: the base-16 hash of a string (its context is dropped). */
PRIM(hashString)
{
    HashType t = hash_type_arg(args[0], pos);
    ev_force_string(args[1], pos);
    Hash h = hash_string(t, args[1]->str.s, args[1]->len);
    mk_cstring(out, hash_base16(&h));
}

/* `baseNameOf p`: the last component, as a string. */
PRIM(baseNameOf)
{
    StrBuf b = {0};
    ev_coerce_to_string(args[0], pos, COERCE_CANON_PATH, &b);
    const char *base = path_base(b.s ? b.s : "");
    mk_string(out, base, strlen(base), b.ctx);
}

/* `dirOf p`: the directory part; a path stays a path. */
PRIM(dirOf)
{
    StrBuf b = {0};
    ev_coerce_to_string(args[0], pos, COERCE_CANON_PATH, &b);
    const char *dir = path_dir(b.s ? b.s : "");
    if (args[0]->type == T_PATH) mk_path(out, dir, strlen(dir));
    else mk_string(out, dir, strlen(dir), b.ctx);
}

/* `toPath s`: the canonical absolute path, as a string. */
PRIM(toPath)
{
    const StrCtx *ctx = NULL;
    const char *p = ev_coerce_to_path(args[0], pos, &ctx);
    const char *c = path_canon(p, strlen(p));
    mk_string(out, c, strlen(c), ctx);
}

static const PrimDef fs_prims[] = {
    {"pathExists", 1, prim_pathExists, false},
    {"readDir", 1, prim_readDir, false},
    {"hashFile", 2, prim_hashFile, false},
    {"hashString", 2, prim_hashString, false},
    {"baseNameOf", 1, prim_baseNameOf, true},
    {"dirOf", 1, prim_dirOf, true},
    {"toPath", 1, prim_toPath, false},
};

void fs_register(void)
{
    REGISTER(fs_prims);
}
