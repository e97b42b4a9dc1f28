#!/usr/bin/env python3
"""Tests of fromHCL and toHCL (stdlib/hcl.c, stdlib/lib/hcl.nix), held
against HashiCorp's own HCL 1 parser (github.com/hashicorp/hcl, through
the Go program in checker/, built here at test time).

  files/*.hcl, syntax/*.hcl
      Nomad agent configurations, and smaller files of HCL's corners:
      lib.fromHCL gives the value HashiCorp's parser gives (checker
      natural: its syntax tree and hcl.Decode, both normalised to the
      natural form and agreeing), types included (1 is not 1.0).
  errors/NAME.hcl with NAME.err
      lib.fromHCL fails; the first line of NAME.err is the message nomix
      prints after "error: " (with the line and column in the HCL text).
      HashiCorp's hcl.Decode rejects the text too, unless NAME.err has a line
      "# hashicorp/hcl accepts this: …" (a deliberate difference), in which
      case it must accept it.
  tohcl/NAME.nix with NAME.hcl or NAME.err (and NAME.opts.nix)
      NAME.nix is the value (or `{ lib }: value`); lib.hcl.toHCLWith
      (NAME.opts.nix, or { }) writes exactly NAME.hcl, HashiCorp's
      hcl.Decode reads it back as the value with each block wrapped in a
      list, and lib.fromHCL reads it as HashiCorp's parser does. With
      NAME.err, toHCL fails with a message that starts with its first line.
  lib.nix
      checks of the library: names, options, tryEval catching errors.
  fuzz
      every prefix of the files above, and mutations of them (characters
      deleted, inserted): nomix never crashes, and accepts exactly what
      HashiCorp's parser accepts (bar the deliberate differences the
      checker marks "lenient"), with the same values.

usage: run.py NOMIX [--build-dir DIR] [-k SUBSTRING] [-j JOBS] [-v]

Needs Go and HashiCorp's HCL (Debian: golang-go,
golang-github-hashicorp-hcl-dev); `sh .ci/setup.sh --test` installs them.
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
GOPATH = '/usr/share/gocode'
HCL_PKG = os.path.join(GOPATH, 'src/github.com/hashicorp/hcl')
SETUP_HINT = ('run `sh .ci/setup.sh --test` (as root) to install them; '
              'the README\'s test command, `sh tests/run.sh`, does that')


def nixstr(s):
    """A Nix string literal for S."""
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('${', '\\${') + '"'


LIB = '(import %s)' % nixstr(os.path.join(SRC, 'stdlib/lib'))
SUPPORT = '(import %s { lib = %s; })' % (nixstr(os.path.join(HERE, 'support.nix')), LIB)


class Runner:
    def __init__(self, nomix, work, verbose):
        self.nomix = nomix
        self.work = work
        self.verbose = verbose
        self.env = dict(os.environ)
        self.env['NIX_PATH'] = ''
        self.env['HOME'] = work

    def nomix_eval(self, expr, raw=False, timeout=300):
        """Evaluates EXPR: (exit status, stdout, stderr); a crash or a
        sanitizer report is a failure of its own (raised)."""
        cmd = [self.nomix, 'eval', '--strict', '--raw' if raw else '--json', '-E', expr]
        try:
            p = subprocess.run(cmd, env=self.env, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise Failure('nomix timed out after %d s' % timeout)
        out = p.stdout.decode('utf-8', 'replace')
        err = p.stderr.decode('utf-8', 'replace')
        if p.returncode < 0 or p.returncode >= 128:
            raise Failure('nomix crashed (status %d)\n%s' % (p.returncode, err[-3000:]))
        if 'Sanitizer' in err or 'runtime error:' in err:
            raise Failure('sanitizer report\n%s' % err[-3000:])
        return p.returncode, out, err

    def checker(self, mode, path):
        """Runs the checker: (exit status, stdout, stderr)."""
        p = subprocess.run([self.checker_bin, mode, path], capture_output=True, timeout=300)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')

    def tmp(self, name, data):
        """Writes DATA to a new file named after NAME in the work directory."""
        fd, path = tempfile.mkstemp(prefix=name.replace('/', '_') + '.', dir=self.work)
        with os.fdopen(fd, 'w', encoding='utf-8', newline='') as f:
            f.write(data)
        return path

    # ---- the groups ----

    def value_case(self, path):
        """fromHCL agrees with HashiCorp's parser on the file at PATH."""
        code, out, err = self.checker('natural', path)
        if code != 0:
            raise Failure("HashiCorp's parser rejects the file: " + err.strip())
        theirs = self.tmp(os.path.basename(path), out)
        code, out, err = self.nomix_eval('%s.compareFile %s %s' % (SUPPORT, nixstr(path), nixstr(theirs)))
        if code != 0:
            raise Failure('nomix fails:\n' + err[-2000:])
        d = json.loads(out)
        if d is not None:
            raise Failure('values differ at %s\n  nomix:     %s\n  HashiCorp: %s'
                          % (d['path'] or '(the top)', json.dumps(d['ours']), json.dumps(d['theirs'])))

    def error_case(self, path):
        """fromHCL fails on PATH with the message in NAME.err."""
        with open(path[:-4] + '.err', encoding='utf-8') as f:
            lines = f.read().rstrip('\n').split('\n')
        want = lines[0]
        accepted_by_hashicorp = any(l.startswith('# hashicorp/hcl accepts this:') for l in lines[1:])
        code, out, err = self.nomix_eval('%s.fromHCL (builtins.readFile %s)' % (LIB, nixstr(path)))
        if code != 1:
            raise Failure('expected exit 1, got %d\n%s%s' % (code, out[-1000:], err[-1000:]))
        first = err.split('\n', 1)[0]
        if first != 'error: ' + want:
            raise Failure('message differs\n  expected: error: %s\n  got:      %s' % (want, first))
        code, _, gerr = self.checker('decode', path)
        if accepted_by_hashicorp and code != 0:
            raise Failure('marked as accepted by hashicorp/hcl, but it rejects it: ' + gerr.strip())
        if not accepted_by_hashicorp and code == 0:
            raise Failure("HashiCorp's parser accepts this text (mark the difference in %s.err)"
                          % os.path.basename(path[:-4]))

    def tohcl_case(self, path):
        """toHCL writes NAME.hcl (or fails as NAME.err says), which HashiCorp
        reads back as the value."""
        base = path[:-4]
        opts = '{ }'
        if os.path.exists(base + '.opts.nix'):
            opts = 'import %s' % nixstr(base + '.opts.nix')
        value = ('(let lib = %s; v = import %s; in if builtins.isFunction v then v { inherit lib; } else v)'
                 % (LIB, nixstr(path)))
        code, text, err = self.nomix_eval('(%s).hcl.toHCLWith (%s) %s' % (LIB, opts, value), raw=True)
        if os.path.exists(base + '.err'):
            with open(base + '.err', encoding='utf-8') as f:
                want = f.read().rstrip('\n')
            if code != 1:
                raise Failure('expected exit 1, got %d\n%s%s' % (code, text[-1000:], err[-1000:]))
            if not err.startswith('error: ' + want):
                raise Failure('message differs\n  expected: error: %s\n  got:      %s' % (want, err[:1000]))
            return
        if code != 0:
            raise Failure('toHCL fails:\n' + err[-2000:])
        with open(base + '.hcl', encoding='utf-8', newline='') as f:
            want = f.read()
        if text != want:
            raise Failure('text differs\n--- expected\n%s--- got\n%s---' % (want, text))
        written = self.tmp(os.path.basename(base) + '.hcl', text)
        code, decoded, derr = self.checker('decode', written)
        if code != 0:
            raise Failure("HashiCorp's hcl.Decode rejects the text: " + derr.strip())
        code, natural, nerr = self.checker('natural', written)
        if code != 0:
            raise Failure("HashiCorp's parser rejects the text: " + nerr.strip())
        dpath = self.tmp(os.path.basename(base) + '.decode.json', decoded)
        npath = self.tmp(os.path.basename(base) + '.natural.json', natural)
        code, out, err = self.nomix_eval('%s.toHCLCase { options = %s; value = %s; decode = %s; natural = %s; }'
                                         % (SUPPORT, opts, value, nixstr(dpath), nixstr(npath)))
        if code != 0:
            raise Failure('nomix fails:\n' + err[-2000:])
        r = json.loads(out)
        for what, label, ours in (('decode', "the value (as hcl.Decode should read it) and hcl.Decode's reading of the text", 'value'),
                                  ('natural', "fromHCL's and HashiCorp's readings of the text", 'fromHCL')):
            d = r[what]
            if d is not None:
                raise Failure('%s differ at %s\n  %-10s %s\n  HashiCorp: %s'
                              % (label, d['path'] or '(the top)', ours + ':', json.dumps(d['ours']), json.dumps(d['theirs'])))

    def lib_case(self, path):
        """The checks of PATH (a list of { name, expr, expected }) pass."""
        code, out, err = self.nomix_eval('let lib = %s; checks = import %s { inherit lib; }; in '
                                         'map (c: c.name) (builtins.filter (c: c.expr != c.expected) checks)'
                                         % (LIB, nixstr(path)))
        if code != 0:
            raise Failure('nomix fails:\n' + err[-2000:])
        failed = json.loads(out)
        if failed:
            code, out, err = self.nomix_eval(
                'let lib = %s; checks = import %s { inherit lib; }; in '
                'map (c: { inherit (c) name; got = (%s).typed c.expr; expected = (%s).typed c.expected; }) '
                '(builtins.filter (c: c.expr != c.expected) checks)' % (LIB, nixstr(path), SUPPORT, SUPPORT))
            raise Failure('failing checks:\n' + '\n'.join('  %s\n    expected: %s\n    got:      %s'
                                                          % (c['name'], json.dumps(c['expected']), json.dumps(c['got']))
                                                          for c in json.loads(out)))

    def fuzz_case(self, path):
        """nomix and HashiCorp's parser agree on variants of the file."""
        with open(path, encoding='utf-8', newline='') as f:
            text = f.read()
        rng = random.Random(os.path.basename(path))
        variants = [text[:i] for i in range(len(text) + 1)]
        inserts = '"{}[]=,\\$#/*<-.0e\n \'x'
        for _ in range(1000):
            i = rng.randrange(len(text) + 1)
            if rng.random() < 0.5 and text:
                j = min(len(text), i + rng.choice((1, 1, 1, 2, 5)))
                variants.append(text[:i] + text[j:])
            else:
                variants.append(text[:i] + rng.choice(inserts) + text[i:])
        tpath = self.tmp(os.path.basename(path) + '.variants.json', json.dumps(variants))
        code, out, err = self.checker('many', tpath)
        if code != 0:
            raise Failure('the checker fails: ' + err.strip())
        rpath = self.tmp(os.path.basename(path) + '.results.json', out)
        code, out, err = self.nomix_eval('%s.compareMany %s %s' % (SUPPORT, nixstr(tpath), nixstr(rpath)), timeout=600)
        if code != 0:
            raise Failure('nomix fails:\n' + err[-2000:])
        bad = [d for d in json.loads(out)
               if not (d['what'] == 'nomix rejects, HashiCorp accepts' and d['lenient'])]
        if bad:
            lines = []
            for d in bad[:5]:
                v = variants[d['index']]
                lines.append('variant %d (%s): %s\n%s' % (d['index'], d['what'],
                                                          json.dumps(d.get('diff') or d.get('theirs') or ''),
                                                          '\n'.join('    | ' + l for l in v.split('\n'))))
            raise Failure('%d of %d variants disagree; the first ones:\n%s' % (len(bad), len(variants), '\n'.join(lines)))

        # bytes: any byte but NUL deleted, inserted or replaced, and random
        # bytes; here only accepting or rejecting is compared (strings may
        # not be UTF-8, which JSON cannot carry)
        data = text.encode('utf-8')
        blob = bytearray()
        index = []
        pieces = []
        for _ in range(1000):
            i = rng.randrange(len(data) + 1)
            op = rng.random()
            b = bytes([rng.randrange(1, 256)])
            if op < 0.3 and data:
                pieces.append(data[:i] + data[i + 1:])
            elif op < 0.6:
                pieces.append(data[:i] + b + data[i:])
            elif op < 0.9 and i < len(data):
                pieces.append(data[:i] + b + data[i + 1:])
            else:
                pieces.append(bytes(rng.choice(b'abc {}[]="\\$#/*<-.0e\n\t ,\x80\xc3\xa9\xff')
                                    for _ in range(rng.randrange(60))))
        for p in pieces:
            index.append([len(blob), len(p)])
            blob += p
        bpath = os.path.join(self.work, os.path.basename(path) + '.blob')
        with open(bpath, 'wb') as f:
            f.write(blob)
        ipath = self.tmp(os.path.basename(path) + '.index.json', json.dumps(index))
        p = subprocess.run([self.checker_bin, 'blob', bpath, ipath], capture_output=True, timeout=300)
        if p.returncode != 0:
            raise Failure('the checker fails: ' + p.stderr.decode('utf-8', 'replace'))
        rpath = self.tmp(os.path.basename(path) + '.blob-results.json', p.stdout.decode())
        code, out, err = self.nomix_eval('%s.compareBlob %s %s %s' % (SUPPORT, nixstr(bpath), nixstr(ipath), nixstr(rpath)),
                                         timeout=600)
        if code != 0:
            raise Failure('nomix fails:\n' + err[-2000:])
        bad = json.loads(out)
        if bad:
            raise Failure('%d of %d byte variants disagree on accepting the text; the first ones:\n%s'
                          % (len(bad), len(pieces), '\n'.join('variant %d (nomix accepts: %s, HashiCorp: %s): %r'
                                                              % (d['index'], d['nomix'], d['hashicorp'], pieces[d['index']])
                                                              for d in bad[:5])))


class Failure(Exception):
    pass


def build_checker(out_dir):
    """Builds checker/main.go into OUT_DIR; returns its path, or exits with
    a message saying what is missing."""
    go = shutil.which('go')
    if go is None or not os.path.isdir(HCL_PKG):
        missing = []
        if go is None:
            missing.append("the Go toolchain ('go', Debian package golang-go)")
        if not os.path.isdir(HCL_PKG):
            missing.append("HashiCorp's HCL 1 for Go (%s, Debian package golang-github-hashicorp-hcl-dev)" % HCL_PKG)
        print('tests/hcl: FAILED: these tests need %s; %s.' % (' and '.join(missing), SETUP_HINT))
        sys.exit(1)
    os.makedirs(out_dir, exist_ok=True)
    binary = os.path.join(out_dir, 'hcl-checker')
    env = dict(os.environ)
    env.update({'GO111MODULE': 'off', 'GOPATH': GOPATH, 'GOCACHE': os.path.join(out_dir, 'go-cache'),
                'GOFLAGS': '', 'CGO_ENABLED': '0'})
    p = subprocess.run([go, 'build', '-o', binary, os.path.join(HERE, 'checker', 'main.go')],
                       env=env, capture_output=True, cwd=out_dir)
    if p.returncode != 0:
        print('tests/hcl: FAILED: building the checker with Go failed (%s):\n%s'
              % (SETUP_HINT, p.stdout.decode() + p.stderr.decode()))
        sys.exit(1)
    return binary


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('nomix')
    ap.add_argument('--build-dir', help='where to build the checker (default: a temporary directory)')
    ap.add_argument('-k', default='', help='only cases whose name ("GROUP PATH") contains this')
    ap.add_argument('-j', type=int, default=os.cpu_count() or 2)
    ap.add_argument('-v', action='store_true')
    a = ap.parse_args()

    work = tempfile.mkdtemp(prefix='nomix-hcl-')
    try:
        out_dir = os.path.abspath(a.build_dir) if a.build_dir else work
        r = Runner(os.path.abspath(a.nomix), work, a.v)
        r.checker_bin = build_checker(out_dir)

        def listing(sub, ext):
            d = os.path.join(HERE, sub)
            return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(ext) and not f.endswith('.opts.nix'))

        value_files = listing('files', '.hcl') + listing('syntax', '.hcl')
        cases = ([('value', p, r.value_case) for p in value_files]
                 + [('error', p, r.error_case) for p in listing('errors', '.hcl')]
                 + [('tohcl', p, r.tohcl_case) for p in listing('tohcl', '.nix')]
                 + [('lib', os.path.join(HERE, 'lib.nix'), r.lib_case)]
                 + [('fuzz', p, r.fuzz_case) for p in value_files])
        cases = [c for c in cases if a.k in '%s %s' % (c[0], os.path.relpath(c[1], HERE))]

        def run(case):
            group, path, fn = case
            try:
                fn(path)
                return None
            except Failure as e:
                return str(e)
            except Exception as e:  # a bug in the runner itself
                return 'runner error: %r' % e

        with ThreadPoolExecutor(max_workers=a.j) as ex:
            results = list(ex.map(run, cases))
        groups = {}
        for (group, path, _), res in zip(cases, results):
            name = '%s %s' % (group, os.path.relpath(path, HERE))
            groups.setdefault(group, [0, 0])
            groups[group][0] += 1
            if res:
                print('FAIL %s: %s\n' % (name, res))
            else:
                groups[group][1] += 1
                if a.v:
                    print('ok   %s' % name)
        total = len(results)
        failed = sum(1 for res in results if res)
        print(', '.join('%s %d/%d' % (g, ok, n) for g, (n, ok) in groups.items()))
        print('%d cases, %d passed, %d failed' % (total, total - failed, failed))
        sys.exit(1 if failed else 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
