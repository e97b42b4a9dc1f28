/* cmd_build.c: `nomix build`: write a host's file tree.
 *
 * The host is evaluated completely first (config.build.tree, every file's
 * contents); only then is anything written, atomically (tree.c). A failed
 * build leaves the old tree as it was, and no half-written one. */
#include <gc/gc.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "eval.h"
#include "builtins.h"

static const char build_help[] =
    "Usage: nomix build [OPTIONS] HOST.nix -o DIR\n"
    "\n"
    "Evaluate a host and write the files it gets into DIR: etc/… for its /etc\n"
    "files (Nomad's configuration, systemd units and their enable links,\n"
    "sysusers.d, sysctl.d, modules-load.d, tmpfiles.d, …), and manifest.json\n"
    "listing every file with its mode, owner, size and sha256.\n"
    "\n"
    "The tree is built beside DIR and moved into place at once: a build that\n"
    "fails leaves DIR as it was. Building twice gives byte-identical trees.\n"
    "DIR must not exist, or be a tree nomix built before (it has a\n"
    "manifest.json).\n"
    "\n"
    "Options:\n"
    "  -o, --out DIR     where to write the tree (required unless --dry-run)\n"
    "  --dry-run         list what would be written, write nothing\n"
    "  -I PATH           add PATH (or NAME=PATH) to the search path for <...>\n"
    "  --show-trace      show the whole chain of an error\n"
    "  -h, --help        show this help\n";

typedef struct BuildArgs {
    const char *file, *out;
    bool dry_run, show_trace;
    const char **include;
    size_t ninclude;
} BuildArgs;

/* Evaluates the host and writes (or lists) its tree. */
static int run(void *p)
{
    BuildArgs *a = p;
    cli_init(a->include, a->ninclude, a->show_trace);
    Catch c;
    c.want_trace = true;
    if (!ev_try(&c, CATCH_ALL)) {
        fflush(stdout);
        ev_print_error(stderr, c.err);
        return 1;
    }
    Value *host = host_eval(path_abs(a->file, strlen(a->file), cli_cwd()));
    if (!host) {
        ev_untry(&c);
        return 1;
    }
    Tree t = tree_evaluate(host);
    if (a->dry_run) {
        tree_print(&t);
        ev_untry(&c);
        return 0;
    }
    size_t changed = tree_install(&t, path_abs(a->out, strlen(a->out), cli_cwd()));
    ev_untry(&c);
    fprintf(stderr, "nomix: wrote %zu files and manifest.json to %s (%zu changed)\n", t.n, a->out, changed);
    return 0;
}

int cmd_build(int argc, char **argv)
{
    BuildArgs *a = GC_MALLOC(sizeof *a);
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--help") || !strcmp(s, "-h")) {
            fputs(build_help, stdout);
            return 0;
        } else if (!strcmp(s, "--dry-run")) a->dry_run = true;
        else if (!strcmp(s, "--show-trace")) a->show_trace = true;
        else if (!strcmp(s, "-o") || !strcmp(s, "--out")) {
            if (i + 1 >= argc) return usage_error("build", "'%s' requires 1 argument", s);
            a->out = argv[++i];
        } else if (!strcmp(s, "-I") || !strcmp(s, "--include")) {
            if (i + 1 >= argc) return usage_error("build", "'%s' requires 1 argument", s);
            a->include = GC_REALLOC(a->include, (a->ninclude + 1) * sizeof *a->include);
            a->include[a->ninclude++] = argv[++i];
        } else if (!strcmp(s, "-")) return usage_error("build", "a host must be a file, not standard input");
        else if (s[0] == '-') return usage_error("build", "unrecognised flag '%s'", s);
        else if (!a->file) a->file = s;
        else return usage_error("build", "unexpected argument '%s'", s);
    }
    if (!a->file) return usage_error("build", "no host file given");
    if (!a->out && !a->dry_run) return usage_error("build", "no output directory given (-o DIR)");
    return ev_run_big_stack(run, a);
}
