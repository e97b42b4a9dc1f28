#!/usr/bin/env python3
"""Tests of `nomix diff`.

1. Golden cases. tests/diff/cases/ holds small trees written by hand
   (CASE/old/ and CASE/new/, each with a manifest.json that matches its
   files; fleets/ holds two fleets of them); each entry of GOLDEN below
   runs nomix diff with its arguments from tests/diff/cases and compares
   stdout with cases/NAME.out and stderr with cases/NAME.err (each empty
   if the file is not there), and the exit status with the one given.
2. Unified diffs against GNU diff: pairs of random texts (few distinct
   lines, so that many edit scripts tie; long and short; with and without
   a final newline) are put in two trees, and every hunk nomix prints must
   be exactly what `diff -u` (and -U1, -U0) prints after its header lines.
3. Real builds. A host module is built twice with `nomix build`, one
   setting changed; and the fleet in tests/diff/fleet is built with
   `nomix fleet`, then one setting changed in a module its hosts share,
   built again into another directory, and `nomix diff OLD NEW` must name
   exactly the files that differ on each host (found here by comparing the
   trees file by file), with the restarts the change calls for.

usage: run.py NOMIX [-k PATTERN] [--write] [--fix-manifests] [--seed N] [--count N]
  --write          rewrites cases/NAME.out and NAME.err from nomix's output
                   (read the diff before committing it)
  --fix-manifests  rewrites the size and sha256 of every file entry of the
                   cases' manifests from the files (after editing a file)
"""

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
FLEET = os.path.join(HERE, 'fleet')

# Trees whose manifests are broken on purpose.
BROKEN = ('bad-manifest', 'missing-file')

# (name, arguments, exit status)
GOLDEN = [
    ('files', ['files/old', 'files/new'], 1),
    ('json', ['json/old', 'json/new'], 1),
    ('hcl', ['hcl/old', 'hcl/new'], 1),
    ('units', ['units/old', 'units/new'], 1),
    ('identical', ['identical/old', 'identical/new'], 0),
    ('identical-self', ['fleets/old', 'fleets/old'], 0),
    ('fleets', ['fleets/old', 'fleets/new'], 1),
    ('stat', ['--stat', 'files/old', 'files/new'], 1),
    ('stat-fleets', ['--stat', 'fleets/old', 'fleets/new'], 1),
    ('json-output', ['--json', 'json/old', 'json/new'], 1),
    ('json-output-files', ['--json', 'files/old', 'files/new'], 1),
    ('json-output-fleets-stat', ['--json', '--stat', 'fleets/old', 'fleets/new'], 1),
    ('json-output-identical', ['--json', 'identical/old', 'identical/new'], 0),
    ('new-file', ['-N', 'files/old', 'files/new'], 1),
    ('context', ['-U', '1', 'files/old', 'files/new'], 1),
    ('color', ['--color=always', 'units/old', 'units/new'], 1),
    ('color-never', ['--color=never', 'hcl/old', 'hcl/new'], 1),
    ('missing-old', ['absent', 'fleets/new'], 1),
    ('missing-old-tree', ['absent', 'identical/new'], 1),
    ('empty-old', ['empty', 'identical/new'], 1),
    ('removed-all', ['identical/new', 'empty'], 1),
    ('tree-vs-fleet', ['files/old', 'fleets/new'], 2),
    ('missing-new', ['files/old', 'absent'], 2),
    ('bad-manifest', ['bad-manifest/old', 'bad-manifest/new'], 2),
    ('missing-file', ['missing-file/old', 'missing-file/new'], 2),
    ('not-a-tree', ['files/old/etc', 'files/new/etc'], 2),
    ('no-args', [], 2),
    ('one-arg', ['files/old'], 2),
    ('three-args', ['files/old', 'files/new', 'json/new'], 2),
    ('bad-color', ['--color=sometimes', 'files/old', 'files/new'], 2),
    ('bad-context', ['-U', 'x', 'files/old', 'files/new'], 2),
    ('bad-flag', ['--frobnicate', 'files/old', 'files/new'], 2),
    # (name, arguments, exit status, the case whose output this must give)
    ('trailing-slash', ['files/old/', 'files/new/'], 1, 'files'),
    ('dot-paths', ['./files/../files/old', 'files/./new'], 1, 'files'),
]

failures = []


def fail(name, msg):
    failures.append(name)
    print('FAIL %s: %s' % (name, msg))


def run(nomix, args, cwd=None, env=None):
    p = subprocess.run([nomix, 'diff'] + args, cwd=cwd, capture_output=True, timeout=120, env=env)
    return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')


def read(path, default=''):
    try:
        with open(path, encoding='utf-8') as f:
            return f.read()
    except FileNotFoundError:
        return default


def first_difference(want, got):
    w, g = want.splitlines(), got.splitlines()
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else '<end>'
        b = g[i] if i < len(g) else '<end>'
        if a != b:
            return 'line %d: expected %r, got %r' % (i + 1, a, b)
    return 'only in line ends'


# ---- 0. the cases' manifests match their files ----

def case_trees():
    for dirpath, dirs, files in os.walk(CASES):
        dirs.sort()
        if 'manifest.json' in files and not any(os.path.relpath(dirpath, CASES).startswith(b) for b in BROKEN):
            yield dirpath


def check_manifests(fix):
    for tree in case_trees():
        mpath = os.path.join(tree, 'manifest.json')
        with open(mpath) as f:
            text = f.read()
        m = json.loads(text)
        for e in m['files']:
            p = os.path.join(tree, e['path'])
            if e['type'] == 'symlink':
                if not os.path.islink(p) or os.readlink(p) != e['target']:
                    fail('manifests', '%s: not a link to %s' % (p, e['target']))
                continue
            with open(p, 'rb') as f:
                data = f.read()
            size, sha = len(data), hashlib.sha256(data).hexdigest()
            if (e['size'], e['sha256']) != (size, sha):
                if fix:
                    text = text.replace('"size": %d,\n      "sha256": "%s"' % (e['size'], e['sha256']),
                                        '"size": %d,\n      "sha256": "%s"' % (size, sha))
                else:
                    fail('manifests', '%s: size or sha256 differ from %s (--fix-manifests)' % (p, mpath))
        if fix:
            with open(mpath, 'w') as f:
                f.write(text)


# ---- 1. golden cases ----

def golden(nomix, pattern, write):
    # git keeps no empty directories: make the one the cases use
    os.makedirs(os.path.join(CASES, 'empty'), exist_ok=True)
    env = dict(os.environ)
    env.pop('NO_COLOR', None)
    env['TERM'] = 'xterm'
    for name, args, status, *same in GOLDEN:
        if pattern and pattern not in name:
            continue
        rc, out, err = run(nomix, args, cwd=CASES, env=env)
        base = same[0] if same else name
        out_path, err_path = os.path.join(CASES, base + '.out'), os.path.join(CASES, base + '.err')
        if write and not same:
            for path, text in ((out_path, out), (err_path, err)):
                if text:
                    with open(path, 'w') as f:
                        f.write(text)
                elif os.path.exists(path):
                    os.unlink(path)
        if rc != status:
            fail(name, 'exit status %d, expected %d; stderr: %s' % (rc, status, err.strip()))
        want_out, want_err = read(out_path), read(err_path)
        if out != want_out:
            fail(name, 'stdout differs from %s: %s' % (out_path, first_difference(want_out, out)))
        if err != want_err:
            fail(name, 'stderr differs from %s: %s' % (err_path, first_difference(want_err, err)))
        if (out == '') != (rc == 0) and rc != 2 and '--json' not in args:
            fail(name, 'output and exit status disagree')
    print('golden: %d cases' % len(GOLDEN))


def help_text(nomix):
    p = subprocess.run([nomix, 'diff', '--help'], capture_output=True, text=True)
    for word in ('Usage: nomix diff', '--stat', '--json', '--color', 'restart:', 'stop:', 'Exit status',
                 'fromJSON', 'fromHCL', 'diff -u'):
        if word not in p.stdout:
            fail('help', 'nomix diff --help does not mention %r' % word)
    if p.returncode != 0:
        fail('help', 'exit status %d' % p.returncode)
    p = subprocess.run([nomix, '--help'], capture_output=True, text=True)
    if not re.search(r'^  diff ', p.stdout, re.M):
        fail('help', 'nomix --help does not list diff')


# ---- 2. unified diffs against GNU diff ----

def random_text(r):
    style = r.random()
    if style < 0.3:
        alphabet = ['a\n', 'b\n', 'c\n', '\n', '}\n']
    elif style < 0.6:
        alphabet = ['line %d\n' % i for i in range(r.randint(1, 30))]
    else:
        alphabet = ['x%d = %d\n' % (i, i * 7) for i in range(r.randint(1, 300))] + ['}\n'] * 5 + ['\n'] * 5
    alphabet += ['\ttab\n', 'trailing  \n', 'ünïcödé\n', 'cr\r\n']
    n = r.choice([0, 1, 2, 3, 5, 8, 20, 60, 150, 400, 1500])
    a = [r.choice(alphabet) for _ in range(n)]
    b = list(a)
    edits = r.randint(0, max(1, n // 3)) if r.random() < 0.4 else r.randint(0, 6)
    for _ in range(edits):
        op = r.random()
        if op < 0.33 and b:
            del b[r.randrange(len(b))]
        elif op < 0.66:
            b.insert(r.randint(0, len(b)), r.choice(alphabet))
        elif b:
            b[r.randrange(len(b))] = r.choice(alphabet)
    if r.random() < 0.05:
        b = [r.choice(alphabet) for _ in range(r.randint(0, n + 5))]
    a, b = ''.join(a), ''.join(b)
    if a and r.random() < 0.15:
        a = a[:-1]
    if b and r.random() < 0.15:
        b = b[:-1]
    return a.encode(), b.encode()


def write_tree(root, files):
    entries = []
    for path, data in sorted(files.items()):
        p = os.path.join(root, path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as f:
            f.write(data)
        entries.append({'path': path, 'type': 'file', 'mode': '0644', 'size': len(data),
                        'sha256': hashlib.sha256(data).hexdigest(), 'user': 'root', 'group': 'root'})
    with open(os.path.join(root, 'manifest.json'), 'w') as f:
        json.dump({'files': entries}, f, indent=2)


def sections(out):
    """The unified diffs in nomix diff's output: path -> hunk text."""
    res, cur, lines = {}, None, out.split('\n')
    for i, line in enumerate(lines):
        if cur is None:
            if line.startswith('--- old/') and i + 1 < len(lines) and lines[i + 1].startswith('+++ new/'):
                cur = line[len('--- old/'):]
                res[cur] = []
        elif line.startswith('+++ new/') and not res[cur]:
            continue
        elif line == '':
            cur = None
        else:
            res[cur].append(line + '\n')
    return {k: ''.join(v) for k, v in res.items()}


def gnu_unified(tmp, a, b, context):
    pa, pb = os.path.join(tmp, 'a'), os.path.join(tmp, 'b')
    with open(pa, 'wb') as f:
        f.write(a)
    with open(pb, 'wb') as f:
        f.write(b)
    p = subprocess.run(['diff', '-U', str(context), pa, pb], capture_output=True)
    return b''.join(p.stdout.splitlines(True)[2:]).decode('utf-8')


def against_gnu(nomix, seed, count):
    if not shutil.which('diff'):
        fail('gnu', 'GNU diff is not installed')
        return
    with tempfile.TemporaryDirectory() as tmp:
        pairs = {}
        for i in range(count):
            a, b = random_text(random.Random('%d:%d' % (seed, i)))
            pairs['etc/t%04d.txt' % i] = (a, b)
        write_tree(os.path.join(tmp, 'old'), {p: ab[0] for p, ab in pairs.items()})
        write_tree(os.path.join(tmp, 'new'), {p: ab[1] for p, ab in pairs.items()})
        differing = {p for p, (a, b) in pairs.items() if a != b}
        checked = 0
        for context in (3, 1, 0):
            rc, out, err = run(nomix, ['-U', str(context), 'old', 'new'], cwd=tmp)
            if rc != (1 if differing else 0) or err:
                fail('gnu', 'exit status %d, stderr %r' % (rc, err))
                return
            got = sections(out)
            if set(got) != differing:
                fail('gnu', 'diffs for %s, expected for %s' % (sorted(set(got) - differing), sorted(differing - set(got))))
            for path in sorted(differing & set(got)):
                want = gnu_unified(tmp, pairs[path][0], pairs[path][1], context)
                checked += 1
                if got[path] != want:
                    fail('gnu', '%s (seed %d, -U %d): %s' % (path, seed, context, first_difference(want, got[path])))
                    return
        print('gnu: %d unified diffs identical to diff -u (seed %d)' % (checked, seed))


# ---- 3. real builds ----

def tree_state(root):
    """A built tree: path -> (type, mode, owner, content or target)."""
    with open(os.path.join(root, 'manifest.json')) as f:
        m = json.load(f)
    state = {}
    for e in m['files']:
        owner = (e['user'], e['group'])
        if e['type'] == 'symlink':
            state[e['path']] = ('link', None, owner, e['target'])
        else:
            with open(os.path.join(root, e['path']), 'rb') as f:
                state[e['path']] = ('file', e['mode'], owner, f.read())
    return state


def expected_changes(old, new):
    """What differs between two trees, found without nomix: path -> kind."""
    o, n = tree_state(old) if old else {}, tree_state(new) if new else {}
    res = {}
    for p in set(o) | set(n):
        if p not in o:
            res[p] = 'added'
        elif p not in n:
            res[p] = 'removed'
        elif o[p] != n[p]:
            res[p] = 'changed'
    return res


def text_sections(out):
    """nomix diff's text output of fleets: host -> {path: kind}, restarts."""
    hosts, cur = {}, None
    for line in out.split('\n'):
        m = re.match(r'^== host (\S+)( \((added|removed)\))? ==$', line)
        if m:
            cur = m.group(1)
            hosts[cur] = ({}, [])
            continue
        m = re.match(r'^(added|removed|changed) +(\S+)', line)
        if m and cur:
            hosts[cur][0][m.group(2)] = m.group(1)
        m = re.match(r'^restart: (.*)$', line)
        if m and cur:
            hosts[cur][1].extend(m.group(1).split())
    return hosts


def build_fleet(nomix, src, out):
    p = subprocess.run([nomix, 'fleet', os.path.join(src, 'hive.nix'), '-o', out, '-q'],
                       capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        raise RuntimeError('nomix fleet failed: %s' % p.stderr)


def edit(path, old, new):
    with open(path) as f:
        text = f.read()
    if old not in text:
        raise RuntimeError('%r is not in %s' % (old, path))
    with open(path, 'w') as f:
        f.write(text.replace(old, new))


NOMAD = {'etc/nomad.json': 'changed', 'etc/systemd/system/nomad.service': 'changed'}

# (name, file of tests/diff/fleet, text, replacement, expected changes per host
# or None where the host must not change, restarts expected on changed hosts)
SCENARIOS = [
    ('shared-setting', 'common.nix', 'log_level = "INFO";', 'log_level = "DEBUG";',
     {'server': NOMAD, 'client-a': NOMAD, 'client-b': NOMAD}, ['nomad.service']),
    ('client-module', 'client.nix', 'network_interface = "eth0";', 'network_interface = "eth1";',
     {'server': None, 'client-a': NOMAD, 'client-b': NOMAD}, ['nomad.service']),
    ('added-file', 'common.nix', 'environment.etc.motd.text',
     'environment.etc.issue.text = "lab\\n";\n    environment.etc.motd.text',
     {h: {'etc/issue': 'added'} for h in ('server', 'client-a', 'client-b')}, []),
    ('server-address', 'hive.nix', '"10.0.0.1"', '"10.0.0.5"',
     {'server': NOMAD, 'client-a': NOMAD, 'client-b': NOMAD}, ['nomad.service']),
]


def acceptance(nomix, pattern):
    """Builds the test fleet, changes one setting in a shared module, builds
    it again: nomix diff must name exactly the files that changed."""
    with tempfile.TemporaryDirectory() as tmp:
        old = os.path.join(tmp, 'OLD')
        try:
            build_fleet(nomix, FLEET, old)
        except RuntimeError as e:
            fail('acceptance', str(e))
            return
        rc, out, err = run(nomix, [old, old])
        if rc != 0 or out:
            fail('acceptance', 'a fleet against itself: exit status %d, output %r' % (rc, out[:200]))
        for name, file, text, repl, want, restarts in SCENARIOS:
            if pattern and pattern not in name:
                continue
            src, new = os.path.join(tmp, name + '-src'), os.path.join(tmp, name)
            shutil.copytree(FLEET, src)
            try:
                edit(os.path.join(src, file), text, repl)
                build_fleet(nomix, src, new)
            except RuntimeError as e:
                fail(name, str(e))
                continue
            hosts = sorted(os.listdir(new))
            truth = {h: expected_changes(os.path.join(old, h), os.path.join(new, h)) for h in hosts}
            # the change does what the scenario says, as the trees show it
            for h in hosts:
                if truth[h] != (want[h] or {}):
                    fail(name, 'the trees of %s differ in %s, the scenario expects %s' % (h, truth[h], want[h]))
            rc, out, err = run(nomix, [old, new])
            if rc != 1 or err:
                fail(name, 'exit status %d, stderr %r' % (rc, err))
            got = text_sections(out)
            for h in hosts:
                if not truth[h]:
                    if h in got:
                        fail(name, 'host %s did not change but has a section' % h)
                    continue
                files, restart = got.get(h, ({}, []))
                if files != truth[h]:
                    fail(name, 'host %s: nomix diff names %s, the trees differ in %s' % (h, files, truth[h]))
                if restart != restarts:
                    fail(name, 'host %s: restart %s, expected %s' % (h, restart, restarts))
            rc, out, err = run(nomix, ['--json', old, new])
            res = json.loads(out)
            for hd in res['hosts']:
                h = hd['host']
                files = {f['path']: f['change'] for f in hd['files']}
                if files != truth[h] or hd['status'] != ('changed' if truth[h] else 'unchanged'):
                    fail(name, 'host %s in --json: %s (%s), the trees differ in %s' % (h, files, hd['status'], truth[h]))
                if name == 'shared-setting':
                    keys = [f['diff'] for f in hd['files'] if f['path'] == 'etc/nomad.json']
                    want_keys = {'kind': 'json', 'changes': [
                        {'op': 'changed', 'key': 'log_level', 'old': 'INFO', 'new': 'DEBUG'}]}
                    if keys != [want_keys]:
                        fail(name, 'host %s: nomad.json diff %s, expected %s' % (h, keys, want_keys))
            print('acceptance %s: %s' % (name, ', '.join('%s %d files' % (h, len(truth[h])) for h in hosts)))


HOST = '''{ ... }:
{
  services.nomad = {
    enable = true;
    dropPrivileges = false;
    settingsFormat = "hcl";
    settings = {
      datacenter = "home";
      client = { enabled = true; servers = [ SERVERS ]; };
      plugin.docker.config.allow_privileged = false;
    };
  };
}
'''


def host_build(nomix):
    """Two versions of a host module built with nomix build: an HCL change."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, servers in (('old', '"10.0.0.1:4647"'), ('new', '"10.0.0.1:4647" "10.0.0.2:4647"')):
            with open(os.path.join(tmp, name + '.nix'), 'w') as f:
                f.write(HOST.replace('SERVERS', servers))
            p = subprocess.run([nomix, 'build', name + '.nix', '-o', name], cwd=tmp, capture_output=True, text=True)
            if p.returncode != 0:
                fail('host-build', 'nomix build failed: %s' % p.stderr)
                return
        truth = expected_changes(os.path.join(tmp, 'old'), os.path.join(tmp, 'new'))
        rc, out, err = run(nomix, ['old', 'new'], cwd=tmp)
        want = ('changed  etc/nomad.hcl (content)\n'
                'changed  etc/systemd/system/nomad.service (content)\n'
                '\n--- old/etc/nomad.hcl\n+++ new/etc/nomad.hcl\n@@ by key (HCL) @@\n'
                '  client.servers: ["10.0.0.1:4647"] -> ["10.0.0.1:4647","10.0.0.2:4647"]\n')
        if rc != 1 or not out.startswith(want) or not out.endswith('\nrestart: nomad.service\n'):
            fail('host-build', 'unexpected output (exit status %d):\n%s%s' % (rc, out, err))
        if truth != NOMAD_HCL:
            fail('host-build', 'the trees differ in %s' % truth)
        print('host-build: ok')


NOMAD_HCL = {'etc/nomad.hcl': 'changed', 'etc/systemd/system/nomad.service': 'changed'}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('nomix')
    ap.add_argument('-k', dest='pattern')
    ap.add_argument('--write', action='store_true')
    ap.add_argument('--fix-manifests', action='store_true')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--count', type=int, default=400)
    a = ap.parse_args()
    nomix = os.path.abspath(a.nomix)
    check_manifests(a.fix_manifests)
    golden(nomix, a.pattern, a.write)
    if not a.pattern:
        help_text(nomix)
        against_gnu(nomix, a.seed, a.count)
        host_build(nomix)
    acceptance(nomix, a.pattern)
    if failures:
        print('%d failures' % len(failures))
        return 1
    print('all passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
