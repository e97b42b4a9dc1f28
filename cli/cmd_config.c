/* cmd_config.c: `nomix config`: a host's evaluated configuration. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "eval.h"
#include "builtins.h"

static const char config_help[] =
    "Usage: nomix config [OPTIONS] HOST.nix [PATH]\n"
    "\n"
    "Evaluate a host (its modules with the bundled ones) and print its\n"
    "configuration, or the part of it at PATH, an attribute path such as\n"
    "services.nomad.settings (quote names with dots: environment.etc.\"nomad.json\").\n"
    "The host's warnings are printed, and failed assertions stop the command.\n"
    "\n"
    "Options:\n"
    "  --json            print JSON (indented, keys sorted) instead of Nix syntax\n"
    "  -I PATH           add PATH (or NAME=PATH) to the search path for <...>\n"
    "  --show-trace      show the whole chain of an error\n"
    "  -h, --help        show this help\n";

typedef struct ConfigArgs {
    const char *file, *path;
    bool json, show_trace;
    const char **include;
    size_t ninclude;
} ConfigArgs;

/* Follows the attribute path PATH from the host's config. */
static Value *select_path(Value *config, const char *path)
{
    size_t n;
    const char **names = attr_path_split(path, &n);
    Value *v = config;
    for (size_t i = 0; i < n; i++) {
        ev_force(v, 0);
        if (v->type != T_ATTRS)
            ev_error(ERR_EVAL, 0, "'%s' in the host's config is %s, not a set, so it has no attribute '%s'",
                     path, ev_show_type(v), names[i]);
        Attr *a = attrs_get(v->attrs, sym_cstr(names[i]));
        if (!a) {
            const char **cand = GC_MALLOC((v->attrs->size + 1) * sizeof *cand);
            for (uint32_t k = 0; k < v->attrs->size; k++) cand[k] = sym_str(v->attrs->a[k].name);
            ev_error_hint(ERR_EVAL, 0, ev_suggest(names[i], cand, v->attrs->size),
                          "the host's config has no attribute '%s' (in '%s')", names[i], path);
        }
        v = a->value;
    }
    return v;
}

/* Prints the config (or a part), as Nix syntax or JSON. */
static int run(void *p)
{
    ConfigArgs *a = p;
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
    Value *v = host_field(host, "config");
    if (a->path) v = select_path(v, a->path);
    StrBuf out = {0};
    if (a->json) ev_show_json_pretty(&out, v, 0);
    else {
        ev_force_deep(v);
        ev_show(&out, v);
    }
    sb_addc(&out, '\n');
    ev_untry(&c);
    fwrite(out.s, 1, out.len, stdout);
    fflush(stdout);
    return 0;
}

int cmd_config(int argc, char **argv)
{
    ConfigArgs *a = GC_MALLOC(sizeof *a);
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--help") || !strcmp(s, "-h")) {
            fputs(config_help, stdout);
            return 0;
        } else if (!strcmp(s, "--json")) a->json = true;
        else if (!strcmp(s, "--show-trace")) a->show_trace = true;
        else if (!strcmp(s, "-I") || !strcmp(s, "--include")) {
            if (i + 1 >= argc) return usage_error("config", "'%s' requires 1 argument", s);
            a->include = GC_REALLOC(a->include, (a->ninclude + 1) * sizeof *a->include);
            a->include[a->ninclude++] = argv[++i];
        } else if (!strcmp(s, "-")) return usage_error("config", "a host must be a file, not standard input");
        else if (s[0] == '-') return usage_error("config", "unrecognised flag '%s'", s);
        else if (!a->file) a->file = s;
        else if (!a->path) a->path = s;
        else return usage_error("config", "unexpected argument '%s'", s);
    }
    if (!a->file) return usage_error("config", "no host file given");
    return ev_run_big_stack(run, a);
}
