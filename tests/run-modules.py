#!/usr/bin/env python3
"""Runs the module-system tests in tests/modules.

A case is tests/modules/NAME.nix, a function `{ lib }: VALUE`; VALUE is
usually `(lib.evalModules { modules = [ ... ]; }).config` or a part of it.
The runner evaluates it with nomix's lib (`nomix eval --strict --json`) and
compares with
  NAME.json  the expected value (any JSON layout; compared as data, with
             the absolute path of tests/modules written as @DIR@), or
  NAME.err   the expected error message: the text from `error:` up to the
             source position or trace that follows it, with the absolute
             path of tests/modules written as @DIR@.
Module files that cases import live in subdirectories (NAME/ or data/).
Where nomix deliberately behaves differently from NixOS, NAME.differs says
why; such a case is checked against nomix only.

Every error must name a file under @DIR@ and an option path (or module
argument) in `quotes' somewhere in what nomix prints: the message, its
position or the trace (e.g. "while evaluating the module argument `pkgs'
in ..."), so that each error case shows that the output points at the
definition at fault.

With --oracle LIBDIR the cases are evaluated by Nix 2.8's nix-instantiate
with the `lib` found in LIBDIR (nixpkgs' lib, the reference behaviour)
instead: without --write the runner reports where the expectations differ
from it; with --write it (re)writes NAME.json or NAME.err from it. nomix
adds "Did you mean" hints that NixOS lacks; they are ignored when
comparing with the oracle and kept by --write when already there.

usage: run-modules.py NOMIX [-k PATTERN] [--oracle LIBDIR [--write]] [NAME...]
"""

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'modules')
SOURCE = os.path.dirname(HERE)
NIX = '/usr/bin/nix-instantiate'
TIMEOUT = 60

SANITIZER = re.compile(r'(ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer)')
HINT = re.compile(r'\n\n {7}Did you mean `[^\n]*\'\?$')


def message(stderr):
    """The error message: from `error:` to the position or trace after it."""
    lines = stderr.rstrip('\n').split('\n')
    start = next((i for i, l in enumerate(lines) if l.startswith('error:')), None)
    if start is None:
        return None
    out = []
    for line in lines[start:]:
        if re.match(r'^       (at |… )', line) or line.startswith("(use '--show-trace'"):
            break
        out.append(line)
    while out and out[-1].strip() == '':
        out.pop()
    return '\n'.join(out)


def run(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, cwd=CASES)
    except subprocess.TimeoutExpired:
        return None, '', 'timeout'
    return p.returncode, p.stdout, p.stderr


def evaluate(args, case, lib):
    expr = 'import %s/%s.nix { lib = import %s; }' % (CASES, case, lib)
    if args.oracle:
        cmd = [NIX, '--eval', '--strict', '--json', '-E', expr]
    else:
        cmd = [args.nomix, 'eval', '--strict', '--json', '-E', expr]
    rc, out, err = run(cmd)
    return rc, out.replace(CASES, '@DIR@'), err.replace(CASES, '@DIR@')


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def check_case(args, case):
    """Returns a list of problems (empty when the case passes)."""
    base = os.path.join(CASES, case)
    if args.oracle and os.path.exists(base + '.differs'):
        return []
    lib = os.path.abspath(args.oracle) if args.oracle else os.path.join(SOURCE, 'modules', 'lib')
    rc, out, err = evaluate(args, case, lib)
    if rc is None:
        return ['timed out after %d s' % TIMEOUT]
    if not args.oracle and (rc < 0 or rc >= 128):
        return ['crashed (status %d):\n%s' % (rc, err)]
    if not args.oracle and SANITIZER.search(err):
        return ['sanitizer report:\n' + err]
    got_err = message(err) if rc != 0 else None

    if args.write:
        if rc == 0:
            value = json.loads(out)
            with open(base + '.json', 'w', encoding='utf-8') as f:
                json.dump(value, f, indent=2, sort_keys=True, ensure_ascii=False)
                f.write('\n')
            if os.path.exists(base + '.err'):
                os.remove(base + '.err')
        else:
            if got_err is None:
                return ['failed without an error message:\n' + err]
            old = read(base + '.err') if os.path.exists(base + '.err') else ''
            hint = HINT.search(old.rstrip('\n'))
            text = got_err + (hint.group(0) if hint else '')
            with open(base + '.err', 'w', encoding='utf-8') as f:
                f.write(text + '\n')
            if os.path.exists(base + '.json'):
                os.remove(base + '.json')
        return []

    problems = []
    if os.path.exists(base + '.json'):
        if rc != 0:
            return ['expected a value, got exit %s:\n%s' % (rc, err)]
        try:
            got = json.loads(out)
        except ValueError:
            return ['output is not JSON: %r' % out[:200]]
        want = json.loads(read(base + '.json'))
        if got != want:
            problems.append('value differs:\n--- expected\n%s\n--- got\n%s' % (
                json.dumps(want, indent=2, sort_keys=True), json.dumps(got, indent=2, sort_keys=True)))
    elif os.path.exists(base + '.err'):
        want = read(base + '.err').rstrip('\n')
        if args.oracle:
            want = HINT.sub('', want)
        if rc == 0:
            return ['expected an error, got exit 0 and %r' % out[:200]]
        if not args.oracle and rc != 1:
            problems.append('exit status %d, expected 1' % rc)
        if got_err != want:
            problems.append('error differs:\n--- expected\n%s\n--- got\n%s' % (want, got_err))
        if not args.oracle and (
                '@DIR@/' not in err or not re.search(r"`[^`']+['`]", err)):
            problems.append('the error names no file under @DIR@ or nothing in `quotes\'')
        if not args.oracle and not re.search(r'^       at ', err, re.M):
            problems.append('the error has no source position')
    else:
        problems.append('no %s.json or %s.err' % (case, case))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('nomix', nargs='?', help='the nomix executable')
    ap.add_argument('names', nargs='*', help='cases to run (default: all)')
    ap.add_argument('-k', dest='pattern', help='only cases whose name contains PATTERN')
    ap.add_argument('--oracle', metavar='LIBDIR', help="evaluate with Nix 2.8 and the lib in LIBDIR")
    ap.add_argument('--write', action='store_true', help='with --oracle: write the expectations')
    args = ap.parse_args()
    if args.write and not args.oracle:
        ap.error('--write needs --oracle')
    if args.oracle and args.nomix:
        args.names.insert(0, args.nomix)
    if not args.oracle:
        if not args.nomix:
            ap.error('give the nomix executable')
        args.nomix = os.path.abspath(args.nomix)

    names = args.names or sorted(f[:-4] for f in os.listdir(CASES) if f.endswith('.nix'))
    names = [n[:-4] if n.endswith('.nix') else os.path.basename(n) for n in names]
    if args.pattern:
        names = [n for n in names if args.pattern in n]
    failed = 0
    for name in names:
        problems = check_case(args, name)
        if problems:
            failed += 1
            print('FAIL %s: %s' % (name, '\n'.join(problems)))
    verb = 'written' if args.write else 'passed'
    print('%d cases, %d %s, %d failed' % (len(names), len(names) - failed, verb, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
