/* cli.h: what the command-line files share. */
#ifndef NOMIX_CLI_H
#define NOMIX_CLI_H

#include <stdbool.h>
#include <stdio.h>
#include <stddef.h>

/* Each command: its name, one line of description, and its entry point. */
int cmd_eval(int argc, char **argv);
int cmd_instantiate(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_options(int argc, char **argv);
int cmd_config(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_repl(int argc, char **argv);
int cmd_fleet(int argc, char **argv);
int cmd_diff(int argc, char **argv);

/* Splits $NIX_PATH into entries as Nix does (URLs may contain ':'). */
size_t nix_path_split(const char *s, const char ***out);

/* Prints "nomix: MSG" and a pointer to --help; returns the usage exit code 2. */
int usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- host.c: what the host commands share ---- */

struct Value;

/* Sets up the evaluator: search path from -I entries, then $NIX_PATH. */
void cli_init(const char *const *include, size_t ninclude, bool show_trace);
/* The same, starting with a GC heap of HEAP bytes (0: the default). */
void cli_init_heap(const char *const *include, size_t ninclude, bool show_trace, size_t heap);
/* The current directory, absolute. */
const char *cli_cwd(void);
/* Splits an attribute path "a.b.\"c.d\".0" into its names. */
const char **attr_path_split(const char *s, size_t *n);
/* Evaluates the host in FILE (absolute) with the bundled modules and
 * prints its warnings on stderr. The result is modules/host.nix's set
 * (config, options, optionText, …), or NULL when assertions failed (their
 * messages are printed). */
struct Value *host_eval(const char *file);
/* An attribute of that set. */
struct Value *host_field(struct Value *host, const char *name);
/* Prints the warnings of the evaluated host RES (host.nix's set) on OUT,
 * after LABEL if not NULL, and returns the error text for its failed
 * assertions, or NULL if none failed. */
const char *host_check(struct Value *res, const char *label, FILE *out);
/* Evaluates the fleet in FILE (absolute): modules/fleet.nix's set
 * (hostNames, select, evalHost, nodes). */
struct Value *fleet_eval(const char *file);
/* The host NAME of the fleet, evaluated afresh: host.nix's set. */
struct Value *fleet_host(struct Value *fleet, const char *name);

/* ---- tree.c: a host's file tree ---- */

/* One file of a tree, evaluated. */
typedef struct TreeFile {
    const char *path;       /* relative to the tree's root */
    bool symlink;
    const char *target;     /* symlink */
    const char *data;       /* file contents */
    size_t len;
    unsigned mode;
    const char *user, *group;
} TreeFile;

typedef struct Tree {
    TreeFile *files;        /* sorted by path */
    size_t n;
} Tree;

/* Evaluates a host's config.build.tree, reading every file's contents;
 * nothing is written. Throws on any problem. */
Tree tree_evaluate(struct Value *host);
/* Writes T (and its manifest.json) to OUT atomically: into a new
 * directory beside OUT, swapped into place; a failure leaves OUT as it
 * was. OUT must be absent, empty or a tree nomix wrote. Returns how many
 * files differ from the tree OUT held before. */
size_t tree_install(const Tree *t, const char *out);
/* Lists T on stdout (mode, size and path, or link and target). */
void tree_print(const Tree *t);
/* Removes a directory tree, best effort. */
void tree_remove(const char *path);
/* What a tree being written is called: OUT TREE_TEMP_MARK XXXXXX, beside
 * OUT; nothing else of ours has it in its name. */
#define TREE_TEMP_MARK ".nomix-"
/* Removes what a writer of OUT killed outright (SIGKILL, the out-of-memory
 * killer) left beside it: OUT.nomix-* temporary trees. Only for when no
 * other process can be writing OUT. */
void tree_remove_leftovers(const char *out);
/* Whether P is a clean relative path inside a tree: no leading /, no
 * empty, "." or ".." parts. */
bool tree_clean_path(const char *p);

#endif
