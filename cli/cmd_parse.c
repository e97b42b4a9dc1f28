/* cmd_parse.c: `nomix parse`: check the syntax of files or expressions and
 * print their syntax trees. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "eval.h"
#include "builtins.h"

static const char parse_help[] =
    "Usage: nomix parse [OPTIONS] [FILE... | -E EXPR... | -]\n"
    "\n"
    "Check the syntax of Nix files (or expressions) and print each syntax tree,\n"
    "one node per line with its line:column. Variables are resolved as for\n"
    "evaluation, so an undefined variable is reported too.\n"
    "\n"
    "Options:\n"
    "  -E, --expr    the arguments are expressions, not file names\n"
    "  -             read from standard input\n"
    "  --nix         print each expression on one line, as `nix-instantiate --parse`\n"
    "  --quiet       print nothing; only the exit status tells\n"
    "  -h, --help    show this help\n"
    "\n"
    "Exit status: 0 if everything parses, 1 on a syntax error, 2 on a usage error.\n";

typedef struct ParseArgs {
    bool from_expr, read_stdin, nix_style, quiet;
    char **inputs;
    int ninputs;
} ParseArgs;

/* Parses and prints every input; stops at the first error. */
static int run(void *p)
{
    ParseArgs *a = p;
    ev_init(NULL);
    stdlib_init();
    Catch c;
    c.want_trace = true;
    if (!ev_try(&c, CATCH_ALL)) {
        ev_print_error(stderr, c.err);
        return 1;
    }
    char *cwd = getcwd(NULL, 0);
    const char *dir = gc_strdup(cwd ? cwd : "/");
    free(cwd);
    int n = a->read_stdin ? 1 : a->ninputs;
    for (int i = 0; i < n; i++) {
        Expr *e;
        if (a->read_stdin) {
            StrBuf b = {0};
            char buf[65536];
            size_t k;
            while ((k = fread(buf, 1, sizeof buf, stdin)) > 0) sb_add(&b, buf, k);
            e = ev_parse_string(b.s ? b.s : "", b.len, dir, SRC_STDIN);
        } else if (a->from_expr)
            e = ev_parse_string(a->inputs[i], strlen(a->inputs[i]), dir, SRC_STRING);
        else {
            const char *path = path_abs(a->inputs[i], strlen(a->inputs[i]), dir);
            e = ev_parse_file(ev_resolve_import(path, 0), 0);
        }
        if (a->quiet) continue;
        if (a->nix_style) {
            ast_show(stdout, e);
            fputc('\n', stdout);
        } else
            ast_dump(stdout, e);
    }
    ev_untry(&c);
    return 0;
}

int cmd_parse(int argc, char **argv)
{
    ParseArgs a = {0};
    a.inputs = GC_MALLOC((size_t)argc * sizeof *a.inputs);
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--help") || !strcmp(s, "-h")) {
            fputs(parse_help, stdout);
            return 0;
        } else if (!strcmp(s, "-E") || !strcmp(s, "--expr")) a.from_expr = true;
        else if (!strcmp(s, "-")) a.read_stdin = true;
        else if (!strcmp(s, "--nix")) a.nix_style = true;
        else if (!strcmp(s, "--quiet") || !strcmp(s, "-q")) a.quiet = true;
        else if (s[0] == '-' && s[1]) return usage_error("parse", "unrecognised flag '%s'", s);
        else a.inputs[a.ninputs++] = argv[i];
    }
    if (!a.read_stdin && a.ninputs == 0) return usage_error("parse", "no file or expression given");
    return ev_run_big_stack(run, &a);
}
