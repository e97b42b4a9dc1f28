#!/usr/bin/env python3
"""Builds the hosts in tests/hosts and checks the trees nomix writes.

A case is a directory tests/hosts/NAME/ with host.nix (and whatever files
it reads), and either
  expected/  the tree `nomix build host.nix -o DIR` must write, byte for
             byte (files, their modes, symbolic links, manifest.json), or
  error      the start of the error nomix must print (from `error:`), with
             the absolute path of tests/hosts written as @DIR@.

Every successful case is also built a second time and must give the same
tree; every unit file in it must pass `systemd-analyze verify` (on a scratch
root holding systemd's own units, the tree's /etc, and stub programs at the
paths the units run) with no output at all; every sysusers.d file must pass
`systemd-sysusers --dry-run`. Every error case must exit 1 and leave an
existing output directory exactly as it was, with no temporary directory
beside it.

usage: run-hosts.py NOMIX [-k PATTERN] [--write]
  --write  (re)writes expected/ of the successful cases from nomix's output
           (review the diff before committing it)
"""

import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'hosts')
SYSTEMD_UNITS = '/usr/lib/systemd/system'


def build(nomix, case, out):
    """Runs nomix build; returns (exit status, stderr)."""
    p = subprocess.run([nomix, 'build', os.path.join(CASES, case, 'host.nix'), '-o', out],
                       capture_output=True, text=True, timeout=120)
    return p.returncode, p.stderr


def snapshot(root, exec_bit_only=False):
    """Every entry under ROOT: relative path -> (kind, mode, content or
    target). With EXEC_BIT_ONLY a mode is just whether the owner may
    execute (all that git keeps of a committed file's mode)."""
    snap = {}
    for dirpath, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(dirs + files):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                snap[rel] = ('link', 0, os.readlink(path))
            elif stat.S_ISDIR(st.st_mode):
                snap[rel] = ('dir', 0 if exec_bit_only else stat.S_IMODE(st.st_mode), None)
            else:
                mode = stat.S_IMODE(st.st_mode)
                with open(path, 'rb') as f:
                    snap[rel] = ('file', mode & 0o100 if exec_bit_only else mode, f.read())
    return snap


def describe_difference(want, got):
    lines = []
    for rel in sorted(set(want) | set(got)):
        if rel not in got:
            lines.append('missing: %s' % rel)
        elif rel not in want:
            lines.append('unexpected: %s' % rel)
        elif want[rel] != got[rel]:
            w, g = want[rel], got[rel]
            if w[0] != g[0]:
                lines.append('%s: a %s, expected a %s' % (rel, g[0], w[0]))
            elif w[1] != g[1]:
                lines.append('%s: mode %o, expected %o' % (rel, g[1], w[1]))
            else:
                lines.append('%s: content differs\n--- expected\n%s\n--- got\n%s' % (
                    rel, show(w[2]), show(g[2])))
    return '\n'.join(lines)


def show(data):
    if isinstance(data, bytes):
        return data.decode('utf-8', 'replace')
    return str(data)


def exec_paths(unit_text):
    """The absolute programs a unit runs (Exec*= lines)."""
    paths = []
    for line in unit_text.splitlines():
        m = re.match(r'^Exec[A-Za-z]*=(.*)$', line)
        if m:
            cmd = m.group(1).lstrip('-@:+!')
            prog = cmd.split()[0] if cmd.split() else ''
            if prog.startswith('/'):
                paths.append(prog)
    return paths


def check_modes(tree):
    """Each file of TREE has the mode its manifest.json gives it."""
    import json
    with open(os.path.join(tree, 'manifest.json')) as f:
        manifest = json.load(f)
    problems = []
    for e in manifest['files']:
        if e['type'] != 'file':
            continue
        mode = stat.S_IMODE(os.lstat(os.path.join(tree, e['path'])).st_mode)
        if '%04o' % mode != e['mode']:
            problems.append('%s: mode %04o, the manifest says %s' % (e['path'], mode, e['mode']))
    return problems


def verify_units(tree):
    """systemd-analyze verify on every unit of TREE; returns problems."""
    units = []
    for dirpath, _, files in os.walk(os.path.join(tree, 'etc', 'systemd', 'system')):
        for f in files:
            path = os.path.join(dirpath, f)
            if f.endswith(('.service', '.timer')) and not os.path.islink(path) \
                    and dirpath == os.path.join(tree, 'etc', 'systemd', 'system'):
                units.append(f)
    if not units:
        return []
    if not shutil.which('systemd-analyze'):
        return ['systemd-analyze is missing: run `sh .ci/setup.sh --test` (the README\'s test command does)']
    with tempfile.TemporaryDirectory() as root:
        shutil.copytree(SYSTEMD_UNITS, os.path.join(root, 'usr/lib/systemd/system'), symlinks=True)
        shutil.copytree(os.path.join(tree, 'etc'), os.path.join(root, 'etc'), symlinks=True)
        for u in units:
            with open(os.path.join(tree, 'etc/systemd/system', u)) as f:
                for prog in exec_paths(f.read()):
                    stub = os.path.join(root, prog.lstrip('/'))
                    if not os.path.exists(stub):
                        os.makedirs(os.path.dirname(stub), exist_ok=True)
                        with open(stub, 'w') as s:
                            s.write('#!/bin/sh\n')
                        os.chmod(stub, 0o755)
        p = subprocess.run(['systemd-analyze', 'verify', '--root=' + root] +
                           ['/etc/systemd/system/' + u for u in units],
                           capture_output=True, text=True, timeout=120)
        out = (p.stdout + p.stderr).strip()
        if p.returncode != 0 or out:
            return ['systemd-analyze verify (exit %d):\n%s' % (p.returncode, out)]
    return []


def verify_sysusers(tree):
    d = os.path.join(tree, 'etc', 'sysusers.d')
    if not os.path.isdir(d):
        return []
    problems = []
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, 'etc'))
        for f in sorted(os.listdir(d)):
            p = subprocess.run(['systemd-sysusers', '--root=' + root, '--dry-run', os.path.join(d, f)],
                               capture_output=True, text=True, timeout=60)
            bad = [l for l in (p.stdout + p.stderr).splitlines()
                   if not re.match(r"^(Creating (group|user) |Would write )", l)]
            if p.returncode != 0 or bad:
                problems.append('systemd-sysusers --dry-run %s (exit %d):\n%s' % (f, p.returncode, '\n'.join(bad)))
    return problems


def error_head(stderr):
    lines = stderr.rstrip('\n').split('\n')
    out = []
    for line in lines:
        if out and re.match(r'^       (at |… )', line):
            break
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return '\n'.join(out)


def check_case(args, case):
    base = os.path.join(CASES, case)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'out')
        if os.path.exists(os.path.join(base, 'error')):
            # an earlier good tree must survive the failed build untouched
            os.makedirs(os.path.join(out, 'etc'))
            with open(os.path.join(out, 'etc', 'old'), 'w') as f:
                f.write('from an earlier build\n')
            with open(os.path.join(out, 'manifest.json'), 'w') as f:
                f.write('{"files": []}\n')
            before = snapshot(tmp)
            rc, err = build(args.nomix, case, out)
            problems = []
            if rc != 1:
                problems.append('exit %d, expected 1' % rc)
            with open(os.path.join(base, 'error')) as f:
                want = f.read().rstrip('\n')
            got = error_head(err.replace(CASES, '@DIR@'))
            if not got.startswith(want):
                problems.append('error differs:\n--- expected to start with\n%s\n--- got\n%s' % (want, got))
            if snapshot(tmp) != before:
                problems.append('the output directory (or its surroundings) changed:\n' +
                                describe_difference(before, snapshot(tmp)))
            return problems

        rc, err = build(args.nomix, case, out)
        if rc != 0:
            return ['exit %d:\n%s' % (rc, err)]
        got = snapshot(out)
        expected = os.path.join(base, 'expected')
        if args.write:
            if os.path.exists(expected):
                shutil.rmtree(expected)
            shutil.copytree(out, expected, symlinks=True)
            return []
        problems = []
        if not os.path.isdir(expected):
            problems.append('no expected/ (write it with --write, then review it)')
        else:
            # the committed tree keeps only the execute bit; the full modes
            # are in its manifest.json, which must match byte for byte
            want = snapshot(expected, exec_bit_only=True)
            if want != snapshot(out, exec_bit_only=True):
                problems.append(describe_difference(want, snapshot(out, exec_bit_only=True)))
        problems += check_modes(out)
        out2 = os.path.join(tmp, 'again')
        rc2, err2 = build(args.nomix, case, out2)
        if rc2 != 0 or snapshot(out2) != got:
            problems.append('a second build gives a different tree')
        # building over an existing tree replaces it
        rc3, err3 = build(args.nomix, case, out)
        if rc3 != 0 or snapshot(out) != got:
            problems.append('building over the previous tree gives a different tree:\n' + err3)
        leftovers = [f for f in os.listdir(tmp) if '.nomix-' in f]
        if leftovers:
            problems.append('temporary directories left behind: %s' % leftovers)
        problems += verify_units(out)
        problems += verify_sysusers(out)
        return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('nomix')
    ap.add_argument('-k', dest='pattern')
    ap.add_argument('--write', action='store_true')
    args = ap.parse_args()
    args.nomix = os.path.abspath(args.nomix)
    names = sorted(d for d in os.listdir(CASES) if os.path.isdir(os.path.join(CASES, d)))
    if args.pattern:
        names = [n for n in names if args.pattern in n]
    failed = 0
    for name in names:
        problems = check_case(args, name)
        if problems:
            failed += 1
            print('FAIL %s:\n%s' % (name, '\n'.join(problems)))
    print('%d cases, %d failed' % (len(names), failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
