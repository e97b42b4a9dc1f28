/* cli.h: what the command-line files share. */
#ifndef NOMIX_CLI_H
#define NOMIX_CLI_H

#include <stdbool.h>
#include <stddef.h>

/* Each command: its name, one line of description, and its entry point. */
int cmd_eval(int argc, char **argv);
int cmd_instantiate(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_options(int argc, char **argv);
int cmd_config(int argc, char **argv);
int cmd_build(int argc, char **argv);

/* Splits $NIX_PATH into entries as Nix does (URLs may contain ':'). */
size_t nix_path_split(const char *s, const char ***out);

/* Prints "nomix: MSG" and a pointer to --help; returns the usage exit code 2. */
int usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- host.c: what the host commands share ---- */

struct Value;

/* Sets up the evaluator: search path from -I entries, then $NIX_PATH. */
void cli_init(const char *const *include, size_t ninclude, bool show_trace);
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

#endif
