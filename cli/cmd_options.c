/* cmd_options.c: `nomix options`: the options a host's modules declare. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "eval.h"
#include "builtins.h"

static const char options_help[] =
    "Usage: nomix options [OPTIONS] HOST.nix [PREFIX]\n"
    "\n"
    "List the options that a host can set: those of the bundled modules and of\n"
    "the modules the host imports, each with its type, default, example,\n"
    "description and the files that declare it. PREFIX (an attribute path such\n"
    "as services.nomad) narrows the list to the options under it. Options of\n"
    "submodules are listed with <name> (or *) standing for the attribute name.\n"
    "\n"
    "The host is evaluated as every host command evaluates it: its warnings\n"
    "are printed, and failed assertions stop the command.\n"
    "\n"
    "Options:\n"
    "  --json            print a JSON object keyed by option name instead\n"
    "  --markdown        print Markdown (a section per option) instead\n"
    "  --internal        include internal options\n"
    "  -I PATH           add PATH (or NAME=PATH) to the search path for <...>\n"
    "  --show-trace      show the whole chain of an error\n"
    "  -h, --help        show this help\n";

typedef struct OptionsArgs {
    const char *file, *prefix;
    bool json, markdown, internal, show_trace;
    const char **include;
    size_t ninclude;
} OptionsArgs;

/* Lists the options, as text or JSON. */
static int run(void *p)
{
    OptionsArgs *a = p;
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

    /* { prefix = [ … ]; internal = BOOL; } */
    size_t n = 0;
    const char **names = a->prefix ? attr_path_split(a->prefix, &n) : NULL;
    Value *prefix = val_alloc();
    Value **el = mk_list(prefix, (uint32_t)n);
    for (size_t i = 0; i < n; i++) {
        el[i] = val_alloc();
        mk_cstring(el[i], names[i]);
    }
    Value *internal = val_alloc();
    mk_bool(internal, a->internal);
    Attrs *set = attrs_alloc(2);
    set->a[set->size++] = (Attr){sym_cstr("internal"), 0, internal};
    set->a[set->size++] = (Attr){sym_cstr("prefix"), 0, prefix};
    attrs_sort(set);
    Value arg, res;
    mk_attrs(&arg, set);
    Value *args[1] = {&arg};
    ev_call(host_field(host, a->json ? "optionSet" : a->markdown ? "optionMarkdown" : "optionText"), 1, args, &res, 0);

    StrBuf out = {0};
    if (a->json) {
        ev_show_json(&out, &res, true, 0);
        sb_addc(&out, '\n');
    } else {
        ev_coerce_to_string(&res, 0, 0, &out);
    }
    bool none = a->json ? ev_force_attrs(&res, 0)->size == 0 : out.len == 0;
    ev_untry(&c);
    if (a->prefix && none) {
        fprintf(stderr, "error: no option is declared under '%s'\n", a->prefix);
        return 1;
    }
    fwrite(out.s ? out.s : "", 1, out.len, stdout);
    fflush(stdout);
    return 0;
}

int cmd_options(int argc, char **argv)
{
    OptionsArgs *a = GC_MALLOC(sizeof *a);
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--help") || !strcmp(s, "-h")) {
            fputs(options_help, stdout);
            return 0;
        } else if (!strcmp(s, "--json")) a->json = true;
        else if (!strcmp(s, "--markdown")) a->markdown = true;
        else if (!strcmp(s, "--internal")) a->internal = true;
        else if (!strcmp(s, "--show-trace")) a->show_trace = true;
        else if (!strcmp(s, "-I") || !strcmp(s, "--include")) {
            if (i + 1 >= argc) return usage_error("options", "'%s' requires 1 argument", s);
            a->include = GC_REALLOC(a->include, (a->ninclude + 1) * sizeof *a->include);
            a->include[a->ninclude++] = argv[++i];
        } else if (!strcmp(s, "-")) return usage_error("options", "a host must be a file, not standard input");
        else if (s[0] == '-') return usage_error("options", "unrecognised flag '%s'", s);
        else if (!a->file) a->file = s;
        else if (!a->prefix) a->prefix = s;
        else return usage_error("options", "unexpected argument '%s'", s);
    }
    if (!a->file) return usage_error("options", "no host file given");
    return ev_run_big_stack(run, a);
}
