/* cmd_fleet.c: `nomix fleet`: build every host of a fleet.
 *
 * The hosts are shared out among worker processes, one per core by
 * default; each worker is this program run again (`fleet --worker`), so
 * no evaluator state is shared between processes. The parent hands out
 * host names on each worker's stdin, a new one whenever a result comes
 * back, so that a worker with slow hosts does not leave a core idle at
 * the end. A worker evaluates its hosts one after the other (sharing
 * parsed files and the library) and reports each on its stdout: the
 * parent shows progress, collects the results and prints a summary. One
 * host's failure does not stop the others; every host's tree is written
 * atomically (tree.c). */
#include <errno.h>
#include <fcntl.h>
#include <gc/gc.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "eval.h"
#include "builtins.h"

extern char **environ;

static const char fleet_help[] =
    "Usage: nomix fleet [OPTIONS] FLEET.nix -o DIR\n"
    "\n"
    "Build every host of a fleet into DIR/<host>/, as `nomix build` builds one.\n"
    "A fleet file is a set in the shape of Colmena's hive.nix: `meta`\n"
    "(description, specialArgs, nodeSpecialArgs.<host>), `defaults` (a module\n"
    "every host gets), and one attribute per host (a module or a list of\n"
    "modules). Hosts get `name` and `nodes` (every host's evaluation, e.g.\n"
    "nodes.server.config) as module arguments.\n"
    "\n"
    "Hosts are evaluated in parallel, one process per core. A host that fails\n"
    "is reported and keeps its previous tree; the others are still built, and\n"
    "the exit status is 1 if any failed. At the end a table shows each host's\n"
    "files, how many changed against its previous tree, and the time taken.\n"
    "Ctrl-C (or SIGTERM) stops the build once the trees being written are in\n"
    "place: no tree is ever left half written.\n"
    "\n"
    "Options:\n"
    "  -o, --out DIR     where to write the trees (required unless --dry-run)\n"
    "  --on SELECTOR     only this host, or (a selector that names no host, or\n"
    "                    \"@tag\") the hosts with this tag; may be repeated or\n"
    "                    comma-separated\n"
    "  -j, --jobs N      number of worker processes (default: the number of cores)\n"
    "  --dry-run         list the hosts that would be built, build nothing\n"
    "  -q, --quiet       no progress line and no table, only errors\n"
    "  -I PATH           add PATH (or NAME=PATH) to the search path for <...>\n"
    "  --show-trace      show the whole chain of an error\n"
    "  -h, --help        show this help\n";

typedef struct FleetArgs {
    const char *file, *out;
    const char **selectors;
    size_t nselectors;
    long jobs;
    bool dry_run, quiet, show_trace, worker;
    const char **include;
    size_t ninclude;
} FleetArgs;

/* What happened to one host. */
typedef struct HostResult {
    const char *name;
    bool done, ok;
    size_t files, changed;
    double ms;
    const char *error;          /* the error text when not ok */
} HostResult;

/* Appends S to a growing array of strings. */
static void push(const char ***v, size_t *n, const char *s)
{
    *v = GC_REALLOC(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = s;
}

/* Milliseconds since some fixed point. */
static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* An error as `nomix eval` prints it, as text. */
static char *error_text(const EvError *e)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    ev_print_error(m, e);
    fclose(m);
    char *r = gc_strndup(buf, len);
    free(buf);
    return r;
}

/* Why NAME cannot be a host's directory, or NULL if it can. OUT/NAME must
 * be one plain directory name: never a path out of OUT, nor a hidden name
 * like the trees' temporary directories (nor a line break or a tab, which
 * would split the name on its way to a worker and back). */
static const char *bad_host_name(const char *name)
{
    if (*name && name[0] != '.' && !strpbrk(name, "/\n\t")) return NULL;
    return gc_printf("error: the host name '%s' cannot be a directory name (it is empty, "
                     "starts with '.', or holds '/', a tab or a line break); rename the host\n", name);
}

/* Builds one host of FLEET into OUT/NAME (a name bad_host_name accepts:
 * run_parent hands out no other); never throws. */
static HostResult build_host(Value *fleet, const char *out, const char *name)
{
    HostResult r = {.name = name};
    double t0 = now_ms();
    Catch c;
    c.want_trace = true;
    if (!ev_try(&c, CATCH_ALL)) {
        r.ms = now_ms() - t0;
        r.error = error_text(c.err);
        return r;
    }
    Value *host = fleet_host(fleet, name);
    const char *label = gc_printf("%s", name);
    const char *failed = host_check(host, label, stderr);
    if (failed) {
        ev_untry(&c);
        r.ms = now_ms() - t0;
        r.error = gc_printf("%s\n", failed);
        return r;
    }
    Tree t = tree_evaluate(host);
    r.files = t.n;
    r.changed = tree_install(&t, gc_printf("%s/%s", out, name));
    ev_untry(&c);
    r.ok = true;
    r.ms = now_ms() - t0;
    return r;
}

/* ---- worker: build the given hosts, report each on stdout ---- */

/* Writes a result record: "ok NAME FILES CHANGED MS" or "fail NAME MS LEN"
 * followed by LEN bytes of error text. */
static void report(const HostResult *r)
{
    if (r->ok)
        printf("ok\t%s\t%zu\t%zu\t%.1f\n", r->name, r->files, r->changed, r->ms);
    else
        printf("fail\t%s\t%.1f\t%zu\n%s", r->name, r->ms, strlen(r->error), r->error);
    fflush(stdout);
}

/* The fleet value, or NULL after printing why it cannot be evaluated. */
static Value *load_fleet(const FleetArgs *a)
{
    Catch c;
    c.want_trace = true;
    if (!ev_try(&c, CATCH_ALL)) {
        ev_print_error(stderr, c.err);
        return NULL;
    }
    Value *fleet = fleet_eval(path_abs(a->file, strlen(a->file), cli_cwd()));
    ev_force(fleet, 0);
    ev_untry(&c);
    return fleet;
}

/* Runs as a worker process: builds each host named on a line of stdin. */
static int run_worker(FleetArgs *a)
{
    Value *fleet = load_fleet(a);
    if (!fleet) return 1;
    const char *out = path_abs(a->out, strlen(a->out), cli_cwd());
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, stdin)) > 0) {
        if (line[len - 1] == '\n') line[--len] = 0;
        if (!len) continue;
        HostResult r = build_host(fleet, out, gc_strdup(line));
        report(&r);
    }
    free(line);
    return 0;
}

/* ---- parent ---- */

/* The selected host names, sorted; NULL after printing an error. */
static const char **select_hosts(Value *fleet, const FleetArgs *a, size_t *n)
{
    Catch c;
    c.want_trace = true;
    if (!ev_try(&c, CATCH_ALL)) {
        ev_print_error(stderr, c.err);
        return NULL;
    }
    Value sel, res;
    Value **el = mk_list(&sel, (uint32_t)a->nselectors);
    for (size_t i = 0; i < a->nselectors; i++) {
        el[i] = val_alloc();
        mk_cstring(el[i], a->selectors[i]);
    }
    Value *args[1] = {&sel};
    ev_call(host_field(fleet, "select"), 1, args, &res, 0);
    Value *hosts = host_field(&res, "hosts"), *unknown = host_field(&res, "unknown");
    ev_force_list(unknown, 0);
    if (unknown->len) {
        StrBuf b = {0};
        for (uint32_t i = 0; i < unknown->len; i++)
            sb_printf(&b, "%s`%s'", i ? ", " : "", ev_force_string_noctx(list_elems(unknown)[i], 0));
        ev_untry(&c);
        fprintf(stderr, "error: no host is named or tagged %s\n", b.s);
        return NULL;
    }
    ev_force_list(hosts, 0);
    *n = hosts->len;
    const char **names = GC_MALLOC((hosts->len + 1) * sizeof *names);
    for (uint32_t i = 0; i < hosts->len; i++) names[i] = ev_force_string_noctx(list_elems(hosts)[i], 0);
    ev_untry(&c);
    return names;
}

/* One running worker: its pipes and what has been read from it. */
typedef struct Worker {
    pid_t pid;
    int fd;         /* its stdout */
    int to;         /* its stdin; -1 once closed */
    StrBuf buf;
    bool eof;
} Worker;

/* Starts a worker; its stdin and stdout are pipes to us. */
static Worker start_worker(const FleetArgs *a)
{
    Worker w = {0};
    int p[2], q[2];
    /* close-on-exec, so that a later worker does not hold this one's
     * stdin open (it would never see the end of its input) */
    if (pipe2(p, O_CLOEXEC) != 0 || pipe2(q, O_CLOEXEC) != 0)
        ev_error(ERR_EVAL, 0, "creating a pipe: %s", strerror(errno));
    const char **argv = NULL;
    size_t argc = 0;
    push(&argv, &argc, "nomix");
    push(&argv, &argc, "fleet");
    push(&argv, &argc, "--worker");
    for (size_t i = 0; i < a->ninclude; i++) {
        push(&argv, &argc, "-I");
        push(&argv, &argc, a->include[i]);
    }
    if (a->show_trace) push(&argv, &argc, "--show-trace");
    push(&argv, &argc, "-o");
    push(&argv, &argc, a->out);
    push(&argv, &argc, a->file);
    push(&argv, &argc, NULL);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, p[1], 1);
    posix_spawn_file_actions_adddup2(&fa, q[0], 0);
    /* the parent ignores SIGPIPE (a worker may die); the worker must not */
    posix_spawnattr_t sa;
    posix_spawnattr_init(&sa);
    sigset_t def;
    sigemptyset(&def);
    sigaddset(&def, SIGPIPE);
    posix_spawnattr_setsigdefault(&sa, &def);
    /* and must not inherit the parent's held-off Ctrl-C (run_parent) */
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&sa, &none);
    posix_spawnattr_setflags(&sa, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    /* One marker thread per worker: the workers already use every core,
     * and parallel markers in each would only spin against each other. */
    if (!getenv("GC_MARKERS")) setenv("GC_MARKERS", "1", 0);
    int rc = posix_spawn(&w.pid, "/proc/self/exe", &fa, &sa, (char *const *)argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&sa);
    close(p[1]);
    close(q[0]);
    if (rc != 0) {
        close(p[0]);
        close(q[1]);
        ev_error(ERR_EVAL, 0, "starting a worker: %s", strerror(rc));
    }
    w.fd = p[0];
    w.to = q[1];
    return w;
}

/* Gives W the next unsent host (NAMES[TODO[*NEXT]]), or closes its stdin
 * when none is left (a worker that cannot be written to has died: its
 * stdout says so). */
static void feed(Worker *w, const char **names, const size_t *todo, size_t ntodo, size_t *next)
{
    if (w->to < 0) return;
    if (*next == ntodo) {
        close(w->to);
        w->to = -1;
        return;
    }
    const char *line = gc_printf("%s\n", names[todo[*next]]);
    size_t len = strlen(line);
    if (write(w->to, line, len) != (ssize_t)len) {
        close(w->to);
        w->to = -1;
        return;
    }
    (*next)++;
}

static volatile sig_atomic_t stop_signal;   /* SIGINT, SIGTERM or SIGHUP seen */

/* Notes a request to stop; the worker loop acts on it. */
static void on_stop(int sig)
{
    stop_signal = sig;
}

/* Makes SIG call on_stop, unless it is ignored (as a shell does for a
 * command run in the background); OLD gets what it did before. */
static void catch_stop(int sig, struct sigaction *old)
{
    sigaction(sig, NULL, old);
    if (old->sa_handler == SIG_IGN) return;
    struct sigaction stop = {0};
    stop.sa_handler = on_stop;
    sigemptyset(&stop.sa_mask);
    sigaction(sig, &stop, NULL);
}

/* Takes complete records off the front of W's buffer; returns how many. */
static size_t take_records(Worker *w, const StrTable *slots, void (*done)(const HostResult *))
{
    size_t taken = 0;
    for (;;) {
        char *s = w->buf.s;
        size_t len = w->buf.len;
        char *nl = s ? memchr(s, '\n', len) : NULL;
        if (!nl) break;
        *nl = 0;
        size_t used = (size_t)(nl - s) + 1;
        char name[4096];
        HostResult r = {0};
        if (!strncmp(s, "ok\t", 3)) {
            if (sscanf(s + 3, "%4095[^\t]\t%zu\t%zu\t%lf", name, &r.files, &r.changed, &r.ms) != 4) break;
            r.ok = true;
        } else if (!strncmp(s, "fail\t", 5)) {
            size_t elen;
            if (sscanf(s + 5, "%4095[^\t]\t%lf\t%zu", name, &r.ms, &elen) != 3) break;
            if (len - used < elen) { *nl = '\n'; break; }   /* the text is still coming */
            r.error = gc_strndup(s + used, elen);
            used += elen;
        } else
            break;
        HostResult *slot = strtab_get(slots, name);
        if (slot) {
            r.name = slot->name;
            r.done = true;
            *slot = r;
            done(slot);
            taken++;
        }
        memmove(w->buf.s, w->buf.s + used, len - used);
        w->buf.len -= used;
    }
    return taken;
}

static bool progress_shown;      /* whether a progress line is on the terminal */
static size_t progress_done, progress_total;
static bool progress_quiet;

/* Redraws the progress line (on a terminal only). */
static void show_progress(const char *last)
{
    if (progress_quiet || !isatty(2)) return;
    fprintf(stderr, "\r\033[K[%zu/%zu] %s", progress_done, progress_total, last);
    fflush(stderr);
    progress_shown = true;
}

/* Clears the progress line before other output. */
static void clear_progress(void)
{
    if (progress_shown) {
        fputs("\r\033[K", stderr);
        progress_shown = false;
    }
}

/* Called as each host finishes: its error now, progress updated. */
static void host_done(const HostResult *r)
{
    progress_done++;
    if (!r->ok) {
        clear_progress();
        fprintf(stderr, "nomix: host '%s' failed:\n%s", r->name, r->error);
    }
    show_progress(r->name);
}

/* Prints the table of results. */
static void print_summary(const HostResult *rs, size_t n)
{
    size_t w = 4;
    for (size_t i = 0; i < n; i++)
        if (strlen(rs[i].name) > w) w = strlen(rs[i].name);
    printf("%-*s  %6s  %7s  %9s\n", (int)w, "host", "files", "changed", "time");
    for (size_t i = 0; i < n; i++) {
        if (rs[i].ok)
            printf("%-*s  %6zu  %7zu  %7.0f ms\n", (int)w, rs[i].name, rs[i].files, rs[i].changed, rs[i].ms);
        else
            printf("%-*s  %6s  %7s  %7.0f ms  FAILED\n", (int)w, rs[i].name, "-", "-", rs[i].ms);
    }
}

/* Builds the hosts in worker processes (or here, with one job). */
static int run_parent(FleetArgs *a)
{
    Value *fleet = load_fleet(a);
    if (!fleet) return 1;
    size_t n;
    const char **names = select_hosts(fleet, a, &n);
    if (!names) return 1;
    if (n == 0) {
        fprintf(stderr, "error: the fleet has no hosts\n");
        return 1;
    }
    if (a->dry_run) {
        for (size_t i = 0; i < n; i++) printf("%s\n", names[i]);
        return 0;
    }
    const char *out = path_abs(a->out, strlen(a->out), cli_cwd());
    if (mkdir(out, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "error: creating '%s': %s\n", out, strerror(errno));
        return 1;
    }
    HostResult *rs = GC_MALLOC(n * sizeof *rs);
    for (size_t i = 0; i < n; i++) rs[i].name = names[i];
    progress_total = n;
    progress_quiet = a->quiet;
    /* hosts whose names cannot be directories fail now; TODO indexes the rest */
    size_t *todo = GC_MALLOC_ATOMIC(n * sizeof *todo), ntodo = 0;
    for (size_t i = 0; i < n; i++) {
        if ((rs[i].error = bad_host_name(names[i]))) {
            rs[i].done = true;
            host_done(&rs[i]);
        } else
            todo[ntodo++] = i;
    }
    long jobs = a->jobs > 0 ? a->jobs : sysconf(_SC_NPROCESSORS_ONLN);
    if (jobs < 1) jobs = 1;
    if ((size_t)jobs > ntodo) jobs = (long)ntodo;
    show_progress("starting");

    if (jobs == 0) {
        /* nothing left to build */
    } else if (jobs == 1) {
        /* choosing by tag evaluated every host's tags; start afresh so
         * that those evaluations can be collected */
        if (a->nselectors && !(fleet = load_fleet(a))) return 1;
        for (size_t j = 0; j < ntodo; j++) {
            HostResult *r = &rs[todo[j]];
            *r = build_host(fleet, out, r->name);
            r->done = true;
            host_done(r);
        }
    } else {
        signal(SIGPIPE, SIG_IGN);
        /* Ctrl-C, SIGTERM and SIGHUP stop the build, but only after every
         * worker has finished the tree it is writing and exited (workers
         * hold these signals while they write): the command must not
         * return while a worker still writes. They are held off outside
         * ppoll, so that one cannot slip in between a check and the wait. */
        struct sigaction old_int, old_term, old_hup;
        catch_stop(SIGINT, &old_int);
        catch_stop(SIGTERM, &old_term);
        catch_stop(SIGHUP, &old_hup);
        sigset_t stops, waiting;
        ev_stop_signals(&stops);
        pthread_sigmask(SIG_BLOCK, &stops, &waiting);
        Worker *ws = GC_MALLOC((size_t)jobs * sizeof *ws);
        size_t next = 0;
        StrTable slots = {0};   /* host name -> its result, for the workers' reports */
        for (size_t i = 0; i < n; i++) strtab_put(&slots, rs[i].name, &rs[i]);
        Catch c;
        c.want_trace = true;
        if (!ev_try(&c, CATCH_ALL)) {
            clear_progress();
            ev_print_error(stderr, c.err);
            return 1;
        }
        for (long k = 0; k < jobs; k++) ws[k] = start_worker(a);
        ev_untry(&c);
        /* two hosts each to start with, so none waits between hosts */
        for (int round = 0; round < 2; round++)
            for (long k = 0; k < jobs; k++) feed(&ws[k], names, todo, ntodo, &next);
        struct pollfd *pf = GC_MALLOC((size_t)jobs * sizeof *pf);
        long *who = GC_MALLOC_ATOMIC((size_t)jobs * sizeof *who);
        for (long open_count = jobs; open_count > 0 && !stop_signal;) {
            nfds_t m = 0;
            for (long k = 0; k < jobs; k++)
                if (!ws[k].eof) {
                    who[m] = k;
                    pf[m++] = (struct pollfd){.fd = ws[k].fd, .events = POLLIN};
                }
            if (ppoll(pf, m, NULL, &waiting) < 0) {
                if (errno == EINTR) continue;
                break;
            }
            /* only the workers with something to read: a read from the
             * others would wait for them while the rest sit idle */
            for (nfds_t i = 0; i < m; i++) {
                if (!pf[i].revents) continue;
                Worker *w = &ws[who[i]];
                char buf[65536];
                ssize_t got = read(w->fd, buf, sizeof buf);
                if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
                if (got <= 0) {
                    w->eof = true;
                    close(w->fd);
                    open_count--;
                    continue;
                }
                sb_add(&w->buf, buf, (size_t)got);
                for (size_t t = take_records(w, &slots, host_done); t > 0; t--)
                    feed(w, names, todo, ntodo, &next);
            }
        }
        for (long k = 0; k < jobs; k++) {
            /* a signal sent to us alone goes on to the workers */
            if (stop_signal && !ws[k].eof) kill(ws[k].pid, stop_signal);
            if (ws[k].to >= 0) close(ws[k].to);
        }
        for (long k = 0; k < jobs; k++) waitpid(ws[k].pid, NULL, 0);
        sigaction(SIGINT, &old_int, NULL);
        sigaction(SIGTERM, &old_term, NULL);
        sigaction(SIGHUP, &old_hup, NULL);
        pthread_sigmask(SIG_SETMASK, &waiting, NULL);
        if (stop_signal) {
            size_t built = 0;
            for (size_t i = 0; i < n; i++) built += rs[i].ok;
            clear_progress();
            fprintf(stderr, "nomix: stopped (%s); %zu of %zu hosts were built\n",
                    strsignal(stop_signal), built, n);
            raise(stop_signal);     /* die of it, as the shell expects */
            return 130;
        }
        /* a worker that died takes the hosts it was given with it; hosts
         * never handed out (every worker died) are failures too. Hosts
         * were handed out in TODO's order, so the first NEXT were given. */
        for (size_t j = 0; j < ntodo; j++) {
            HostResult *r = &rs[todo[j]];
            if (r->done) continue;
            r->done = true;
            r->error = j < next
                ? "error: the worker building this host stopped before it finished\n"
                : "error: not built: every worker stopped before this host's turn\n";
            /* its worker is gone: nothing else writes beside its tree */
            if (j < next) tree_remove_leftovers(gc_printf("%s/%s", out, r->name));
            host_done(r);
        }
    }
    clear_progress();
    if (!a->quiet) print_summary(rs, n);
    fflush(stdout);
    size_t failed = 0;
    StrBuf names_failed = {0};
    for (size_t i = 0; i < n; i++)
        if (!rs[i].ok) {
            sb_printf(&names_failed, "%s%s", failed ? ", " : "", rs[i].name);
            failed++;
        }
    if (failed) {
        fprintf(stderr, "error: %zu of %zu hosts failed: %s\n", failed, n, names_failed.s);
        return 1;
    }
    return 0;
}

/* The whole command, on the big stack. */
static int run(void *p)
{
    FleetArgs *a = p;
    /* A process that builds many hosts collects less often if it starts
     * with a bigger heap: on bench/fleet (-j 1), 64 MiB took 6.8 s and
     * 77 MiB of memory, the default 32 MiB 9.0 s; 128 and 256 MiB were
     * no faster. */
    cli_init_heap(a->include, a->ninclude, a->show_trace, (size_t)64 << 20);
    return a->worker ? run_worker(a) : run_parent(a);
}

int cmd_fleet(int argc, char **argv)
{
    FleetArgs *a = GC_MALLOC(sizeof *a);
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
#define NEED() do { if (i + 1 >= argc) return usage_error("fleet", "'%s' requires an argument", s); } while (0)
        if (!strcmp(s, "--help") || !strcmp(s, "-h")) {
            fputs(fleet_help, stdout);
            return 0;
        } else if (!strcmp(s, "--dry-run")) a->dry_run = true;
        else if (!strcmp(s, "--quiet") || !strcmp(s, "-q")) a->quiet = true;
        else if (!strcmp(s, "--show-trace")) a->show_trace = true;
        else if (!strcmp(s, "--worker")) a->worker = true;
        else if (!strcmp(s, "-o") || !strcmp(s, "--out")) { NEED(); a->out = argv[++i]; }
        else if (!strcmp(s, "--on")) {
            NEED();
            char *list = gc_strdup(argv[++i]);
            for (char *tok = strtok(list, ","); tok; tok = strtok(NULL, ","))
                if (*tok) push(&a->selectors, &a->nselectors, tok);
        } else if (!strcmp(s, "-j") || !strcmp(s, "--jobs")) {
            NEED();
            char *end;
            a->jobs = strtol(argv[++i], &end, 10);
            if (*end || a->jobs < 1 || a->jobs > 1024) return usage_error("fleet", "'%s' needs a number of jobs from 1 to 1024", s);
        } else if (!strcmp(s, "-I") || !strcmp(s, "--include")) { NEED(); push(&a->include, &a->ninclude, argv[++i]); }
        else if (!strcmp(s, "-")) return usage_error("fleet", "a fleet must be a file, not standard input");
        else if (s[0] == '-') return usage_error("fleet", "unrecognised flag '%s'", s);
        else if (!a->file) a->file = s;
        else return usage_error("fleet", "unexpected argument '%s'", s);
#undef NEED
    }
    if (!a->file) return usage_error("fleet", "no fleet file given");
    if (!a->out && !a->dry_run) return usage_error("fleet", "no output directory given (-o DIR)");
    return ev_run_big_stack(run, a);
}
