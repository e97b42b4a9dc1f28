/* cmd_diff.c: `nomix diff OLD NEW`: what changes between two built trees
 * (or two fleets of them), file by file, key by key, line by line, and
 * which units that makes systemd start, restart or stop.
 *
 * A tree is a directory with a manifest.json (as `nomix build` writes it);
 * the manifest is what the tree holds: its files, their types, modes,
 * owners and link targets. A fleet is a directory of trees, one per host.
 * Everything is read before anything is printed, and the output is sorted,
 * so that it is the same from run to run. */
#include <dirent.h>
#include <errno.h>
#include <gc/gc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "eval.h"
#include "builtins.h"
#include "textdiff.h"

static const char diff_help[] =
    "Usage: nomix diff [OPTIONS] OLD NEW\n"
    "\n"
    "Show what changes from OLD to NEW, two trees written by `nomix build`\n"
    "(directories with a manifest.json) or two fleets (directories whose\n"
    "subdirectories are such trees, one per host, as `nomix fleet` writes them).\n"
    "If OLD does not exist, everything in NEW is shown as added (a first deploy).\n"
    "\n"
    "For each host (of a fleet, in the order of their names; a host in only\n"
    "one of the fleets is an added or removed host), the output gives:\n"
    "  - the files added, removed and changed, each group sorted by path:\n"
    "      added    etc/nomad.d/tls.hcl\n"
    "      removed  etc/old.conf\n"
    "      changed  etc/nomad.json (content, mode 0644 -> 0640)\n"
    "    where a change is one or more of: content; mode A -> B; owner\n"
    "    U:G -> U:G; target A -> B (a link); file -> link, link -> file;\n"
    "  - for each changed file, what changed inside it:\n"
    "      *.json files: the keys that changed, were added or removed,\n"
    "        read with builtins.fromJSON (lists are compared whole, or\n"
    "        element by element when they hold sets of the same length):\n"
    "          --- old/etc/nomad.json\n"
    "          +++ new/etc/nomad.json\n"
    "          @@ by key (JSON) @@\n"
    "            client.servers: [\"10.0.0.1:4647\"] -> [\"10.0.0.2:4647\"]\n"
    "          + telemetry.prometheus_metrics: true\n"
    "          - log_level: \"INFO\"\n"
    "      *.hcl files: the same, read with lib.fromHCL;\n"
    "      other text files, and JSON or HCL that does not parse (or whose\n"
    "        change is only in layout): a unified diff, exactly as\n"
    "        `diff -u` prints it after its two header lines, which here are\n"
    "        `--- old/PATH` and `+++ new/PATH` (with the host before PATH in\n"
    "        a fleet);\n"
    "      files with a NUL byte: \"Binary files old/PATH and new/PATH differ\";\n"
    "  - the units that need it, at the end of the host's section:\n"
    "      start: NAME.service      (a unit added under etc/systemd/system)\n"
    "      restart: nomad.service   (its unit file changed: content, link\n"
    "                               target or type; or a drop-in in\n"
    "                               NAME.service.d/ was added, changed or\n"
    "                               removed; units name their config in\n"
    "                               X-Restart-Triggers=, so a changed config\n"
    "                               changes the unit)\n"
    "      stop: old.service        (a unit removed, or masked: linked to /dev/null)\n"
    "    for *.service and *.timer units (not templates such as foo@.service;\n"
    "    a mask removed asks for nothing).\n"
    "A fleet's output ends with how many hosts changed, were added or removed,\n"
    "or did not change (those have no section). A fleet's directories without a\n"
    "manifest.json are not hosts (a warning names them). Identical trees print\n"
    "nothing. Modes, owners and link targets are those of the manifests;\n"
    "contents are read from the trees' files (a warning says if a file no\n"
    "longer matches its manifest's sha256).\n"
    "\n"
    "Options:\n"
    "  --stat              list the files and their kind of change only\n"
    "  --json              print the whole result as JSON (with --stat, without\n"
    "                      the diffs): {old, new, kind, oldMissing, differences,\n"
    "                      hosts: [{host, status, files: [{path, change, changes,\n"
    "                      old, new, diff}], start, restart, stop}]}\n"
    "  --color[=WHEN]      colour the output: auto (the default: when writing to a\n"
    "                      terminal, unless TERM=dumb or NO_COLOR is set), always\n"
    "                      (also plain --color) or never\n"
    "  -N, --new-file      also show added and removed text files in full, as\n"
    "                      unified diffs against /dev/null\n"
    "  -U, --unified NUM   lines of context in unified diffs (default 3)\n"
    "  -h, --help          show this help\n"
    "\n"
    "Exit status, as diff(1): 0 if there are no differences, 1 if there are,\n"
    "2 on trouble (bad arguments, a missing or unreadable tree).\n";

/* ---- trees, as their manifests describe them ---- */

/* One file of a tree. */
typedef struct FileEnt {
    const char *path;           /* relative to the tree */
    bool link;
    const char *target;         /* a link's */
    unsigned mode;
    long long size;
    const char *sha256;
    const char *user, *group;
    const char *abs;            /* the file on disk */
    const char *data;           /* its contents, once read */
    size_t len;
} FileEnt;

/* A tree: its files sorted by path. */
typedef struct TreeIn {
    const char *label;          /* as given on the command line, for messages */
    const char *abs;
    FileEnt *files;
    size_t n;
} TreeIn;

/* A host of a fleet (or the one tree of a tree diff, with a NULL name). */
typedef struct Host {
    const char *name;
    TreeIn *tree;
} Host;

/* Either argument: a tree, a fleet of trees, or nothing at all. */
typedef enum { SIDE_MISSING, SIDE_EMPTY, SIDE_TREE, SIDE_FLEET } SideKind;

typedef struct SideIn {
    const char *label;
    SideKind kind;
    Host *hosts;                /* sorted by name */
    size_t n;
} SideIn;

/* ---- the result ---- */

/* A change inside a JSON or HCL file: '~' changed, '+' added, '-' removed. */
typedef struct KeyChange {
    char op;
    const char *key;
    Value *old, *new_;
} KeyChange;

typedef enum { DIFF_NONE, DIFF_UNIFIED, DIFF_KEYS, DIFF_BINARY } DiffKind;

typedef enum { FC_ADDED, FC_REMOVED, FC_CHANGED } FcKind;

/* What happened to one path. */
typedef struct FileChange {
    FcKind kind;
    const FileEnt *old, *new_;
    bool content, mode, owner, target, type;
    DiffKind diff;
    const char *format;         /* DIFF_KEYS: "JSON" or "HCL" */
    StrBuf hunks;               /* DIFF_UNIFIED */
    KeyChange *keys;            /* DIFF_KEYS */
    size_t nkeys;
    const char *note;           /* why a JSON or HCL file got a unified diff */
} FileChange;

typedef enum { HOST_SAME, HOST_CHANGED, HOST_ADDED, HOST_REMOVED } HostStatus;

/* The differences of one host. */
typedef struct HostDiff {
    const char *name;
    HostStatus status;
    FileChange *ch;             /* added, then removed, then changed, each by path */
    size_t n;
    const char **start, **restart, **stop;
    size_t nstart, nrestart, nstop;
} HostDiff;

typedef struct DiffArgs {
    const char *old, *new_;
    bool stat, json, new_file;
    int color;                  /* -1 auto, 0 never, 1 always */
    long context;
} DiffArgs;

/* Appends S to a growing array of strings. */
static void push_str(const char ***v, size_t *n, const char *s)
{
    *v = GC_REALLOC(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = s;
}

/* Compares strings for qsort. */
static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Compares files by path for qsort. */
static int cmp_file(const void *a, const void *b)
{
    return strcmp(((const FileEnt *)a)->path, ((const FileEnt *)b)->path);
}

/* ---- the evaluator: fromJSON and fromHCL ---- */

/* Parses the one-argument function SRC once, and calls it on the file at
 * ABS (a path value); the result is forced deeply. */
static Value *call_on_path(Value **cache, const char *src, const char *abs)
{
    if (!*cache) {
        Expr *e = ev_parse_string(src, strlen(src), cli_cwd(), SRC_STRING);
        *cache = val_alloc();
        PosIdx top = ev.top_pos;
        ev_eval_top(e, *cache);
        ev.top_pos = top;   /* errors of ours are about no place in this text */
    }
    Value *path = val_alloc(), *out = val_alloc();
    mk_path(path, abs, strlen(abs));
    ev_call1(*cache, path, out, 0);
    ev_force_deep(out);
    return out;
}

/* builtins.fromJSON (builtins.readFile ABS). */
static Value *read_json(const char *abs)
{
    static Value *fn;
    return call_on_path(&fn, "p: builtins.fromJSON (builtins.readFile p)", abs);
}

/* lib.fromHCL (builtins.readFile ABS), through the full library. */
static Value *read_hcl(const char *abs)
{
    static Value *fn;
    return call_on_path(&fn, "p: (import <nomix/lib>).fromHCL (builtins.readFile p)", abs);
}

/* The first line of an error's message. */
static const char *first_line(const char *msg)
{
    const char *nl = strchr(msg, '\n');
    return nl ? gc_strndup(msg, (size_t)(nl - msg)) : msg;
}

/* ---- reading trees ---- */

/* The attribute NAME of a manifest entry, which must be a string (or absent
 * if OPTIONAL). */
static const char *entry_str(Value *e, const char *name, bool optional, const char *where)
{
    Attr *a = attrs_get(e->attrs, sym_cstr(name));
    if (!a) {
        if (optional) return NULL;
        ev_error(ERR_EVAL, 0, "%s: an entry has no \"%s\"", where, name);
    }
    if (a->value->type != T_STRING) ev_error(ERR_EVAL, 0, "%s: \"%s\" is %s, not a string", where, name, ev_show_type(a->value));
    return a->value->str.s;
}


/* Reads the tree at ABS (LABEL in messages): its manifest, checked, and
 * that every file it lists is there. */
static TreeIn *read_tree(const char *label, const char *abs)
{
    const char *mpath = gc_printf("%s/manifest.json", abs);
    const char *where = gc_printf("%s/manifest.json", label);
    Value *m;
    Catch c;
    c.want_trace = false;
    if (ev_try(&c, CATCH_ALL)) {
        m = read_json(mpath);
        ev_untry(&c);
    } else
        ev_error(ERR_EVAL, 0, "%s cannot be read as JSON: %s", where, first_line(c.err->msg));
    Attr *files = m->type == T_ATTRS ? attrs_get(m->attrs, sym_cstr("files")) : NULL;
    if (!files || files->value->type != T_LIST)
        ev_error(ERR_EVAL, 0, "%s is not a manifest nomix wrote: it has no list \"files\"", where);
    TreeIn *t = GC_MALLOC(sizeof *t);
    t->label = label;
    t->abs = abs;
    t->n = files->value->len;
    t->files = GC_MALLOC((t->n + 1) * sizeof *t->files);
    Value **el = list_elems(files->value);
    for (size_t i = 0; i < t->n; i++) {
        FileEnt *f = &t->files[i];
        if (el[i]->type != T_ATTRS) ev_error(ERR_EVAL, 0, "%s: a file entry is %s, not a set", where, ev_show_type(el[i]));
        f->path = entry_str(el[i], "path", false, where);
        if (!tree_clean_path(f->path)) ev_error(ERR_EVAL, 0, "%s: '%s' is not a path inside the tree", where, f->path);
        const char *type = entry_str(el[i], "type", false, where);
        f->user = entry_str(el[i], "user", false, where);
        f->group = entry_str(el[i], "group", false, where);
        f->abs = gc_printf("%s/%s", abs, f->path);
        struct stat st;
        if (!strcmp(type, "symlink")) {
            f->link = true;
            f->target = entry_str(el[i], "target", false, where);
        } else if (!strcmp(type, "file")) {
            const char *mode = entry_str(el[i], "mode", false, where);
            char *end;
            unsigned long mv = strtoul(mode, &end, 8);
            if (!*mode || *end || mv > 07777) ev_error(ERR_EVAL, 0, "%s: '%s' has the mode \"%s\", not an octal mode", where, f->path, mode);
            f->mode = (unsigned)mv;
            f->sha256 = entry_str(el[i], "sha256", true, where);
            Attr *size = attrs_get(el[i]->attrs, sym_cstr("size"));
            f->size = size && size->value->type == T_INT ? size->value->i : -1;
            if (stat(f->abs, &st) != 0)
                ev_error(ERR_EVAL, 0, "'%s/%s', listed in %s, cannot be read: %s", label, f->path, where, strerror(errno));
            if (!S_ISREG(st.st_mode)) ev_error(ERR_EVAL, 0, "'%s/%s', listed in %s as a file, is not a file", label, f->path, where);
        } else
            ev_error(ERR_EVAL, 0, "%s: '%s' has the type \"%s\" (file or symlink was expected)", where, f->path, type);
    }
    qsort(t->files, t->n, sizeof *t->files, cmp_file);
    for (size_t i = 0; i + 1 < t->n; i++)
        if (!strcmp(t->files[i].path, t->files[i + 1].path)) ev_error(ERR_EVAL, 0, "%s lists '%s' twice", where, t->files[i].path);
    return t;
}

/* The contents of a file of a tree, read once; warns if they are not what
 * the manifest says. */
static void load(FileEnt *f, const char *label)
{
    if (f->data || f->link) return;
    f->data = ev_read_file(f->abs, &f->len, 0);
    if (f->sha256 && strcmp(f->sha256, stdlib_sha256_hex(f->data, f->len)) != 0)
        fprintf(stderr, "nomix: warning: '%s/%s' does not match its sha256 in manifest.json (was it changed after the build?)\n",
                label, f->path);
}

/* Whether DIR/manifest.json exists. */
static bool has_manifest(const char *dir)
{
    return access(gc_printf("%s/manifest.json", dir), F_OK) == 0;
}

/* Reads an argument: a tree, a fleet (every subdirectory holding a
 * manifest.json is a host; hidden ones are left out), an empty directory,
 * or, if MAY_MISS, nothing. */
static SideIn read_side(const char *label, bool may_miss)
{
    size_t ll = strlen(label);
    while (ll > 1 && label[ll - 1] == '/') ll--;
    label = gc_strndup(label, ll);
    SideIn s = {label, SIDE_MISSING, NULL, 0};
    const char *abs = path_abs(label, strlen(label), cli_cwd());
    struct stat st;
    if (stat(abs, &st) != 0) {
        if (errno == ENOENT && may_miss) return s;
        ev_error(ERR_EVAL, 0, "'%s' cannot be read: %s", label, strerror(errno));
    }
    if (!S_ISDIR(st.st_mode)) ev_error(ERR_EVAL, 0, "'%s' is not a directory (a tree or a fleet of trees was expected)", label);
    if (has_manifest(abs)) {
        s.kind = SIDE_TREE;
        s.hosts = GC_MALLOC(sizeof *s.hosts);
        s.hosts[0] = (Host){NULL, read_tree(label, abs)};
        s.n = 1;
        return s;
    }
    DIR *d = opendir(abs);
    if (!d) ev_error(ERR_EVAL, 0, "'%s' cannot be read: %s", label, strerror(errno));
    const char **names = NULL, **dirs = NULL;
    size_t n = 0, ndirs = 0, nothers = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        /* hidden entries, and trees being written (NAME.nomix-XXXXXX), are not hosts */
        if (e->d_name[0] == '.' || strstr(e->d_name, TREE_TEMP_MARK)) continue;
        const char *sub = gc_printf("%s/%s", abs, e->d_name);
        bool dir = stat(sub, &st) == 0 && S_ISDIR(st.st_mode);
        if (dir && has_manifest(sub)) push_str(&names, &n, gc_strdup(e->d_name));
        else if (dir) push_str(&dirs, &ndirs, gc_strdup(e->d_name));
        else nothers++;
    }
    closedir(d);
    if (!n) {
        if (!nothers && !ndirs) {
            s.kind = SIDE_EMPTY;
            return s;
        }
        ev_error(ERR_EVAL, 0, "'%s' is neither a tree (it has no manifest.json) nor a fleet (none of its "
                 "directories has one)", label);
    }
    qsort(names, n, sizeof *names, cmp_str);
    if (ndirs) qsort(dirs, ndirs, sizeof *dirs, cmp_str);
    for (size_t i = 0; i < ndirs; i++)
        fprintf(stderr, "nomix: warning: '%s/%s' has no manifest.json, so it is not taken as a host of the fleet\n",
                label, dirs[i]);
    s.kind = SIDE_FLEET;
    s.hosts = GC_MALLOC(n * sizeof *s.hosts);
    for (size_t i = 0; i < n; i++) {
        const char *hl = gc_printf("%s/%s", label, names[i]);
        s.hosts[i] = (Host){names[i], read_tree(hl, gc_printf("%s/%s", abs, names[i]))};
    }
    s.n = n;
    return s;
}

/* ---- comparing values (JSON and HCL) ---- */

/* Whether A and B are the same data, types included (1 is not 1.0). */
static bool same_value(Value *a, Value *b)
{
    if (a->type != b->type) return false;
    switch (a->type) {
    case T_INT: return a->i == b->i;
    case T_FLOAT: return a->f == b->f;
    case T_BOOL: return a->b == b->b;
    case T_NULL: return true;
    case T_STRING: return a->len == b->len && !memcmp(a->str.s, b->str.s, a->len);
    case T_LIST: {
        if (a->len != b->len) return false;
        Value **x = list_elems(a), **y = list_elems(b);
        for (uint32_t i = 0; i < a->len; i++)
            if (!same_value(x[i], y[i])) return false;
        return true;
    }
    case T_ATTRS:
        /* both sorted by symbol */
        if (a->attrs->size != b->attrs->size) return false;
        for (uint32_t i = 0; i < a->attrs->size; i++)
            if (a->attrs->a[i].name != b->attrs->a[i].name || !same_value(a->attrs->a[i].value, b->attrs->a[i].value))
                return false;
        return true;
    default: return a == b;
    }
}

/* Whether NAME can stand in a key path unquoted. */
static bool plain_name(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_')) return false;
    for (s++; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
            return false;
    return true;
}

/* KEY extended by the attribute NAME: a.b, a."b.c". */
static const char *key_attr(const char *key, const char *name)
{
    StrBuf b = {0};
    if (*key) {
        sb_adds(&b, key);
        sb_addc(&b, '.');
    }
    if (plain_name(name)) sb_adds(&b, name);
    else ev_json_string(&b, name, strlen(name));
    return b.s;
}

/* The list of key changes being built. */
typedef struct KeyList {
    KeyChange *v;
    size_t n, cap;
} KeyList;

/* Appends one key change. */
static void key_add(KeyList *l, char op, const char *key, Value *old, Value *new_)
{
    if (l->n == l->cap) l->v = GC_REALLOC(l->v, (l->cap = l->cap ? 2 * l->cap : 8) * sizeof *l->v);
    l->v[l->n++] = (KeyChange){op, key, old, new_};
}

/* Adds V (added or removed, by OP) as its leaves: a non-empty set is
 * entered, anything else is one change. */
static void key_leaves(KeyList *l, char op, const char *key, Value *v)
{
    if (v->type == T_ATTRS && v->attrs->size) {
        Attr **as = attrs_by_name(v->attrs);
        for (uint32_t i = 0; i < v->attrs->size; i++)
            key_leaves(l, op, key_attr(key, sym_str(as[i]->name)), as[i]->value);
        return;
    }
    key_add(l, op, key, op == '-' ? v : NULL, op == '+' ? v : NULL);
}

/* Whether list V holds a set or a list. */
static bool has_structure(Value *v)
{
    Value **el = list_elems(v);
    for (uint32_t i = 0; i < v->len; i++)
        if (el[i]->type == T_ATTRS || el[i]->type == T_LIST) return true;
    return false;
}

/* Compares A and B at KEY: sets key by key, lists of sets of the same
 * length element by element, anything else whole. */
static void key_diff(KeyList *l, const char *key, Value *a, Value *b)
{
    if (same_value(a, b)) return;
    if (a->type == T_ATTRS && b->type == T_ATTRS) {
        Attr **x = attrs_by_name(a->attrs), **y = attrs_by_name(b->attrs);
        uint32_t i = 0, j = 0, nx = a->attrs->size, ny = b->attrs->size;
        while (i < nx || j < ny) {
            int c = i == nx ? 1 : j == ny ? -1 : strcmp(sym_str(x[i]->name), sym_str(y[j]->name));
            if (c < 0) {
                key_leaves(l, '-', key_attr(key, sym_str(x[i]->name)), x[i]->value);
                i++;
            } else if (c > 0) {
                key_leaves(l, '+', key_attr(key, sym_str(y[j]->name)), y[j]->value);
                j++;
            } else {
                key_diff(l, key_attr(key, sym_str(x[i]->name)), x[i]->value, y[j]->value);
                i++, j++;
            }
        }
        return;
    }
    if (a->type == T_LIST && b->type == T_LIST && a->len == b->len && (has_structure(a) || has_structure(b))) {
        Value **x = list_elems(a), **y = list_elems(b);
        for (uint32_t i = 0; i < a->len; i++) key_diff(l, gc_printf("%s[%u]", key, i), x[i], y[i]);
        return;
    }
    key_add(l, '~', key, a, b);
}

/* ---- comparing trees ---- */

/* Whether a text has a NUL byte (then it is binary, as for diff). */
static bool binary(const FileEnt *f)
{
    return memchr(f->data, 0, f->len) != NULL;
}

/* Reads both sides of FC as fc->format says (JSON or HCL) into *A and
 * *B; false, with fc->note saying why, if one of them does not parse. */
static bool read_both(FileChange *fc, Value **a, Value **b)
{
    const char *volatile which = "old";
    Catch c;
    c.want_trace = false;
    if (!ev_try(&c, CATCH_ALL)) {
        fc->note = gc_printf("the %s file is not valid %s: %s", which, fc->format, first_line(c.err->msg));
        return false;
    }
    bool json = !strcmp(fc->format, "JSON");
    *a = json ? read_json(fc->old->abs) : read_hcl(fc->old->abs);
    which = "new";
    *b = json ? read_json(fc->new_->abs) : read_hcl(fc->new_->abs);
    ev_untry(&c);
    return true;
}

/* Fills in FC's diff for a changed text file: keys for JSON and HCL that
 * parse (and differ in data), else a unified diff. */
static void content_diff(FileChange *fc, long context)
{
    const FileEnt *o = fc->old, *n = fc->new_;
    if (binary(o) || binary(n)) {
        fc->diff = DIFF_BINARY;
        return;
    }
    size_t pl = strlen(n->path);
    if (pl > 5 && !strcmp(n->path + pl - 5, ".json")) fc->format = "JSON";
    else if (pl > 4 && !strcmp(n->path + pl - 4, ".hcl")) fc->format = "HCL";
    Value *a, *b;
    if (fc->format && read_both(fc, &a, &b)) {
        KeyList l = {0};
        key_diff(&l, "", a, b);
        if (l.n) {
            fc->diff = DIFF_KEYS;
            fc->keys = l.v;
            fc->nkeys = l.n;
            return;
        }
        fc->note = gc_printf("the same %s data, laid out differently", fc->format);
    }
    fc->diff = DIFF_UNIFIED;
    textdiff_unified(o->data, o->len, n->data, n->len, context, &fc->hunks);
}

/* The unified diff of a text file added (or removed) against nothing. */
static void whole_file_diff(FileChange *fc, long context)
{
    const FileEnt *f = fc->kind == FC_ADDED ? fc->new_ : fc->old;
    if (f->link) return;
    if (binary(f)) {
        fc->diff = DIFF_BINARY;
        return;
    }
    fc->diff = DIFF_UNIFIED;
    if (fc->kind == FC_ADDED) textdiff_unified("", 0, f->data, f->len, context, &fc->hunks);
    else textdiff_unified(f->data, f->len, "", 0, context, &fc->hunks);
}

/* Whether two entries have different owners. */
static bool owner_differs(const FileEnt *a, const FileEnt *b)
{
    return strcmp(a->user, b->user) || strcmp(a->group, b->group);
}

/* The systemd unit PATH is (etc/systemd/system/NAME.service or .timer) or
 * configures (a drop-in NAME.service.d/X.conf), or NULL; *DROPIN tells which. */
static const char *unit_of(const char *path, bool *dropin)
{
    static const char dir[] = "etc/systemd/system/";
    if (strncmp(path, dir, sizeof dir - 1) != 0) return NULL;
    const char *rest = path + sizeof dir - 1;
    const char *slash = strchr(rest, '/');
    const char *name = rest;
    size_t len = strlen(rest);
    *dropin = false;
    if (slash) {
        /* NAME.service.d/X.conf */
        size_t fl = strlen(slash + 1);
        if (strchr(slash + 1, '/') || fl < 6 || strcmp(slash + 1 + fl - 5, ".conf") != 0) return NULL;
        if ((size_t)(slash - rest) < 3 || slash[-2] != '.' || slash[-1] != 'd') return NULL;
        len = (size_t)(slash - rest) - 2;
        *dropin = true;
    }
    const char *u = gc_strndup(name, len);
    bool service = len > 8 && !strcmp(u + len - 8, ".service");
    bool timer = len > 6 && !strcmp(u + len - 6, ".timer");
    if (!service && !timer) return NULL;
    if (u[len - (service ? 8 : 6) - 1] == '@') return NULL;   /* a template */
    return u;
}

/* Whether a string is in an array. */
static bool has_str(const char **v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(v[i], s)) return true;
    return false;
}

/* Works out the units to start, restart and stop from the file changes. */
static void unit_actions(HostDiff *h)
{
    const char **restart = NULL;
    size_t nrestart = 0;
    for (size_t i = 0; i < h->n; i++) {
        const FileChange *fc = &h->ch[i];
        const char *path = fc->new_ ? fc->new_->path : fc->old->path;
        bool dropin;
        const char *u = unit_of(path, &dropin);
        if (!u) continue;
        bool masked = fc->new_ && fc->new_->link && !strcmp(fc->new_->target, "/dev/null");
        bool was_masked = fc->old && fc->old->link && !strcmp(fc->old->target, "/dev/null");
        if (fc->kind == FC_REMOVED && was_masked) continue;   /* unmasked: what runs now is not ours to say */
        if (dropin) {
            if ((fc->kind != FC_CHANGED || fc->content || fc->type || fc->target) && !has_str(restart, nrestart, u))
                push_str(&restart, &nrestart, u);
        } else if (fc->kind == FC_REMOVED || (masked && (fc->kind == FC_ADDED || fc->type || fc->target))) {
            if (!has_str(h->stop, h->nstop, u)) push_str(&h->stop, &h->nstop, u);
        } else if (fc->kind == FC_ADDED || (was_masked && (fc->type || fc->target))) {
            if (!has_str(h->start, h->nstart, u)) push_str(&h->start, &h->nstart, u);
        } else if (fc->content || fc->type || fc->target) {
            if (!has_str(restart, nrestart, u)) push_str(&restart, &nrestart, u);
        }
    }
    /* a drop-in of a unit that starts or stops anyway, or is gone, adds nothing */
    for (size_t i = 0; i < nrestart; i++)
        if (!has_str(h->start, h->nstart, restart[i]) && !has_str(h->stop, h->nstop, restart[i]))
            push_str(&h->restart, &h->nrestart, restart[i]);
    if (h->nstart) qsort(h->start, h->nstart, sizeof *h->start, cmp_str);
    if (h->nrestart) qsort(h->restart, h->nrestart, sizeof *h->restart, cmp_str);
    if (h->nstop) qsort(h->stop, h->nstop, sizeof *h->stop, cmp_str);
}

/* Appends a file change to H. */
static FileChange *add_change(HostDiff *h, size_t *cap, FcKind kind, const FileEnt *old, const FileEnt *new_)
{
    if (h->n == *cap) h->ch = GC_REALLOC(h->ch, (*cap = *cap ? 2 * *cap : 8) * sizeof *h->ch);
    FileChange *fc = &h->ch[h->n++];
    memset(fc, 0, sizeof *fc);
    fc->kind = kind;
    fc->old = old;
    fc->new_ = new_;
    return fc;
}

/* Compares two trees (either may be NULL: no tree) into H. */
static void diff_trees(HostDiff *h, TreeIn *old, TreeIn *new_, const DiffArgs *a)
{
    size_t no = old ? old->n : 0, nn = new_ ? new_->n : 0, cap = 0;
    /* three passes keep the groups apart: added, removed, changed */
    for (int pass = 0; pass < 3; pass++) {
        size_t i = 0, j = 0;
        while (i < no || j < nn) {
            FileEnt *o = i < no ? &old->files[i] : NULL, *n = j < nn ? &new_->files[j] : NULL;
            int c = !o ? 1 : !n ? -1 : strcmp(o->path, n->path);
            if (c > 0) {
                if (pass == 0) {
                    FileChange *fc = add_change(h, &cap, FC_ADDED, NULL, n);
                    if (a->new_file && !a->stat && !n->link) {
                        load(n, new_->label);
                        whole_file_diff(fc, a->context);
                    }
                }
                j++;
            } else if (c < 0) {
                if (pass == 1) {
                    FileChange *fc = add_change(h, &cap, FC_REMOVED, o, NULL);
                    if (a->new_file && !a->stat && !o->link) {
                        load(o, old->label);
                        whole_file_diff(fc, a->context);
                    }
                }
                i++;
            } else {
                if (pass == 2) {
                    load(o, old->label);
                    load(n, new_->label);
                    FileChange fc = {.kind = FC_CHANGED, .old = o, .new_ = n};
                    fc.type = o->link != n->link;
                    fc.owner = owner_differs(o, n);
                    if (!fc.type && o->link) fc.target = strcmp(o->target, n->target) != 0;
                    if (!fc.type && !o->link) {
                        fc.mode = o->mode != n->mode;
                        fc.content = o->len != n->len || memcmp(o->data, n->data, o->len) != 0;
                    }
                    if (fc.type || fc.owner || fc.target || fc.mode || fc.content) {
                        if (fc.content && !a->stat) content_diff(&fc, a->context);
                        *add_change(h, &cap, FC_CHANGED, o, n) = fc;
                    }
                }
                i++, j++;
            }
        }
    }
    unit_actions(h);
}

/* ---- text output ---- */

enum { C_RESET, C_BOLD, C_RED, C_GREEN, C_YELLOW, C_CYAN };
static const char *const colors[] = {"\033[0m", "\033[1m", "\033[31m", "\033[32m", "\033[33m", "\033[36m"};

/* The output and whether it is coloured. */
typedef struct Out {
    StrBuf b;
    bool color;
} Out;

/* Appends text in colour C (if colouring). */
static void put_c(Out *o, int c, const char *s, size_t len)
{
    if (o->color) sb_adds(&o->b, colors[c]);
    sb_add(&o->b, s, len);
    if (o->color) sb_adds(&o->b, colors[C_RESET]);
}

/* Appends a formatted piece in colour C. */
static __attribute__((format(printf, 3, 4))) void put_f(Out *o, int c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    int len = vasprintf(&s, fmt, ap);
    va_end(ap);
    if (len < 0) ev_error(ERR_EVAL, 0, "out of memory");
    put_c(o, c, s, (size_t)len);
    free(s);
}

/* A path as printed: as it is, or quoted as JSON when it holds spaces or
 * control characters. */
static const char *show_path(const char *p)
{
    for (const char *s = p; *s; s++)
        if ((unsigned char)*s <= ' ' || *s == 0x7f || *s == '"') {
            StrBuf b = {0};
            ev_json_string(&b, p, strlen(p));
            return b.s;
        }
    return p;
}

/* A value on one line, as compact JSON. */
static const char *show_value(Value *v)
{
    StrBuf b = {0};
    ev_show_json(&b, v, true, 0);
    return b.s ? b.s : "";
}

/* The description of a changed file's changes: "content, mode 0644 -> 0640". */
static const char *describe(const FileChange *fc)
{
    StrBuf b = {0};
    const FileEnt *o = fc->old, *n = fc->new_;
    if (fc->type) {
        if (n->link) sb_printf(&b, "file -> link to %s", show_path(n->target));
        else sb_printf(&b, "link to %s -> file", show_path(o->target));
    }
    if (fc->content) sb_printf(&b, "%scontent", b.len ? ", " : "");
    if (fc->target) sb_printf(&b, "%starget %s -> %s", b.len ? ", " : "", show_path(o->target), show_path(n->target));
    if (fc->mode) sb_printf(&b, "%smode %04o -> %04o", b.len ? ", " : "", o->mode, n->mode);
    if (fc->owner) sb_printf(&b, "%sowner %s:%s -> %s:%s", b.len ? ", " : "", o->user, o->group, n->user, n->group);
    return b.s;
}

/* Appends the file list of a host: one line per file. */
static void print_list(Out *o, const HostDiff *h)
{
    for (size_t i = 0; i < h->n; i++) {
        const FileChange *fc = &h->ch[i];
        if (fc->kind == FC_ADDED) {
            put_c(o, C_GREEN, "added  ", 7);
            sb_printf(&o->b, "  %s", show_path(fc->new_->path));
            if (fc->new_->link) sb_printf(&o->b, " -> %s", show_path(fc->new_->target));
        } else if (fc->kind == FC_REMOVED) {
            put_c(o, C_RED, "removed", 7);
            sb_printf(&o->b, "  %s", show_path(fc->old->path));
        } else {
            put_c(o, C_YELLOW, "changed", 7);
            sb_printf(&o->b, "  %s (%s)", show_path(fc->new_->path), describe(fc));
        }
        sb_addc(&o->b, '\n');
    }
}

/* Appends unified-diff hunks, each line coloured by its mark. */
static void print_hunks(Out *o, const StrBuf *hunks)
{
    const char *s = hunks->s, *end = hunks->s + hunks->len;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t len = nl ? (size_t)(nl - s) : (size_t)(end - s);
        int c = *s == '-' ? C_RED : *s == '+' ? C_GREEN : *s == '@' ? C_CYAN : -1;
        if (c < 0) sb_add(&o->b, s, len);
        else put_c(o, c, s, len);
        sb_addc(&o->b, '\n');
        s += len + 1;
    }
}

/* Appends what changed inside one file: its headers, then keys, hunks, or
 * the binary notice. */
static void print_content(Out *o, const FileChange *fc, const char *prefix)
{
    const char *path = show_path((fc->new_ ? fc->new_ : fc->old)->path);
    const char *oldp = fc->kind == FC_ADDED ? "/dev/null" : gc_printf("old/%s%s", prefix, path);
    const char *newp = fc->kind == FC_REMOVED ? "/dev/null" : gc_printf("new/%s%s", prefix, path);
    sb_addc(&o->b, '\n');
    if (fc->diff == DIFF_BINARY) {
        sb_printf(&o->b, "Binary files %s and %s differ\n", oldp, newp);
        return;
    }
    put_f(o, C_BOLD, "--- %s", oldp);
    sb_addc(&o->b, '\n');
    put_f(o, C_BOLD, "+++ %s", newp);
    sb_addc(&o->b, '\n');
    if (fc->diff == DIFF_UNIFIED) {
        if (fc->note) sb_printf(&o->b, "(%s)\n", fc->note);
        print_hunks(o, &fc->hunks);
        return;
    }
    put_f(o, C_CYAN, "@@ by key (%s) @@", fc->format);
    sb_addc(&o->b, '\n');
    for (size_t i = 0; i < fc->nkeys; i++) {
        const KeyChange *k = &fc->keys[i];
        const char *key = *k->key ? k->key : "(top level)";
        if (k->op == '+') put_f(o, C_GREEN, "+ %s: %s", key, show_value(k->new_));
        else if (k->op == '-') put_f(o, C_RED, "- %s: %s", key, show_value(k->old));
        else {
            const char *ov = show_value(k->old), *nv = show_value(k->new_);
            /* 1 and 1.0 print alike: say which is which */
            if (!strcmp(ov, nv)) sb_printf(&o->b, "  %s: %s (%s) -> %s (%s)", key, ov, ev_type_name(k->old), nv, ev_type_name(k->new_));
            else sb_printf(&o->b, "  %s: %s -> %s", key, ov, nv);
        }
        sb_addc(&o->b, '\n');
    }
}

/* Appends one line of units: "restart: a.service b.service". */
static void print_units(Out *o, int c, const char *verb, const char **units, size_t n)
{
    if (!n) return;
    put_f(o, c, "%s:", verb);
    for (size_t i = 0; i < n; i++) sb_printf(&o->b, " %s", units[i]);
    sb_addc(&o->b, '\n');
}

/* Appends a host's section: header (in a fleet), files, diffs, units. */
static void print_host(Out *o, const HostDiff *h, const DiffArgs *a)
{
    if (o->b.len) sb_addc(&o->b, '\n');
    if (h->name) {
        const char *what = h->status == HOST_ADDED ? " (added)" : h->status == HOST_REMOVED ? " (removed)" : "";
        put_f(o, C_BOLD, "== host %s%s ==", h->name, what);
        sb_addc(&o->b, '\n');
    }
    print_list(o, h);
    if (a->stat) return;
    const char *prefix = h->name ? gc_printf("%s/", h->name) : "";
    for (size_t i = 0; i < h->n; i++)
        if (h->ch[i].diff != DIFF_NONE) print_content(o, &h->ch[i], prefix);
    if (h->nstart || h->nrestart || h->nstop) {
        sb_addc(&o->b, '\n');
        print_units(o, C_GREEN, "start", h->start, h->nstart);
        print_units(o, C_YELLOW, "restart", h->restart, h->nrestart);
        print_units(o, C_RED, "stop", h->stop, h->nstop);
    }
}

/* ---- JSON output ---- */

/* A string value. */
static Value *vstr(const char *s)
{
    Value *v = val_alloc();
    mk_cstring(v, s);
    return v;
}

/* A list value of strings. */
static Value *vstrs(const char **s, size_t n)
{
    Value *v = val_alloc();
    Value **el = mk_list(v, (uint32_t)n);
    for (size_t i = 0; i < n; i++) el[i] = vstr(s[i]);
    return v;
}

/* A set being built: up to CAP attributes, then obj_done. */
static Attrs *obj(uint32_t cap)
{
    return attrs_alloc(cap);
}

/* Adds an attribute to a set being built. */
static void obj_put(Attrs *a, const char *name, Value *v)
{
    a->a[a->size++] = (Attr){sym_cstr(name), 0, v};
}

/* Finishes a set into a value. */
static Value *obj_done(Attrs *a)
{
    attrs_sort(a);
    Value *v = val_alloc();
    mk_attrs(v, a);
    return v;
}

/* A manifest entry as JSON. */
static Value *entry_json(const FileEnt *f)
{
    if (!f) {
        Value *v = val_alloc();
        mk_null(v);
        return v;
    }
    Attrs *a = obj(7);
    obj_put(a, "type", vstr(f->link ? "symlink" : "file"));
    if (f->link) obj_put(a, "target", vstr(f->target));
    else {
        obj_put(a, "mode", vstr(gc_printf("%04o", f->mode)));
        Value *size = val_alloc();
        mk_int(size, (int64_t)(f->data ? (long long)f->len : f->size));
        obj_put(a, "size", size);
        if (f->sha256) obj_put(a, "sha256", vstr(f->sha256));
    }
    obj_put(a, "user", vstr(f->user));
    obj_put(a, "group", vstr(f->group));
    return obj_done(a);
}

/* A file change as JSON. */
static Value *change_json(const FileChange *fc)
{
    static const char *const kinds[] = {"added", "removed", "changed"};
    Attrs *a = obj(6);
    obj_put(a, "path", vstr((fc->new_ ? fc->new_ : fc->old)->path));
    obj_put(a, "change", vstr(kinds[fc->kind]));
    const char *what[5];
    size_t n = 0;
    if (fc->type) what[n++] = "type";
    if (fc->content) what[n++] = "content";
    if (fc->target) what[n++] = "target";
    if (fc->mode) what[n++] = "mode";
    if (fc->owner) what[n++] = "owner";
    obj_put(a, "changes", vstrs(what, n));
    obj_put(a, "old", entry_json(fc->old));
    obj_put(a, "new", entry_json(fc->new_));
    Value *diff = val_alloc();
    mk_null(diff);
    if (fc->diff == DIFF_BINARY) {
        Attrs *d = obj(1);
        obj_put(d, "kind", vstr("binary"));
        diff = obj_done(d);
    } else if (fc->diff == DIFF_UNIFIED) {
        Attrs *d = obj(3);
        obj_put(d, "kind", vstr("unified"));
        obj_put(d, "hunks", vstr(fc->hunks.s ? fc->hunks.s : ""));
        if (fc->note) obj_put(d, "note", vstr(fc->note));
        diff = obj_done(d);
    } else if (fc->diff == DIFF_KEYS) {
        Attrs *d = obj(2);
        obj_put(d, "kind", vstr(!strcmp(fc->format, "JSON") ? "json" : "hcl"));
        Value *keys = val_alloc();
        Value **el = mk_list(keys, (uint32_t)fc->nkeys);
        for (size_t i = 0; i < fc->nkeys; i++) {
            const KeyChange *k = &fc->keys[i];
            Attrs *ka = obj(4);
            obj_put(ka, "op", vstr(k->op == '+' ? "added" : k->op == '-' ? "removed" : "changed"));
            obj_put(ka, "key", vstr(k->key));
            if (k->old) obj_put(ka, "old", k->old);
            if (k->new_) obj_put(ka, "new", k->new_);
            el[i] = obj_done(ka);
        }
        obj_put(d, "changes", keys);
        diff = obj_done(d);
    }
    obj_put(a, "diff", diff);
    return obj_done(a);
}

/* The whole result as JSON. */
static Value *result_json(const DiffArgs *a, SideKind kind, bool old_missing, const HostDiff *hs, size_t nh, bool differ)
{
    static const char *const status[] = {"unchanged", "changed", "added", "removed"};
    Attrs *top = obj(6);
    obj_put(top, "old", vstr(a->old));
    obj_put(top, "new", vstr(a->new_));
    obj_put(top, "kind", vstr(kind == SIDE_FLEET ? "fleet" : "tree"));
    Value *b = val_alloc();
    mk_bool(b, old_missing);
    obj_put(top, "oldMissing", b);
    b = val_alloc();
    mk_bool(b, differ);
    obj_put(top, "differences", b);
    Value *hosts = val_alloc();
    Value **hel = mk_list(hosts, (uint32_t)nh);
    for (size_t i = 0; i < nh; i++) {
        const HostDiff *h = &hs[i];
        Attrs *ha = obj(6);
        Value *name = val_alloc();
        if (h->name) mk_cstring(name, h->name);
        else mk_null(name);
        obj_put(ha, "host", name);
        obj_put(ha, "status", vstr(status[h->status]));
        Value *files = val_alloc();
        Value **fel = mk_list(files, (uint32_t)h->n);
        for (size_t k = 0; k < h->n; k++) fel[k] = change_json(&h->ch[k]);
        obj_put(ha, "files", files);
        obj_put(ha, "start", vstrs(h->start, h->nstart));
        obj_put(ha, "restart", vstrs(h->restart, h->nrestart));
        obj_put(ha, "stop", vstrs(h->stop, h->nstop));
        hel[i] = obj_done(ha);
    }
    obj_put(top, "hosts", hosts);
    return obj_done(top);
}

/* ---- the command ---- */

/* Reads both sides, compares them host by host, prints the result.
 * Returns 0, 1 or 2 as diff(1) does. */
static int run(void *p)
{
    DiffArgs *a = p;
    cli_init(NULL, 0, false);
    Catch c;
    c.want_trace = false;
    if (!ev_try(&c, CATCH_ALL)) {
        fflush(stdout);
        ev_print_error(stderr, c.err);
        return 2;
    }
    SideIn old = read_side(a->old, true);
    SideIn new_ = read_side(a->new_, false);
    bool old_missing = old.kind == SIDE_MISSING;
    if (old_missing)
        fprintf(stderr, "nomix: '%s' does not exist: everything in '%s' is shown as added\n", a->old, a->new_);
    if ((old.kind == SIDE_TREE && new_.kind == SIDE_FLEET) || (old.kind == SIDE_FLEET && new_.kind == SIDE_TREE))
        ev_error(ERR_EVAL, 0, "'%s' is a %s and '%s' a %s: compare two trees or two fleets",
                 a->old, old.kind == SIDE_TREE ? "tree" : "fleet", a->new_, new_.kind == SIDE_TREE ? "tree" : "fleet");
    /* a missing or empty side takes the kind of the other */
    SideKind kind = old.kind == SIDE_FLEET || new_.kind == SIDE_FLEET ? SIDE_FLEET : SIDE_TREE;
    if (kind == SIDE_TREE) {
        if (!old.n) {
            old.hosts = GC_MALLOC(sizeof *old.hosts);
            old.hosts[0] = (Host){NULL, NULL};
            old.n = 1;
        }
        if (!new_.n) {
            new_.hosts = GC_MALLOC(sizeof *new_.hosts);
            new_.hosts[0] = (Host){NULL, NULL};
            new_.n = 1;
        }
    }
    HostDiff *hs = GC_MALLOC((old.n + new_.n + 1) * sizeof *hs);
    size_t nh = 0, i = 0, j = 0;
    bool differ = false;
    while (i < old.n || j < new_.n) {
        Host *o = i < old.n ? &old.hosts[i] : NULL, *n = j < new_.n ? &new_.hosts[j] : NULL;
        int cmp = kind == SIDE_TREE ? 0 : !o ? 1 : !n ? -1 : strcmp(o->name, n->name);
        HostDiff *h = &hs[nh++];
        h->name = cmp > 0 ? n->name : o->name;
        TreeIn *ot = cmp <= 0 ? o->tree : NULL, *nt = cmp >= 0 ? n->tree : NULL;
        diff_trees(h, ot, nt, a);
        h->status = kind == SIDE_FLEET && cmp > 0 ? HOST_ADDED : kind == SIDE_FLEET && cmp < 0 ? HOST_REMOVED
                    : h->n ? HOST_CHANGED : HOST_SAME;
        if (h->status != HOST_SAME) differ = true;
        if (cmp <= 0) i++;
        if (cmp >= 0) j++;
    }
    Out o = {{0}, a->color > 0};
    if (a->json) {
        ev_show_json_pretty(&o.b, result_json(a, kind, old_missing, hs, nh, differ), 0);
        sb_addc(&o.b, '\n');
    } else {
        size_t count[4] = {0};
        for (size_t k = 0; k < nh; k++) {
            count[hs[k].status]++;
            if (hs[k].status != HOST_SAME) print_host(&o, &hs[k], a);
        }
        if (kind == SIDE_FLEET && differ)
            sb_printf(&o.b, "\nhosts: %zu changed, %zu added, %zu removed, %zu unchanged\n", count[HOST_CHANGED],
                      count[HOST_ADDED], count[HOST_REMOVED], count[HOST_SAME]);
    }
    ev_untry(&c);
    if (o.b.len) fwrite(o.b.s, 1, o.b.len, stdout);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "nomix: writing the output: %s\n", strerror(errno));
        return 2;
    }
    return differ ? 1 : 0;
}

/* Reads --color's WHEN into -1 (auto), 0 or 1; -2 if it is none of them. */
static int parse_color(const char *when)
{
    if (!strcmp(when, "auto")) return -1;
    if (!strcmp(when, "always")) return 1;
    if (!strcmp(when, "never")) return 0;
    return -2;
}

/* Reads -U's argument; -1 if it is not a count. */
static long parse_count(const char *s)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < 0 || errno || v > 1000000) return -1;
    return v;
}

/* `nomix diff`: reads the flags and the two trees' names, then runs. */
int cmd_diff(int argc, char **argv)
{
    DiffArgs *a = GC_MALLOC(sizeof *a);
    a->color = -1;
    a->context = 3;
    bool only_args = false;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (only_args || s[0] != '-' || !s[1]) {
            if (!a->old) a->old = s;
            else if (!a->new_) a->new_ = s;
            else return usage_error("diff", "unexpected argument '%s'", s);
        } else if (!strcmp(s, "--")) only_args = true;
        else if (!strcmp(s, "--help") || !strcmp(s, "-h")) {
            fputs(diff_help, stdout);
            return 0;
        } else if (!strcmp(s, "--stat")) a->stat = true;
        else if (!strcmp(s, "--json")) a->json = true;
        else if (!strcmp(s, "-N") || !strcmp(s, "--new-file")) a->new_file = true;
        else if (!strcmp(s, "--color") || !strcmp(s, "--colour")) a->color = 1;
        else if (!strcmp(s, "--no-color")) a->color = 0;
        else if (!strncmp(s, "--color=", 8) || !strncmp(s, "--colour=", 9)) {
            a->color = parse_color(strchr(s, '=') + 1);
            if (a->color == -2) return usage_error("diff", "'%s': WHEN must be auto, always or never", s);
        } else if (!strcmp(s, "-U") || !strcmp(s, "--unified") || !strncmp(s, "--unified=", 10) || !strncmp(s, "-U", 2)) {
            const char *v = strchr(s, '=') ? strchr(s, '=') + 1 : s[1] == 'U' && s[2] ? s + 2 : NULL;
            if (!v) {
                if (i + 1 >= argc) return usage_error("diff", "'%s' requires 1 argument", s);
                v = argv[++i];
            }
            if ((a->context = parse_count(v)) < 0) return usage_error("diff", "'%s' is not a number of lines", v);
        } else return usage_error("diff", "unrecognised flag '%s'", s);
    }
    if (!a->new_) return usage_error("diff", a->old ? "no NEW tree given" : "no trees given (OLD and NEW)");
    if (a->color < 0) {
        const char *term = getenv("TERM"), *no_color = getenv("NO_COLOR");
        a->color = isatty(STDOUT_FILENO) && !(term && !strcmp(term, "dumb")) && !(no_color && *no_color);
    }
    if (a->json) a->color = 0;
    return ev_run_big_stack(run, a);
}
