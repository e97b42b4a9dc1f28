/* tree.c: a host's file tree: evaluating config.build.tree into files
 * (everything read, nothing written), and writing a tree atomically.
 *
 * A tree is written into a new directory beside its destination, which
 * is swapped into place in one rename; a failure removes the new
 * directory and leaves the destination as it was. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "eval.h"
#include "builtins.h"

/* The string attribute NAME of set V, or NULL if absent or null. */
static const char *str_field(Value *v, const char *name, PosIdx pos)
{
    Attr *a = attrs_get(ev_force_attrs(v, pos), sym_cstr(name));
    if (!a) return NULL;
    ev_force(a->value, pos);
    if (a->value->type == T_NULL) return NULL;
    StrBuf b = {0};
    ev_coerce_to_string(a->value, pos, 0, &b);
    return b.s ? b.s : "";
}

/* Reads a whole file of the building machine; *EXEC tells whether it is
 * executable. */
static char *read_source(const char *path, size_t *len, bool *exec, const char *for_path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        ev_error(ERR_EVAL, 0, "the source of '%s', '%s', cannot be read: %s", for_path, path, strerror(errno));
    if (S_ISDIR(st.st_mode))
        ev_error(ERR_EVAL, 0, "the source of '%s', '%s', is a directory; give a file", for_path, path);
    *exec = (st.st_mode & S_IXUSR) != 0;
    return ev_read_file(path, len, 0);
}

/* The contents of a store path this evaluation made (toFile, a format's
 * generate, a source file interpolated into a string). */
static char *read_store(const char *path, size_t *len, bool *exec, const char *for_path)
{
    static const char store_dir[] = "/nix/store/";
    const StoreObject *o = NULL;
    const char *rest = "";
    size_t dl = sizeof store_dir - 1;
    if (strncmp(path, store_dir, dl) != 0)
        ev_error(ERR_EVAL, 0, "the source of '%s', '%s', is not in the store", for_path, path);
    const char *slash = strchr(path + dl, '/');
    if (slash) {
        o = store_lookup(gc_strndup(path, (size_t)(slash - path)));
        rest = slash;
    } else
        o = store_lookup(path);
    if (!o || o->kind == SO_DERIVATION)
        ev_error(ERR_EVAL, 0, "the source of '%s', '%s', is not a file this evaluation made; "
                 "nomix builds nothing, so only files from builtins.toFile, a format's generate "
                 "or a local path can be sources", for_path, path);
    if (o->kind == SO_TEXT) {
        if (*rest) ev_error(ERR_EVAL, 0, "the source of '%s', '%s', is inside a file", for_path, path);
        *exec = false;
        *len = o->len;
        return gc_strndup(o->text, o->len);
    }
    return read_source(gc_printf("%s%s", o->source, rest), len, exec, for_path);
}

/* Whether P is a clean relative path (no leading /, no empty, . or .. parts). */
bool tree_clean_path(const char *p)
{
    if (!*p || *p == '/') return false;
    for (const char *s = p; *s;) {
        const char *e = strchr(s, '/');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (n == 0 || (n == 1 && s[0] == '.') || (n == 2 && s[0] == '.' && s[1] == '.')) return false;
        if (!e) break;
        s = e + 1;
    }
    return true;
}

Tree tree_evaluate(Value *host)
{
    Tree t = {0};
    size_t *n = &t.n;
    Value *config = host_field(host, "config");
    Attr *build = attrs_get(ev_force_attrs(config, 0), sym_cstr("build"));
    if (!build) ev_error(ERR_EVAL, 0, "the host has no build option (modules/system/build.nix)");
    Attr *tree = attrs_get(ev_force_attrs(build->value, 0), sym_cstr("tree"));
    ev_force_list(tree->value, 0);
    *n = tree->value->len;
    TreeFile *es = GC_MALLOC((*n + 1) * sizeof *es);
    Value **el = list_elems(tree->value);
    for (size_t i = 0; i < *n; i++) {
        TreeFile *e = &es[i];
        e->path = str_field(el[i], "path", 0);
        if (!e->path || !tree_clean_path(e->path))
            ev_error(ERR_EVAL, 0, "the tree has a file at '%s', which is not a path inside it", e->path ? e->path : "");
        if (!strcmp(e->path, "manifest.json"))
            ev_error(ERR_EVAL, 0, "the tree has a file at 'manifest.json', which nomix writes itself");
        const char *kind = str_field(el[i], "kind", 0);
        const char *mode = str_field(el[i], "mode", 0);
        e->user = str_field(el[i], "user", 0);
        e->group = str_field(el[i], "group", 0);
        bool exec = false;
        if (!strcmp(kind, "text")) {
            e->data = str_field(el[i], "text", 0);
            e->len = strlen(e->data);   /* Nix strings hold no NUL */
        } else if (!strcmp(kind, "copy")) {
            e->data = read_source(str_field(el[i], "source", 0), &e->len, &exec, e->path);
        } else if (!strcmp(kind, "store")) {
            e->data = read_store(str_field(el[i], "source", 0), &e->len, &exec, e->path);
        } else if (!strcmp(kind, "symlink")) {
            e->symlink = true;
            e->target = str_field(el[i], "target", 0);
            if (!e->target || !*e->target) ev_error(ERR_EVAL, 0, "the link '%s' has an empty target", e->path);
        } else
            ev_error(ERR_EVAL, 0, "the tree entry '%s' has an unknown kind '%s'", e->path, kind);
        e->mode = mode ? (unsigned)strtoul(mode, NULL, 8) : exec ? 0755 : 0644;
    }
    /* no file may also be a directory of another */
    for (size_t i = 0; i + 1 < *n; i++) {
        size_t l = strlen(es[i].path);
        if (!strncmp(es[i].path, es[i + 1].path, l) && es[i + 1].path[l] == '/')
            ev_error(ERR_EVAL, 0, "the tree has both a file '%s' and a file '%s' under it", es[i].path, es[i + 1].path);
    }
    t.files = es;
    return t;
}

/* ---- writing ---- */

void tree_remove(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0) return;
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        if (d) {
            struct dirent *e;
            while ((e = readdir(d)))
                if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
                    tree_remove(gc_printf("%s/%s", path, e->d_name));
            closedir(d);
        }
        rmdir(path);
    } else
        unlink(path);
}

/* Creates the directories above PATH (inside ROOT). PREV is the path of
 * the file made before (files come sorted), whose directories exist. */
static void make_parents(const char *root, const char *path, const char *prev)
{
    for (const char *s = strchr(path, '/'); s; s = strchr(s + 1, '/')) {
        size_t n = (size_t)(s - path);
        if (prev && !strncmp(prev, path, n + 1)) continue;   /* made for PREV */
        const char *dir = gc_printf("%s/%.*s", root, (int)n, path);
        if (mkdir(dir, 0755) != 0 && errno != EEXIST)
            ev_error(ERR_EVAL, 0, "creating directory '%s': %s", dir, strerror(errno));
    }
}

/* Writes LEN bytes to a new file. */
static void write_file(const char *path, const char *data, size_t len, unsigned mode)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) ev_error(ERR_EVAL, 0, "creating '%s': %s", path, strerror(errno));
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, data + done, len - done);
        if (w < 0) {
            int err = errno;
            close(fd);
            ev_error(ERR_EVAL, 0, "writing '%s': %s", path, strerror(err));
        }
        done += (size_t)w;
    }
    if (fchmod(fd, mode) != 0 || close(fd) != 0)
        ev_error(ERR_EVAL, 0, "finishing '%s': %s", path, strerror(errno));
}

/* The manifest: every file with its mode, owner, size and sha256, sorted. */
static void manifest(StrBuf *b, const TreeFile *es, size_t n)
{
    sb_adds(b, "{\n  \"files\": [");
    for (size_t i = 0; i < n; i++) {
        const TreeFile *e = &es[i];
        sb_adds(b, i ? ",\n    {\n" : "\n    {\n");
        sb_adds(b, "      \"path\": ");
        ev_json_string(b, e->path, strlen(e->path));
        if (e->symlink) {
            sb_adds(b, ",\n      \"type\": \"symlink\",\n      \"target\": ");
            ev_json_string(b, e->target, strlen(e->target));
        } else {
            sb_printf(b, ",\n      \"type\": \"file\",\n      \"mode\": \"%04o\",\n      \"size\": %zu,\n      \"sha256\": \"%s\"",
                      e->mode, e->len, stdlib_sha256_hex(e->data, e->len));
        }
        sb_adds(b, ",\n      \"user\": ");
        ev_json_string(b, e->user, strlen(e->user));
        sb_adds(b, ",\n      \"group\": ");
        ev_json_string(b, e->group, strlen(e->group));
        sb_adds(b, "\n    }");
    }
    sb_adds(b, n ? "\n  ]\n}\n" : "]\n}\n");
}

/* Writes the entries and the manifest into the new directory ROOT. */
static void write_tree(const char *root, const TreeFile *es, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const TreeFile *e = &es[i];
        make_parents(root, e->path, i ? es[i - 1].path : NULL);
        const char *p = gc_printf("%s/%s", root, e->path);
        if (e->symlink) {
            if (symlink(e->target, p) != 0) ev_error(ERR_EVAL, 0, "creating link '%s': %s", p, strerror(errno));
        } else
            write_file(p, e->data, e->len, e->mode);
    }
    StrBuf m = {0};
    manifest(&m, es, n);
    write_file(gc_printf("%s/manifest.json", root), m.s, m.len, 0644);
}

/* Moves the finished tree NEW into place at OUT (swapping with an old
 * tree in one step), then removes the old one. */
static void install_tree(const char *new_dir, const char *out)
{
    struct stat st;
    if (lstat(out, &st) != 0) {
        if (rename(new_dir, out) != 0) ev_error(ERR_EVAL, 0, "moving the tree to '%s': %s", out, strerror(errno));
        return;
    }
    if (renameat2(AT_FDCWD, new_dir, AT_FDCWD, out, RENAME_EXCHANGE) != 0)
        ev_error(ERR_EVAL, 0, "replacing '%s': %s", out, strerror(errno));
    tree_remove(new_dir);   /* now the old tree */
}

/* Whether OUT may be replaced: absent, an empty directory, or a tree
 * built by nomix (it has a manifest.json). */
static void check_out(const char *out)
{
    struct stat st;
    if (lstat(out, &st) != 0) return;
    if (!S_ISDIR(st.st_mode)) ev_error(ERR_EVAL, 0, "'%s' exists and is not a directory", out);
    if (access(gc_printf("%s/manifest.json", out), F_OK) == 0) return;
    DIR *d = opendir(out);
    if (!d) ev_error(ERR_EVAL, 0, "opening '%s': %s", out, strerror(errno));
    struct dirent *e;
    bool empty = true;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) empty = false;
    closedir(d);
    if (!empty)
        ev_error(ERR_EVAL, 0, "'%s' exists and was not built by nomix (it has no manifest.json); "
                 "remove it or choose another directory", out);
}

void tree_print(const Tree *t)
{
    const TreeFile *es = t->files;
    size_t n = t->n;
    for (size_t i = 0; i < n; i++) {
        const TreeFile *e = &es[i];
        if (e->symlink) printf("link %s -> %s\n", e->path, e->target);
        else printf("%04o %8zu %s\n", e->mode, e->len, e->path);
    }
    printf("%zu files (and manifest.json)\n", n);
}

/* One line per file of the manifest in DIR (or of the tree T if DIR is
 * NULL) that says everything about it, for counting changed files. */
static const char **signatures(const TreeFile *es, size_t n)
{
    const char **sig = GC_MALLOC((n + 1) * sizeof *sig);
    for (size_t i = 0; i < n; i++) {
        const TreeFile *e = &es[i];
        sig[i] = e->symlink
            ? gc_printf("%s\tlink\t%s\t%s\t%s", e->path, e->target, e->user, e->group)
            : gc_printf("%s\tfile\t%04o\t%s\t%s\t%s", e->path, e->mode, stdlib_sha256_hex(e->data, e->len), e->user, e->group);
    }
    return sig;
}

/* The signatures of the files in the manifest of the tree at OUT (none if
 * it has no readable manifest). */
static const char **old_signatures(const char *out, size_t *n)
{
    *n = 0;
    const char *path = gc_printf("%s/manifest.json", out);
    if (access(path, R_OK) != 0) return NULL;
    /* read through the evaluator's own JSON parser */
    const char *src = "p: map (f: if f.type == \"symlink\" then \"${f.path}\\tlink\\t${f.target}\\t${f.user}\\t${f.group}\" "
                      "else \"${f.path}\\tfile\\t${f.mode}\\t${f.sha256}\\t${f.user}\\t${f.group}\") "
                      "(builtins.fromJSON (builtins.readFile p)).files";
    Catch c;
    c.want_trace = false;
    if (!ev_try(&c, CATCH_ALL)) return NULL;   /* unreadable: every file counts as changed */
    Expr *e = ev_parse_string(src, strlen(src), "/", SRC_STRING);
    Value fn, arg, res;
    ev_eval_top(e, &fn);
    mk_cstring(&arg, path);
    Value *args[1] = {&arg};
    ev_call(&fn, 1, args, &res, 0);
    ev_force_list(&res, 0);
    const char **sig = GC_MALLOC((res.len + 1) * sizeof *sig);
    for (uint32_t i = 0; i < res.len; i++) sig[i] = ev_force_string_noctx(list_elems(&res)[i], 0);
    ev_untry(&c);
    *n = res.len;
    return sig;
}

/* Orders strings byte-wise. */
static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The path part of a signature (up to the tab), compared with another's. */
static int path_cmp(const char *a, const char *b)
{
    size_t la = strcspn(a, "\t"), lb = strcspn(b, "\t");
    int c = memcmp(a, b, la < lb ? la : lb);
    return c ? c : (la > lb) - (la < lb);
}

/* How many files differ between two signature lists: added, removed, or
 * changed in any way. */
static size_t count_changes(const char **a, size_t na, const char **b, size_t nb)
{
    if (na) qsort(a, na, sizeof *a, str_cmp);
    if (nb) qsort(b, nb, sizeof *b, str_cmp);
    size_t changes = 0, i = 0, j = 0;
    while (i < na || j < nb) {
        int c = i == na ? 1 : j == nb ? -1 : path_cmp(a[i], b[j]);
        if (c == 0) {
            if (strcmp(a[i], b[j]) != 0) changes++;
            i++;
            j++;
        } else {
            changes++;
            if (c < 0) i++; else j++;
        }
    }
    return changes;
}

void tree_remove_leftovers(const char *out)
{
    const char *slash = strrchr(out, '/');
    const char *dir = slash ? (slash == out ? "/" : gc_strndup(out, (size_t)(slash - out))) : ".";
    const char *prefix = gc_printf("%s" TREE_TEMP_MARK, slash ? slash + 1 : out);
    size_t plen = strlen(prefix);
    DIR *d = opendir(dir);
    if (!d) return;
    const char **found = NULL;
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d));)
        if (!strncmp(e->d_name, prefix, plen) && strlen(e->d_name) == plen + 6) {
            found = GC_REALLOC(found, (n + 1) * sizeof *found);
            found[n++] = gc_printf("%s/%s", dir, e->d_name);
        }
    closedir(d);
    for (size_t i = 0; i < n; i++) tree_remove(found[i]);
}

size_t tree_install(const Tree *t, const char *out)
{
    check_out(out);
    size_t nold;
    const char **old = old_signatures(out, &nold);
    /* Ctrl-C or a kill while the new tree is written would leave it half
     * written beside the old one: such signals wait until it is in place
     * (or removed), which takes milliseconds. */
    ev_hold_signals(true);
    char *tmpl = gc_printf("%s" TREE_TEMP_MARK "XXXXXX", out);
    if (!mkdtemp(tmpl)) {
        ev_hold_signals(false);
        ev_error(ERR_EVAL, 0, "creating a directory beside '%s': %s", out, strerror(errno));
    }
    /* on any error, the half-written directory goes */
    Catch c;
    c.want_trace = true;
    if (!ev_try(&c, CATCH_ALL)) {
        tree_remove(tmpl);
        ev_hold_signals(false);
        ev_throw(c.err);
    }
    if (chmod(tmpl, 0755) != 0) ev_error(ERR_EVAL, 0, "setting the mode of '%s': %s", tmpl, strerror(errno));
    write_tree(tmpl, t->files, t->n);
    install_tree(tmpl, out);
    ev_untry(&c);
    ev_hold_signals(false);
    return count_changes(old, nold, signatures(t->files, t->n), t->n);
}
