#!/usr/bin/env python3
"""Writes the expected output of language tests from Nix 2.8 (the oracle).

For each tests/lang/NAME.nix given (default: those with neither NAME.exp
nor NAME.err), runs `nix-instantiate --eval --strict [NAME.flags] NAME.nix`
the way run-lang.py runs nomix, and writes NAME.exp (stdout, on success) or
NAME.err (on failure: stderr up to the end of its first code snippet, before
any trace). The absolute path of tests/lang becomes @DIR@. This needs
nix-instantiate (apt-get install nix-bin); the tests themselves do not.

usage: gen-lang.py [--dir DIR] [--all] [NAME.nix ...]
(DIR defaults to tests/lang; tests/lib works the same way)
"""

import argparse
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = os.path.join(HERE, 'lang')
NIX = '/usr/bin/nix-instantiate'


def error_head(err):
    """Nix's error up to (not including) its trace or the --show-trace hint."""
    out = []
    for line in err.rstrip('\n').split('\n'):
        if line.startswith('       … ') or line.startswith("(use '--show-trace'"):
            break
        out.append(line)
    while out and out[-1] == '':
        out.pop()
    return '\n'.join(out) + '\n'


def generate(name, LANG):
    env = dict(os.environ)
    env['HOME'] = '/home/nomix-test'
    env['NIX_PATH'] = ''
    flags = []
    fpath = os.path.join(LANG, name + '.flags')
    if os.path.exists(fpath):
        with open(fpath) as f:
            flags = shlex.split(f.read())
    p = subprocess.run([NIX, '--eval', '--strict'] + flags + [name + '.nix'], cwd=LANG, env=env,
                       capture_output=True, timeout=120)
    for ext in ('.exp', '.err'):
        if os.path.exists(os.path.join(LANG, name + ext)):
            os.remove(os.path.join(LANG, name + ext))
    if p.returncode == 0:
        with open(os.path.join(LANG, name + '.exp'), 'wb') as f:
            f.write(p.stdout.replace(LANG.encode(), b'@DIR@'))
        return 'exp'
    err = p.stderr.decode('utf-8', 'replace').replace(LANG, '@DIR@')
    with open(os.path.join(LANG, name + '.err'), 'w') as f:
        f.write(error_head(err))
    return 'err'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--all', action='store_true', help='regenerate every case')
    ap.add_argument('--dir', default=LANG, help='the test directory (default tests/lang)')
    ap.add_argument('files', nargs='*')
    a = ap.parse_args()
    d = os.path.abspath(a.dir)
    if a.files:
        names = [os.path.basename(f)[:-4] for f in a.files]
    else:
        names = sorted(f[:-4] for f in os.listdir(d) if f.endswith('.nix'))
        if not a.all:
            names = [n for n in names if not os.path.exists(os.path.join(d, n + '.exp'))
                     and not os.path.exists(os.path.join(d, n + '.err'))]
    for n in names:
        print('%s: %s' % (n, generate(n, d)))


if __name__ == '__main__':
    sys.exit(main())
