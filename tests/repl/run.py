#!/usr/bin/env python3
"""Tests of `nomix repl`.

The interactive part drives the REPL through a pseudo-terminal (Python's
pty module), as a person at a terminal would: it types a line, waits for
the next prompt, and checks what was printed in between. TAB is sent as
"\\t", so completion is tested through libedit itself. Every wait has a
deadline, so a REPL that hangs fails the test instead of stalling it.

The scripted part feeds standard input from a pipe (no terminal: no
prompts, no line editing) and checks standard output, standard error and
the exit status exactly.

usage: run.py NOMIX
"""

import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
ROOT = os.path.dirname(os.path.dirname(HERE))
PROMPT = 'nomix-repl> '
CONT = ' ' * len(PROMPT)
# Host evaluation under AddressSanitizer takes a few seconds; this is the
# most any one step may take.
STEP_TIMEOUT = 60

failures = []


def fail(name, msg):
    failures.append(name)
    print(f'FAIL {name}: {msg}')


def ok(name):
    print(f'ok   {name}')


ANSI = re.compile(rb'\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|[\x07\x08]')


def clean(data):
    """Terminal output as text: escape sequences and backspaces dropped,
    CR LF as LF."""
    return ANSI.sub(b'', data).replace(b'\r\n', b'\n').decode('utf-8', 'replace')


class Terminal:
    """nomix repl on a pseudo-terminal."""

    def __init__(self, nomix, env, args=()):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.chdir(DATA)
                os.execve(nomix, [nomix, 'repl', *args], env)
            finally:
                os._exit(127)
        self.buf = b''
        self.transcript = b''

    def read_until(self, pattern, timeout=STEP_TIMEOUT):
        """Reads until PATTERN (bytes) appears; returns what came before
        it (and it), or None after TIMEOUT seconds or at the end."""
        end = time.time() + timeout
        while pattern not in self.buf:
            left = end - time.time()
            if left <= 0:
                return None
            r, _, _ = select.select([self.fd], [], [], min(left, 0.2))
            if not r:
                continue
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return None
            if not data:
                return None
            self.buf += data
            self.transcript += data
        i = self.buf.index(pattern) + len(pattern)
        out, self.buf = self.buf[:i], self.buf[i:]
        return out

    def prompt(self):
        """Waits for the next prompt; returns the output before it."""
        out = self.read_until(PROMPT.encode())
        return None if out is None else clean(out[:-len(PROMPT)])

    def send(self, text):
        # a person never types within a few milliseconds of the prompt
        time.sleep(0.05)
        os.write(self.fd, text.encode())

    def expect(self, text):
        """Reads until TEXT appears; returns the output (cleaned) or None."""
        out = self.read_until(text.encode())
        return None if out is None else clean(out)

    def sync(self):
        """Runs an expression of a value of its own and waits for that value
        and the prompt after it: past whatever libedit drew before. Returns
        the output up to the value, or None."""
        self.marks = getattr(self, 'marks', 0) + 1
        value = 100000 + self.marks
        self.send(f'{value - 1} + 1\n')
        out = self.read_until(f'\n{value}\r\n'.encode())
        if out is None or self.prompt() is None:
            return None
        return clean(out)

    def run(self, line):
        """Types LINE and Enter; returns the output up to the next prompt."""
        self.send(line + '\n')
        return self.prompt()

    def close(self):
        """Ends the REPL (if still running); returns its exit status."""
        if hasattr(self, 'status'):
            return self.status
        self.status = self._close()
        return self.status

    def _close(self):
        """Waits for the REPL to end (killing it after a while)."""
        end = time.time() + STEP_TIMEOUT
        while time.time() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
            r, _, _ = select.select([self.fd], [], [], 0.2)
            if r:
                try:
                    data = os.read(self.fd, 65536)
                    self.transcript += data
                except OSError:
                    pass
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        return None


def comment_above(path, name):
    """The `#` comment right above `NAME =` in a Nix file, as :doc shows it."""
    lines = open(path).read().split('\n')
    for i, l in enumerate(lines):
        if re.match(r'\s*' + re.escape(name) + r'\s*=', l):
            out = []
            k = i - 1
            while k >= 0 and lines[k].strip().startswith('#'):
                out.insert(0, lines[k].strip()[1:].strip())
                k -= 1
            return out
    raise Exception(f'{name} not found in {path}')


def check(name, out, has=(), lacks=(), equal=None):
    """Checks one step's output."""
    if out is None:
        fail(name, 'no prompt came back (timeout or exit)')
        return False
    for h in has:
        if h not in out:
            fail(name, f'{h!r} not in output:\n{out}')
            return False
    for h in lacks:
        if h in out:
            fail(name, f'{h!r} should not be in output:\n{out}')
            return False
    if equal is not None and out.strip('\n') != equal:
        fail(name, f'expected {equal!r}, got {out!r}')
        return False
    ok(name)
    return True


def interactive(nomix, tmp):
    state = os.path.join(tmp, 'state')
    env = dict(os.environ, TERM='dumb', HOME=os.path.join(tmp, 'home'), XDG_STATE_HOME=state)
    env.pop('NIX_PATH', None)
    os.makedirs(env['HOME'], exist_ok=True)
    t = Terminal(nomix, env)
    try:
        check('banner', t.prompt(), has=['Welcome to nomix', ':? for help'])

        # an expression echoes what was typed, then its value
        check('arithmetic', t.run('1 + 2 * 3'), has=['1 + 2 * 3\n7\n'])
        check('string', t.run('"foo" + "bar" + "\\n${toString 1}"'), has=['\n"foobar\\n1"\n'])
        check('bind', t.run('x = 6'), equal='x = 6')
        check('use binding', t.run('x * 7'), has=['\n42\n'])
        check('rebind uses old value', t.run('x = x + 1'), equal='x = x + 1')
        check('rebound', t.run('x'), has=['\n7\n'])
        check('one level', t.run('{ a = 1; b = { c = 2; }; l = [ 1 ]; f = y: y; }'),
              has=['{ a = 1; b = { ... }; f = «lambda @ (string):1:41»; l = [ ... ]; }'])
        check(':p', t.run(':p { a = { b = [ 1 { c = "d"; } ]; }; }'), has=['{ a = { b = [ 1 { c = "d"; } ]; }; }'])
        check(':t int', t.run(':t x'), has=['\nan integer\n'])
        check(':t builtin', t.run(':t builtins.map'), has=["\nthe built-in function 'map'\n"])
        check(':t set', t.run(':t { }'), has=['\na set\n'])

        check(':doc builtin', t.run(':doc builtins.map'), has=['Synopsis: builtins.map f list\n', '\n    '])
        check(':doc bare builtin', t.run(':doc toString'), has=['Synopsis: builtins.toString value\n'])
        t.run('lib = import <nomix/lib>')
        doc = comment_above(os.path.join(ROOT, 'stdlib', 'lib', 'strings.nix'), 'concatMapStrings')
        check(':doc lib function', t.run(':doc lib.concatMapStrings'),
              has=['Synopsis: lib.concatMapStrings f list\n'] + ['    ' + l + '\n' for l in doc if l] +
                  ['stdlib/lib/strings.nix:'])
        doc = comment_above(os.path.join(ROOT, 'stdlib', 'lib', 'strings.nix'), 'hasPrefix')
        check(':doc lib function (inherited at the top)', t.run(':doc lib.hasPrefix'),
              has=['    ' + l + '\n' for l in doc if l])

        # multi-line input: the continuation prompt, then the value
        t.send('let y = 40;\n')
        out = t.read_until(CONT.encode())
        check('continuation prompt', None if out is None else clean(out), lacks=['error'])
        check('multi-line', t.run('in y + 2'), has=['\n42\n'], lacks=['error'])
        t.send('{\n')
        t.read_until(CONT.encode())
        t.send('  a = 1;\n')
        t.read_until(CONT.encode())
        check('multi-line set', t.run('}'), has=['{ a = 1; }'])

        # an error, then the session goes on
        check('error', t.run('1 + "a"'), has=['error: cannot add a string to an integer', '«string»:1:'])
        check('after error', t.run('x + 1'), has=['\n8\n'])
        check('undefined variable', t.run('nope'), has=["error: undefined variable 'nope'"])
        check('unknown command', t.run(':frob'), has=["error: unknown command ':frob'"])
        check('element error shown in place', t.run('[ 1 (throw "bad") ]'), has=['[ 1 «error: bad» ]'])

        # completion of names in scope and of builtins; after TAB, libedit
        # may draw the prompt and line again, so each step waits for the
        # completed text rather than for a prompt
        t.run('someLongName = 5')
        t.send('someLong\t')
        check('TAB completes a variable', t.expect('someLongName'))
        check('completed variable evaluates', t.run(''), has=['\n5\n'])
        t.send('builtins.toJ\t')
        check('TAB completes builtins.toJ', t.expect('builtins.toJSON'))
        check('completed builtin evaluates', t.run(' { a = 1; }'), has=['"{\\"a\\":1}"'])
        t.send('builtins.to\t')
        # (in columns: toFile toPath toXML, then toJSON toString)
        out = t.expect('builtins.toXML')
        check('TAB lists builtins.to*', out and out + (t.expect('builtins.toString') or ''),
              has=['builtins.toJSON', 'builtins.toString', 'builtins.toFile', 'builtins.toPath'])
        t.send('\x15')     # Ctrl-U: kill the line
        check('after the list', t.sync())

        # completion never fails on values that throw
        t.run('bad = { a = throw "x"; b.c = 3; d = assert false; 1; }')
        check('nothing to complete in a throwing value', t.run(':complete bad.a.'), equal=':complete bad.a.')
        t.send('bad.a.\t')
        time.sleep(0.5)
        t.send('\x15')
        check('TAB in a throwing value', t.sync())
        t.send('bad.b.\t')
        check('TAB past a throwing sibling', t.expect('bad.b.c'))
        check('completed past a throwing sibling', t.run(''), has=['\n3\n'])
        t.run('boom = throw "no"')
        t.send('boom.\t')
        time.sleep(0.5)
        t.send('\x15')
        check('TAB on a throwing variable', t.sync())
        t.run('loop = let x = x + 1; in x')
        t.send('loop.\t')
        time.sleep(0.5)
        t.send('\x15')
        check('TAB on infinite recursion', t.sync())

        # Ctrl-C interrupts a completion that takes long
        t.run("slow = let loop = n: if n == 0 then { a = 1; } else loop (n - 1); in "
              "builtins.foldl' (acc: b: loop 1000) 0 (builtins.genList (b: b) 10000000)")
        t.send('slow.\t')
        time.sleep(1.5)
        t.send('\x03')
        time.sleep(0.5)
        t.send('\x15')
        check('Ctrl-C interrupts completion', t.sync())

        # Ctrl-C discards the line being typed
        t.send('this is not nix\x03')
        check('Ctrl-C at the prompt', t.prompt(), lacks=['error'])
        check('after Ctrl-C', t.run('3'), has=['\n3\n'])

        # a host: :l evaluates it through modules/host.nix
        check(':l host', t.run(':l host.nix'), has=['Added', 'variables'])
        t.send('config.services.no\t')
        check('TAB completes config.services.no to config.services.nomad', t.expect('config.services.nomad'))
        check('completed line evaluates', t.run('.enable'), has=['\ntrue\n'])
        t.send('config.networking.hostN\t')
        check('TAB completes a host value', t.expect('config.networking.hostName'))
        check('completed host value evaluates', t.run(''), has=['"replhost"'])
        check(':o', t.run(':o services.nomad.enable'),
              has=['services.nomad.enable\n', 'type: boolean', 'value: true', 'default: false',
                   'defined in: ' + os.path.join(DATA, 'host.nix'),
                   'declared in: <nomix/modules/services/nomad.nix>'])
        t.send(':o services.nomad.sett\t')
        check('TAB completes an option path', t.expect('services.nomad.settings'))
        check(':o of a completed path', t.run(''), has=['value: {', 'datacenter = "dc-repl"'])
        check(':o unknown', t.run(':o services.nomd'), has=["the host declares no option 'services.nomd'", 'nomad'])
        check('config value', t.run('config.services.nomad.settings.datacenter'), has=['"dc-repl"'])

        # Ctrl-C interrupts a long evaluation
        t.send("let loop = n: if n == 0 then 0 else loop (n - 1); in "
               "builtins.foldl' (a: b: a + loop 1000) 0 (builtins.genList (b: b) 10000000)\n")
        time.sleep(1.5)
        t.send('\x03')
        check('Ctrl-C interrupts evaluation', t.prompt(), has=['error: interrupted by the user'])
        check('after interruption', t.run('x'), has=['\n7\n'])

        t.send(':q\n')
        status = t.close()
        if status != 0:
            fail(':q', f'exit status {status}')
        else:
            ok(':q')
        hist = os.path.join(state, 'nomix', 'history')
        if os.path.exists(hist) and 'config.services.nomad' in open(hist, errors='replace').read():
            ok('history file')
        else:
            fail('history file', f'{hist} missing or without the completed line')
    finally:
        if t.close() is None:
            fail('exit', 'the REPL did not end')
        if failures:
            print('--- transcript ---')
            print(clean(t.transcript))


def scripted(nomix, tmp):
    env = dict(os.environ, HOME=os.path.join(tmp, 'home2'))
    env.pop('NIX_PATH', None)

    def run(name, script, out=None, has=(), err=(), status=0, args=()):
        try:
            p = subprocess.run([nomix, 'repl', *args], input=script, capture_output=True, text=True,
                               cwd=DATA, env=env, timeout=STEP_TIMEOUT * 2)
        except subprocess.TimeoutExpired:
            fail(name, 'timed out')
            return
        problems = []
        if out is not None and p.stdout != out:
            problems.append(f'stdout {p.stdout!r}, expected {out!r}')
        for h in has:
            if h not in p.stdout:
                problems.append(f'{h!r} not in stdout {p.stdout!r}')
        for e in err:
            if e not in p.stderr:
                problems.append(f'{e!r} not in stderr {p.stderr!r}')
        if p.returncode != status:
            problems.append(f'exit status {p.returncode}, expected {status} (stderr {p.stderr!r})')
        if problems:
            fail(name, '; '.join(problems))
        else:
            ok(name)

    run('script', '1 + 1\nx = "a"\nx + "b"\n:t x\n:p { a.b = [ 2 ]; }\n\n',
        out='2\n"ab"\na string\n{ a = { b = [ 2 ]; }; }\n')
    run('script multi-line', 'let\n  a = 1;\nin\n  a + 1\n[\n1\n]\n', out='2\n[ 1 ]\n')
    run('script error', '1 + 1\nthrow "oops"\n2 + 2\n', out='2\n4\n', err=['error: oops'], status=1)
    run('script unfinished at the end', '(1 +\n', out='', err=['unexpected end of file'], status=1)
    run('script :q', '1\n:q\n2\n', out='1\n')
    run('script :l', ':l funcs.nix\ndouble 21\ngreeting\n', out='Added 3 variables.\n42\n"hello"\n')
    run('script --argstr', ':l funcs.nix\ngreeting\n', out='Added 3 variables.\n"hi"\n', args=['--argstr', 'greeting', 'hi'])
    run('script :doc of own function', ':l funcs.nix\n:doc double\n',
        has=['Synopsis: double n\n', '    Doubles a number: `double 21` is 42.\n'])
    run('script :doc without comment', ':l funcs.nix\n:doc undocumented\n', out='Added 3 variables.\n',
        err=["no documentation found for 'undocumented'"], status=1)
    run('script file argument', 'config.networking.hostName\n', has=['"replhost"\n'], args=['host.nix'])
    run('script :complete', ':l host.nix\n:complete config.services.no\n:complete builtins.toJ\n:complete :o services.nomad.ena\n',
        has=['\nconfig.services.nomad\nbuiltins.toJSON\nservices.nomad.enable\nservices.nomad.enableDocker\n'])
    run('script :o without host', ':o services.nomad.enable\n', out='', err=['no host is loaded'], status=1)

    # every builtin is documented
    names = subprocess.run([nomix, 'eval', '--json', '-E', 'builtins.attrNames builtins'],
                           capture_output=True, text=True, check=True).stdout
    import json
    names = json.loads(names)
    script = ''.join(f':doc builtins.{n}\n' for n in names)
    p = subprocess.run([nomix, 'repl'], input=script, capture_output=True, text=True, env=env,
                       timeout=STEP_TIMEOUT * 2)
    got = re.findall(r'^Synopsis: builtins\.(\S+)', p.stdout, re.M)
    if p.returncode == 0 and got == names and len(names) == 109:
        ok(f':doc for all {len(names)} builtins')
    else:
        fail(':doc for all builtins', f'missing {sorted(set(names) - set(got))}; stderr {p.stderr[:500]!r}')

    p = subprocess.run([nomix, 'repl', '--help'], capture_output=True, text=True, timeout=STEP_TIMEOUT)
    if p.returncode == 0 and 'Usage: nomix repl' in p.stdout and ':doc' in p.stdout and 'history' in p.stdout:
        ok('--help')
    else:
        fail('--help', repr(p.stdout[:200]))


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    nomix = os.path.abspath(sys.argv[1])
    tmp = tempfile.mkdtemp(prefix='nomix-repl-')
    try:
        interactive(nomix, tmp)
        scripted(nomix, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print(f'{len(failures)} failed: {", ".join(failures)}')
        return 1
    print('all passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
