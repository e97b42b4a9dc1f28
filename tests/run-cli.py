#!/usr/bin/env python3
"""Tests of the nomix command line: flags, inputs, outputs, exit codes.

Each case runs nomix with arguments (from tests/cli as the working
directory) and checks the exit status and the output. Cases marked `nix`
compare with what `nix-instantiate --eval` printed for the same flags when
the case was written; `run-cli.py NOMIX --nix` re-checks those against an
installed nix-instantiate.

usage: run-cli.py NOMIX [--nix]
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CLI = os.path.join(HERE, 'cli')

# (name, args, options). Options: stdin, env, exit (default 0), out (exact
# stdout), has (substrings of stdout), err (substrings of stderr), lacks and
# lacks_err (substrings that must not be there), nix (the
# args also work with nix-instantiate --eval after the leading 'eval').
CASES = [
    ('expr', ['eval', '-E', '1 + 2'], dict(out='3\n', nix=True)),
    ('strict', ['eval', '--strict', '-E', '{ b = 1; a = [ 1 "x" ]; }'],
     dict(out='{ a = [ 1 "x" ]; b = 1; }\n', nix=True)),
    ('lazy', ['eval', '-E', '{ a = 1 + 1; b = [ 2 ]; }'], dict(out='{ a = <CODE>; b = <CODE>; }\n', nix=True)),
    ('json', ['eval', '--json', '--strict', '-E', '{ a = [ 1 2 ]; b = null; c = "q\\""; }'],
     dict(out='{"a":[1,2],"b":null,"c":"q\\""}', nix=True)),
    ('json-lazy-thunk', ['eval', '--json', '-E', '{ a = 1 + 1; }'],
     dict(exit=1, err=['cannot convert a thunk to JSON'], nix=True)),
    ('function-not-called', ['eval', 'data/fun.nix'], dict(out='<LAMBDA>\n', nix=True)),
    ('arg', ['eval', 'data/fun.nix', '--arg', 'b', '5'], dict(out='6\n', nix=True)),
    ('arg-expr', ['eval', 'data/fun.nix', '--arg', 'a', '10 * 2'], dict(out='22\n', nix=True)),
    ('argstr', ['eval', '--strict', '-E', '{ s }: s + "!"', '--argstr', 's', 'hi'], dict(out='"hi!"\n', nix=True)),
    ('arg-ellipsis', ['eval', '--strict', '-E', '{ a, ... }@x: x', '--arg', 'a', '1', '--argstr', 'c', 'x'],
     dict(out='{ a = 1; c = "x"; }\n', nix=True)),
    ('arg-missing', ['eval', '-E', '{ a }: a', '--arg', 'b', '1'],
     dict(exit=1, err=["cannot evaluate a function that has an argument without a value ('a')"], nix=True)),
    ('attr', ['eval', 'data/attrs.nix', '-A', 'x.y'], dict(out='3\n', nix=True)),
    ('attr-index', ['eval', 'data/attrs.nix', '-A', 'x.z.1'], dict(out='20\n', nix=True)),
    ('attr-quoted', ['eval', 'data/attrs.nix', '-A', '"a.b"'], dict(out='4\n', nix=True)),
    ('attr-several', ['eval', 'data/attrs.nix', '-A', 'x.y', '-A', '"a.b"'], dict(out='3\n4\n', nix=True)),
    ('attr-missing', ['eval', 'data/attrs.nix', '-A', 'x.q'],
     dict(exit=1, err=["attribute 'q' in selection path 'x.q' not found"], nix=True)),
    ('attr-through-function', ['eval', 'data/fun.nix', '-A', '', '--arg', 'a', '0'], dict(out='2\n', nix=True)),
    ('stdin', ['eval', '-'], dict(stdin='1 + 1\n', out='2\n', nix=True)),
    ('default-nix', ['eval'], dict(cwd='data', out='"from default.nix"\n', nix=True)),
    ('file-relative', ['eval', '--strict', 'data/inc/hello.nix'], dict(out='{ greeting = "hello"; }\n', nix=True)),
    ('include', ['eval', '--strict', '-I', 'inc=data/inc', '-E', '(import <inc/hello.nix>).greeting'],
     dict(out='"hello"\n', nix=True)),
    ('include-plain', ['eval', '--strict', '-I', 'data', '-E', 'import <inc/hello.nix>'],
     dict(out='{ greeting = "hello"; }\n', nix=True)),
    ('nix-path', ['eval', '--strict', '-E', '(import <inc/hello.nix>).greeting'],
     dict(env={'NIX_PATH': 'x=/nonexistent:inc=data/inc'}, out='"hello"\n', nix=True)),
    ('include-before-nix-path', ['eval', '-I', 'inc=data', '-E', 'toString <inc>'],
     dict(env={'NIX_PATH': 'inc=data/inc'}, has=['tests/cli/data"\n'], nix=True)),
    ('not-found', ['eval', '-E', '<nope>'],
     dict(exit=1, err=["file 'nope' was not found in the Nix search path (add it using $NIX_PATH or -I)"], nix=True)),
    ('missing-file', ['eval', 'data/none.nix'], dict(exit=1, err=['getting status of', 'none.nix']), ),
    ('syntax-error', ['eval', '-E', '1 +'],
     dict(exit=1, err=['error: syntax error, unexpected end of file', 'at «string»:1:3:'], nix=True)),
    ('error-trace-default', ['eval', '--strict', 'data/trace.nix'],
     dict(exit=1, err=['error: cannot add a string to an integer', '… while evaluating \'f\'', 'from call site'])),
    ('error-trace-full', ['eval', '--strict', '--show-trace', 'data/trace.nix'],
     dict(exit=1, err=["… while evaluating the attribute 'a'"], nix=True)),
    ('raw', ['eval', '--raw', '-E', '"a\\nb"'], dict(out='a\nb')),
    ('instantiate-eval', ['instantiate', '--eval', '--strict', '-E', '[ 1 2 ]'], dict(out='[ 1 2 ]\n')),
    ('instantiate-compat-flags', ['instantiate', '--eval-only', '--read-write-mode', '--option', 'x', 'y',
                                  '--show-trace', '-E', '1'], dict(out='1\n')),
    ('instantiate-parse', ['instantiate', '--parse', '-E', 'x: x.a or 1'], dict(out='(x: (x).a or (1))\n')),
    ('instantiate-no-eval', ['instantiate', '-E', '1'], dict(exit=2, err=['pass --eval'])),
    ('instantiate-find-file', ['instantiate', '--find-file', '-I', 'inc=data/inc', 'inc/hello.nix'],
     dict(has=['tests/cli/data/inc/hello.nix\n'])),
    ('parse-tree', ['parse', '-E', 'let a = 1; in a'], dict(has=['Let', 'Var a'])),
    ('parse-error', ['parse', '-E', '{ a = 1'], dict(exit=1, err=["syntax error, unexpected end of file, expecting ';'"])),
    ('parse-quiet', ['parse', '--quiet', 'data/attrs.nix'], dict(out='')),
    ('usage-unknown-flag', ['eval', '--bogus'], dict(exit=2, err=["unrecognised flag '--bogus'"])),
    ('usage-missing-value', ['eval', '-A'], dict(exit=2, err=["'-A' requires 1 argument"])),
    ('usage-unknown-command', ['frobnicate'], dict(exit=2, err=["unknown command 'frobnicate'"])),
    ('help', ['--help'], dict(has=['eval', 'instantiate', 'parse', '--version'])),
    ('help-eval', ['eval', '--help'],
     dict(has=['--strict', '--json', '--raw', '-E', '-A', '--arg ', '--argstr', '-I', '--show-trace', 'NIX_PATH'])),
    ('help-instantiate', ['instantiate', '--help'],
     dict(has=['--eval', '--parse', '--strict', '--json', '--arg ', '--argstr', '-I', '--option', '--read-write-mode'])),
    ('help-parse', ['parse', '--help'], dict(has=['--nix', '--quiet', '-E'])),
    ('version', ['--version'], dict(has=['nomix '])),
    # Fetchers check their arguments as Nix does, then refuse: nomix is offline.
    ('fetchurl-offline', ['eval', '-E', 'builtins.fetchurl "https://example.org/x.tar.gz"'],
     dict(exit=1, err=["'fetchurl' cannot fetch 'https://example.org/x.tar.gz': nomix evaluates offline"])),
    ('fetchtarball-offline', ['eval', '-E', 'fetchTarball { url = "https://example.org/x.tar.gz"; sha256 = ""; }'],
     dict(exit=1, err=["'fetchTarball' cannot fetch", 'nomix evaluates offline', 'at «string»:1:1:'])),
    ('fetchgit-offline', ['eval', '-E', 'fetchGit { url = "https://example.org/r.git"; ref = "main"; }'],
     dict(exit=1, err=["'fetchGit' cannot fetch 'https://example.org/r.git'", 'nomix evaluates offline'])),
    ('fetchmercurial-offline', ['eval', '-E', 'fetchMercurial "https://example.org/hg"'],
     dict(exit=1, err=["'fetchMercurial' cannot fetch", 'nomix evaluates offline'])),
    # The library shipped with nomix, from any directory.
    ('nomix-lib', ['eval', '-E', '(import <nomix/lib>).concatMapStringsSep "," toString [ 1 2 ]'],
     dict(cwd='/', out='"1,2"\n')),
    ('nomix-lib-overridable', ['eval', '-I', 'nomix=data/inc', '-E', '(import <nomix/hello.nix>).greeting'],
     dict(out='"hello"\n')),
    ('nomix-lib-not-in-nixpath', ['eval', '--strict', '-E', 'builtins.nixPath'], dict(out='[ ]\n', nix=True)),
    # nomix's one extension to the language: __nomixThrowAt, a throw at a
    # given position (not in builtins, so `builtins` stays Nix's).
    ('throw-at', ['eval', '-E', '__nomixThrowAt (builtins.unsafeGetAttrPos "b" (import ./data/pos.nix)) "bad b"'],
     dict(exit=1, err=['error: bad b\n', 'data/pos.nix:3:3:\n', '3|   b = 2;\n'])),
    ('throw-at-null', ['eval', '-E', '__nomixThrowAt null "plain"'], dict(exit=1, err=['error: plain\n', 'at «string»:1:1:'])),
    ('throw-at-catchable', ['eval', '--strict', '-E', 'builtins.tryEval (__nomixThrowAt null "x")'],
     dict(out='{ success = false; value = false; }\n')),
    ('throw-at-not-builtin', ['eval', '-E', 'builtins ? nomixThrowAt || builtins ? __nomixThrowAt'], dict(out='false\n')),
    ('throw-at-fallback', ['eval', '-E', 'with { __nomixThrowAt = _: throw; }; __nomixThrowAt'], dict(out='<PRIMOP>\n')),
    # nomix options: the options a host declares.
    ('options-list', ['options', 'data/host/host.nix'],
     dict(has=['services.demo.enable\n    Whether to enable the demo service.\n    type: boolean\n'
               '    default: false\n    example: true\n    declared in: ',
               'tests/cli/data/host/service.nix\n\nservices.demo.port\n',
               'services.demo.sites.<name>.root\n    Directory the site is served from.\n'
               '    type: string\n    default: "/srv/‹name›"\n'])),
    ('options-internal-hidden', ['options', 'data/host/host.nix'], dict(has=['services.demo', '_module.args\n'], lacks=['assertions', '_module.check', '_module.freeformType'])),
    ('options-internal', ['options', '--internal', 'data/host/host.nix', 'warnings'],
     dict(has=['warnings\n', 'type: list of string\n', 'declared in: <nomix/modules/misc/assertions.nix>\n'])),
    ('options-prefix', ['options', 'data/host/host.nix', 'services.demo.sites'],
     dict(has=['services.demo.sites\n', 'services.demo.sites.<name>.root\n'], lacks=['services.demo.port'])),
    ('options-json', ['options', '--json', 'data/host/host.nix', 'services.demo.port'],
     dict(has=['{"services.demo.port":{"declarations":["', 'tests/cli/data/host/service.nix"],'
               '"default":{"_type":"literalExpression","text":"8080"},'
               '"description":"Port the demo service listens on.",'
               '"example":{"_type":"literalExpression","text":"80"},"internal":false,'
               '"loc":["services","demo","port"],"readOnly":false,'
               '"type":"16 bit unsigned integer; between 0 and 65535 (both inclusive)","visible":true}}\n'])),
    ('options-prefix-none', ['options', 'data/host/host.nix', 'services.nope'],
     dict(exit=1, err=["error: no option is declared under 'services.nope'"])),
    ('options-warning', ['options', 'data/host/warn.nix', 'services.demo.enable'],
     dict(has=['services.demo.enable\n'], err=['warning: services.demo.port 80 needs root\n'])),
    ('options-assertions', ['options', 'data/host/failing.nix'],
     dict(exit=1, out='', err=['error: Failed assertions:\n'
                              '       - services.demo.port must not be 8080\n'
                              '       - a second failure\n'
                              '         over two lines\n'], lacks_err=['never shown'])),
    ('options-stdin', ['options', '-'], dict(exit=2, err=['nomix: a host must be a file, not standard input'])),
    ('options-bad-flag', ['options', '--jsno', 'data/host/host.nix'], dict(exit=2, err=["nomix: unrecognised flag '--jsno'"])),
    ('options-no-host', ['options'], dict(exit=2, err=['nomix: no host file given', "Try 'nomix options --help'"])),
    ('options-missing-host', ['options', 'data/host/none.nix'],
     dict(exit=1, err=['error: getting status of', 'data/host/none.nix'])),
    # Module errors point at the definition; traces leave out nomix's own
    # Nix code unless --show-trace.
    ('module-error-position', ['eval', '--strict', '-E',
                               '(import <nomix/modules/host.nix> { host = ./data/host/badtype.nix; }).config.services'],
     dict(exit=1, err=["error: A definition for option `services.demo.port' is not of type `16 bit unsigned integer;",
                       "data/host/badtype.nix': \"eighty\"\n", 'data/host/badtype.nix:4:3:\n',
                       "… while evaluating the option `services.demo.port':"],
          lacks_err=['modules/lib/modules.nix', 'from call site'])),
    ('module-error-show-trace', ['eval', '--strict', '--show-trace', '-E',
                                 '(import <nomix/modules/host.nix> { host = ./data/host/badtype.nix; }).config.services'],
     dict(exit=1, err=['data/host/badtype.nix:4:3:\n', 'modules/lib/modules.nix:'])),
    ('options-help', ['options', '--help'], dict(has=['Usage: nomix options [OPTIONS] HOST.nix [PREFIX]', '--json', '--internal'])),
    # nomix build and nomix config.
    ('build-help', ['build', '--help'], dict(has=['Usage: nomix build [OPTIONS] HOST.nix -o DIR', '--dry-run', 'manifest.json'])),
    ('build-no-out', ['build', 'data/host/host.nix'], dict(exit=2, err=['nomix: no output directory given (-o DIR)'])),
    ('build-no-host', ['build', '-o', 'x'], dict(exit=2, err=['nomix: no host file given'])),
    ('build-bad-flag', ['build', '--dryrun', 'data/host/host.nix'], dict(exit=2, err=["nomix: unrecognised flag '--dryrun'"])),
    ('build-dry-run', ['build', '--dry-run', '../hosts/users-kernel/host.nix'],
     dict(out='0644        4 etc/hostname\n0644       23 etc/modules-load.d/nomix.conf\n'
              '0644      110 etc/sysctl.d/60-nomix.conf\n0644      205 etc/sysusers.d/00-nomix.conf\n'
              '4 files (and manifest.json)\n')),
    ('build-dry-run-warning', ['build', '--dry-run', 'data/host/warn.nix'],
     dict(has=['0 files (and manifest.json)\n'], err=['warning: services.demo.port 80 needs root\n'])),
    ('build-not-ours', ['build', 'data/host/host.nix', '-o', 'data'],
     dict(exit=1, err=["error: '", "tests/cli/data' exists and was not built by nomix (it has no manifest.json)"])),
    ('build-assertions', ['build', 'data/host/failing.nix', '-o', '/nonexistent/never'],
     dict(exit=1, err=['error: Failed assertions:\n'])),
    ('config-help', ['config', '--help'], dict(has=['Usage: nomix config [OPTIONS] HOST.nix [PATH]', '--json'])),
    ('config-path', ['config', 'data/host/host.nix', 'services.demo.port'], dict(out='8080\n')),
    ('config-json', ['config', '--json', 'data/host/host.nix', 'services.demo.sites'],
     dict(out='{\n  "example.org": {\n    "root": "/srv/example.org"\n  }\n}\n')),
    ('config-nix', ['config', 'data/host/host.nix', 'services.demo'],
     dict(out='{ enable = true; port = 8080; sites = { "example.org" = { root = "/srv/example.org"; }; }; }\n')),
    ('config-quoted', ['config', 'data/host/host.nix', 'services.demo.sites."example.org".root'], dict(out='"/srv/example.org"\n')),
    ('config-missing', ['config', 'data/host/host.nix', 'services.demo.prot'],
     dict(exit=1, err=["error: the host's config has no attribute 'prot' (in 'services.demo.prot')", 'Did you mean port?'])),
    ('config-not-set', ['config', 'data/host/host.nix', 'services.demo.port.x'],
     dict(exit=1, err=["'services.demo.port.x' in the host's config is an integer, not a set"])),
    # docs/options.md is nomix options' Markdown for the bundled modules.
    ('docs-options-up-to-date', ['options', '--markdown', '../../docs/empty-host.nix'],
     dict(out=open(os.path.join(HERE, '..', 'docs', 'options.md'), encoding='utf-8').read())),
    ('options-markdown', ['options', '--markdown', 'data/host/host.nix', 'services.demo.port'],
     dict(out='## `services.demo.port`\n\nPort the demo service listens on.\n\n'
              '*Type:* 16 bit unsigned integer; between 0 and 65535 (both inclusive)\n\n'
              '*Default:* `8080`\n\n*Example:* `80`\n\n*Declared in:* `' + os.path.join(HERE, 'cli', 'data', 'host', 'service.nix') + '`\n')),
    # Pathological input ends in an error or a value, never a crash.
    ('deep-parse', ['eval', '-'], dict(stdin='[' * 20000 + ']' * 20000, exit=1, err=['error: memory exhausted'])),
    ('deep-chain', ['eval', '-'], dict(stdin='1' + ' + 1' * 50000, out='50001\n')),
    ('deep-recursion', ['eval', '-E', 'let f = x: 1 + f x; in f 0'],
     dict(exit=1, err=['error: stack overflow (possible infinite recursion)', 'at «string»:1:'])),
    ('infinite-recursion', ['eval', '-E', 'let x = x + 1; in x'],
     dict(exit=1, err=['error: infinite recursion encountered', 'at «string»:1:9:'], nix=True)),
    ('deep-data', ['eval', '--strict', '-E', 'builtins.foldl\' (acc: i: [ acc ]) [ ] (builtins.genList (i: i) 100000)'],
     dict(has=['[ [ [ [ ', ' ] ] ]\n'])),
]


def run(cmd, opts):
    env = dict(os.environ)
    env.pop('NIX_PATH', None)
    env['HOME'] = '/home/nomix-test'
    env.update(opts.get('env', {}))
    cwd = os.path.join(CLI, opts.get('cwd', '.'))   # an absolute cwd stays as it is
    return subprocess.run(cmd, cwd=cwd, env=env, input=opts.get('stdin', '').encode(),
                          capture_output=True, timeout=60)


def check(name, p, opts):
    out = p.stdout.decode('utf-8', 'replace')
    err = p.stderr.decode('utf-8', 'replace')
    problems = []
    if p.returncode != opts.get('exit', 0):
        problems.append('exit %d, expected %d' % (p.returncode, opts.get('exit', 0)))
    if 'out' in opts and out != opts['out']:
        problems.append('stdout %r, expected %r' % (out, opts['out']))
    for s in opts.get('has', []):
        if s not in out:
            problems.append('stdout lacks %r' % s)
    for s in opts.get('err', []):
        if s not in err:
            problems.append('stderr lacks %r' % s)
    for s in opts.get('lacks', []):
        if s in out:
            problems.append('stdout has %r' % s)
    for s in opts.get('lacks_err', []):
        if s in err:
            problems.append('stderr has %r' % s)
    if 'Sanitizer' in err or 'runtime error:' in err:
        problems.append('sanitizer report')
    if problems:
        return 'FAIL %s: %s\n  stdout: %r\n  stderr: %r' % (name, '; '.join(problems), out[-500:], err[-1500:])
    return None


def main():
    nomix = os.path.abspath(sys.argv[1])
    with_nix = '--nix' in sys.argv
    failures = 0
    for name, args, opts in CASES:
        r = check(name, run([nomix] + args, opts), opts)
        if not r and with_nix and opts.get('nix'):
            nargs = ['nix-instantiate', '--eval'] + args[1:]
            r = check(name + ' [nix-instantiate]', run(nargs, opts), opts)
        if r:
            failures += 1
            print(r)
    print('%d cases, %d failed' % (len(CASES), failures))
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
