/* cli.h: what the command-line files share. */
#ifndef NOMIX_CLI_H
#define NOMIX_CLI_H

#include <stdbool.h>
#include <stddef.h>

/* Each command: its name, one line of description, and its entry point. */
int cmd_eval(int argc, char **argv);
int cmd_instantiate(int argc, char **argv);
int cmd_parse(int argc, char **argv);

/* Splits $NIX_PATH into entries as Nix does (URLs may contain ':'). */
size_t nix_path_split(const char *s, const char ***out);

/* Prints "nomix: MSG" and a pointer to --help; returns the usage exit code 2. */
int usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
