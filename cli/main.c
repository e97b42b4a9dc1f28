/* main.c: the `nomix` command: dispatch to a subcommand. */
#include <stdarg.h>
#include <stdio.h>
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define NOMIX_VERSION "0.1.0"

typedef struct Command {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
} Command;

static const Command commands[] = {
    {"eval", cmd_eval, "evaluate a Nix file or expression and print its value"},
    {"instantiate", cmd_instantiate, "evaluate with nix-instantiate's flags (--eval, --parse, ...)"},
    {"parse", cmd_parse, "check syntax and print the syntax tree"},
    {"build", cmd_build, "write the files a host gets into a directory"},
    {"fleet", cmd_fleet, "build every host of a fleet, in parallel"},
    {"config", cmd_config, "print a host's evaluated configuration (or a part)"},
    {"options", cmd_options, "list the options a host's modules declare"},
    {"repl", cmd_repl, "evaluate interactively: values, bindings, :l, :doc, :o, TAB completion"},
    {"diff", cmd_diff, "show what changes between two built trees or fleets"},
};

/* Prints the top-level help: the commands and global options. */
static void print_help(FILE *out)
{
    fputs("Usage: nomix COMMAND [OPTIONS] [ARGS]\n"
          "\n"
          "nomix evaluates the Nix language without a store or a daemon, and turns\n"
          "declarative host modules into the configuration files a host needs.\n"
          "\n"
          "Commands:\n", out);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(out, "  %-12s %s\n", commands[i].name, commands[i].summary);
    fputs("\n"
          "Options:\n"
          "  -h, --help     show this help (and `nomix COMMAND --help` for a command)\n"
          "  --version      print the version\n"
          "\n"
          "Environment:\n"
          "  NIX_PATH       search path for <name> lookups, after any -I entries\n", out);
}

int usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("nomix: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    fprintf(stderr, "Try 'nomix %s%s--help' for more information.\n", cmd ? cmd : "", cmd ? " " : "");
    return 2;
}

size_t nix_path_split(const char *s, const char ***out)
{
    /* Entries are separated by ':', but an entry whose path is a URL
     * ("prefix=https://…") keeps the ':' of its scheme. */
    const char **v = NULL;
    size_t n = 0;
    const char *p = s;
    while (*p) {
        const char *start = p, *start2 = p;
        while (*p && *p != ':') {
            if (*p == '=') start2 = p + 1;
            p++;
        }
        if (*p == ':') {
            size_t plen = (size_t)(p - start2);
            bool url = (plen == 4 && !strncmp(start2, "http", 4)) || (plen == 5 && !strncmp(start2, "https", 5)) ||
                       (plen == 4 && !strncmp(start2, "file", 4)) || (plen == 7 && !strncmp(start2, "channel", 7)) ||
                       (plen == 5 && !strncmp(start2, "flake", 5));
            if (url) {
                p++;
                while (*p && *p != ':') p++;
            }
        }
        if (p > start) {
            v = GC_REALLOC(v, (n + 1) * sizeof *v);
            char *e = GC_MALLOC_ATOMIC((size_t)(p - start) + 1);
            memcpy(e, start, (size_t)(p - start));
            e[p - start] = 0;
            v[n++] = e;
        }
        if (*p) p++;
    }
    *out = v;
    return n;
}

/* Dispatches to the command named by the first argument. */
int main(int argc, char **argv)
{
    GC_INIT();  /* the command line's own arrays live in collected memory too */
    if (argc < 2) {
        print_help(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        print_help(stdout);
        return 0;
    }
    if (!strcmp(cmd, "--version")) {
        printf("nomix %s (Nix language 2.8)\n", NOMIX_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(cmd, commands[i].name)) return commands[i].fn(argc - 1, argv + 1);
    return usage_error(NULL, "unknown command '%s'", cmd);
}
