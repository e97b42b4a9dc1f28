#!/usr/bin/env python3
"""Runs the data-driven language tests.

Each case is tests/lang/NAME.nix, evaluated as `nomix eval --strict NAME.nix`
from inside tests/lang (plus the flags in NAME.flags, if present), with one of:

  NAME.exp  the exact standard output expected (what Nix 2.8 prints); exit 0
  NAME.err  the start of the standard error expected (Nix 2.8's message,
            position and code lines); exit 1, and the error must name a
            source position ("at FILE:LINE:COL:")

In both files @DIR@ stands for the absolute path of tests/lang. Cases run
with HOME=/home/nomix-test and an empty NIX_PATH, as they were generated.

usage: run-lang.py NOMIX [DIR] [-k SUBSTRING] [-j JOBS] [-v]
"""

import argparse
import os
import re
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

AT_LINE = re.compile(r'^       at .+:\d+:\d+:$', re.M)


def case_env():
    env = dict(os.environ)
    env['HOME'] = '/home/nomix-test'
    env['NIX_PATH'] = ''
    env.pop('NIX_SHOW_STATS', None)
    return env


def run_case(nomix, d, name, env):
    """Returns None if the case passes, else a description of the failure."""
    flags = []
    fpath = os.path.join(d, name + '.flags')
    if os.path.exists(fpath):
        with open(fpath) as f:
            flags = shlex.split(f.read())
    cmd = [nomix, 'eval', '--strict'] + flags + [name + '.nix']
    try:
        p = subprocess.run(cmd, cwd=d, env=env, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return 'timed out after 60 s'
    out = p.stdout.decode('utf-8', 'replace')
    err = p.stderr.decode('utf-8', 'replace')
    if p.returncode < 0 or p.returncode >= 128:
        return 'crashed (status %d)\n%s' % (p.returncode, err[-2000:])
    if 'Sanitizer' in err or 'runtime error:' in err:
        return 'sanitizer report\n%s' % err[-3000:]
    exp_path = os.path.join(d, name + '.exp')
    err_path = os.path.join(d, name + '.err')
    if os.path.exists(exp_path):
        with open(exp_path, encoding='utf-8', errors='replace') as f:
            want = f.read().replace('@DIR@', d)
        if p.returncode != 0:
            return 'expected success, got exit %d\n%s' % (p.returncode, err[-2000:])
        if out != want:
            return 'stdout differs\n--- expected\n%s\n--- got\n%s' % (want[-2000:], out[-2000:])
        return None
    if os.path.exists(err_path):
        with open(err_path, encoding='utf-8', errors='replace') as f:
            want = f.read().replace('@DIR@', d).rstrip('\n')
        if p.returncode != 1:
            return 'expected exit 1, got %d\n%s%s' % (p.returncode, out[-1000:], err[-2000:])
        want_lines = want.split('\n')
        got_lines = err.rstrip('\n').split('\n')
        if got_lines[:len(want_lines)] != want_lines:
            return 'stderr differs\n--- expected to start with\n%s\n--- got\n%s' % (want, err[-3000:])
        if not AT_LINE.search(err):
            return 'the error names no source position\n%s' % err[-2000:]
        return None
    return 'no %s.exp or %s.err' % (name, name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('nomix')
    ap.add_argument('dir', nargs='?', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lang'))
    ap.add_argument('-k', default='', help='only cases whose name contains this')
    ap.add_argument('-j', type=int, default=os.cpu_count() or 2)
    ap.add_argument('-v', action='store_true')
    a = ap.parse_args()
    nomix = os.path.abspath(a.nomix)
    d = os.path.abspath(a.dir)
    names = sorted(f[:-4] for f in os.listdir(d) if f.endswith('.nix') and a.k in f[:-4])
    env = case_env()
    with ThreadPoolExecutor(max_workers=a.j) as ex:
        results = list(ex.map(lambda n: (n, run_case(nomix, d, n, env)), names))
    failed = [(n, r) for n, r in results if r]
    for n, r in failed:
        print('FAIL %s: %s\n' % (n, r))
    if a.v:
        for n, r in results:
            if not r:
                print('ok   %s' % n)
    print('%d cases, %d passed, %d failed' % (len(results), len(results) - len(failed), len(failed)))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
