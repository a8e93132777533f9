"""Shared helpers for the differential fixtures scripts (standard library only).

A case is a txtar archive (golang.org/x/tools/txtar format) holding the files
of a chart; see docs/fixtures.md. This module parses cases, materializes them
into a temporary chart folder named `case`, locates the reference helm binary
and runs a renderer (`BIN template case [ARGS]`) on a case.
"""

import os
import re
import shlex
import shutil
import subprocess
import tempfile

DEFAULT_CHART_YAML = b'apiVersion: v2\nname: case\nversion: 0.1.0\nappVersion: "1.0"\n'
TMP_PLACEHOLDER = b"$TMP"
RUN_TIMEOUT_SECONDS = 120

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASES_ROOT = os.path.join(REPO_ROOT, "fixtures", "cases")


class CaseError(Exception):
    """A case file that cannot be materialized (bad file name, bad args line)."""


class HelmUnavailable(Exception):
    """The reference helm binary cannot be found or installed."""


# ---------------------------------------------------------------- txtar

def _fix_nl(data):
    if not data or data.endswith(b"\n"):
        return data
    return data + b"\n"


def _is_marker(data):
    """Return (name, after) if data starts with a `-- NAME --` line, else (None, None)."""
    if not data.startswith(b"-- "):
        return None, None
    nl = data.find(b"\n")
    if nl >= 0:
        line, after = data[:nl], data[nl + 1:]
    else:
        line, after = data, b""
    if not (line.endswith(b" --") and len(line) >= 6):
        return None, None
    name = line[3:-3].strip().decode("utf-8")
    if not name:
        return None, None
    return name, after


def _find_marker(data):
    """Split data at the next file marker: (before, name, after); name None at the end."""
    i = 0
    while True:
        name, after = _is_marker(data[i:])
        if name is not None:
            return data[:i], name, after
        j = data.find(b"\n-- ", i)
        if j < 0:
            return _fix_nl(data), None, b""
        i = j + 1


def parse_txtar(data):
    """Parse txtar bytes exactly like Go's txtar.Parse: (comment, [(name, content)])."""
    comment, name, rest = _find_marker(data)
    files = []
    while name is not None:
        content, next_name, rest = _find_marker(rest)
        files.append((name, content))
        name = next_name
    return comment, files


def case_args(comment):
    """The extra helm arguments from an optional first comment line `args: ...`."""
    lines = comment.decode("utf-8").split("\n")
    first = lines[0].rstrip("\r") if lines else ""
    if not first.startswith("args:"):
        return []
    try:
        return shlex.split(first[len("args:"):])
    except ValueError as err:
        raise CaseError("bad args line: %s" % err)


# ---------------------------------------------------------------- cases

def case_name(path):
    """A case's display name: its path under fixtures/cases without `.txtar`."""
    rel = os.path.relpath(os.path.abspath(path), CASES_ROOT)
    if rel.startswith(".."):
        rel = path
    return rel[:-len(".txtar")] if rel.endswith(".txtar") else rel


def collect_cases(paths):
    """Every .txtar under the given files/folders (default: all cases), sorted."""
    if not paths:
        paths = [CASES_ROOT]
    found = set()
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in files:
                    if f.endswith(".txtar"):
                        found.add(os.path.abspath(os.path.join(root, f)))
        elif p.endswith(".txtar") and os.path.isfile(p):
            found.add(os.path.abspath(p))
        elif os.path.isfile(p + ".txtar"):
            found.add(os.path.abspath(p + ".txtar"))
        else:
            raise CaseError("no such case or folder: %s" % p)
    return sorted(found)


def materialize(case_path, workdir):
    """Write the chart of a case into WORKDIR/case; return the helm arguments."""
    with open(case_path, "rb") as fh:
        comment, files = parse_txtar(fh.read())
    args = case_args(comment)
    chart = os.path.join(workdir, "case")
    os.mkdir(chart)
    names = set()
    for name, content in files:
        norm = os.path.normpath(name)
        if os.path.isabs(name) or norm == ".." or norm.startswith("../"):
            raise CaseError("file name escapes the chart: %s" % name)
        names.add(norm)
        target = os.path.join(chart, norm)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(content)
    if "Chart.yaml" not in names:
        with open(os.path.join(chart, "Chart.yaml"), "wb") as fh:
            fh.write(DEFAULT_CHART_YAML)
    return args


# ---------------------------------------------------------------- running

def clean_env():
    """The environment for renderer runs: ours minus HELM_* settings and kube config."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("HELM_") and k != "KUBECONFIG"}
    env["LC_ALL"] = "C"
    return env


HELM_ENV = {"v4": "HELM_BIN", "v3": "HELM3_BIN"}


def find_helm(version="v4"):
    """Path of the reference helm: v4 (4.3.1, $HELM_BIN) or v3 (3.17.3, $HELM3_BIN), else
    `../shared/tools/get-helm VERSION`."""
    env_name = HELM_ENV[version]
    env_bin = os.environ.get(env_name)
    if env_bin:
        if os.path.isfile(env_bin) and os.access(env_bin, os.X_OK):
            return env_bin
        raise HelmUnavailable("%s=%s is not an executable file" % (env_name, env_bin))
    tool = os.path.join(os.path.dirname(REPO_ROOT), "shared", "tools", "get-helm")
    if not os.path.isfile(tool):
        raise HelmUnavailable("%s not found and %s not set" % (tool, env_name))
    try:
        proc = subprocess.run([tool, version], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=600)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise HelmUnavailable("get-helm failed: %s" % err)
    path = proc.stdout.decode("utf-8", "replace").strip().splitlines()
    if proc.returncode != 0 or not path:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise HelmUnavailable("get-helm exited %d%s" % (proc.returncode,
                                                        (": " + msg[-1]) if msg else ""))
    helm = path[-1]
    if not (os.path.isfile(helm) and os.access(helm, os.X_OK)):
        raise HelmUnavailable("get-helm printed %s, which is not executable" % helm)
    return helm


class Result:
    """The outcome of one renderer run: exit status, stdout and stderr bytes."""

    def __init__(self, code, stdout, stderr):
        self.code = code
        self.stdout = stdout
        self.stderr = stderr

    @property
    def ok(self):
        return self.code == 0


# helm v3's `--debug` lines carry Go's log timestamp (`install.go:225: 2026-12-07
# 03:17:47.261273443 +0000 UTC m=+0.053362554 [debug] ...`): replaced by `$TIME`.
_GO_LOG_TIME = re.compile(rb"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \+0000 UTC m=\+[0-9.]+")
# A Go runtime stack overflow (helm v3 on a cyclic schema) dumps goroutine stacks with
# addresses that change every run: only its first line and the fatal error are kept.
_STACK_OVERFLOW = b"runtime: goroutine stack exceeds "


def _scrub(data, tmp_paths):
    for p in tmp_paths:
        data = data.replace(p, TMP_PLACEHOLDER)
    data = _GO_LOG_TIME.sub(b"$TIME", data)
    at = data.find(_STACK_OVERFLOW)
    if at >= 0:
        first = data[at:].split(b"\n", 1)[0]
        data = data[:at] + first + b"\nfatal error: stack overflow\n"
    return data


def run_case(binary, case_path, flags=()):
    """Materialize a case in a fresh temporary folder and run
    `BINARY template [FLAGS] case ARGS` (FLAGS: e.g. Rudder's `--compat v3`)."""
    workdir = tempfile.mkdtemp(prefix="rudder-case-")
    try:
        args = materialize(case_path, workdir)
        cmd = [binary, "template"] + list(flags) + ["case"] + args
        try:
            proc = subprocess.run(cmd, cwd=workdir, env=clean_env(), stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=RUN_TIMEOUT_SECONDS)
            code, out, err = proc.returncode, proc.stdout, proc.stderr
        except subprocess.TimeoutExpired:
            code, out, err = -1, b"", b"rudder-fixtures: timed out\n"
        except OSError as e:
            code, out, err = -1, b"", ("rudder-fixtures: cannot run %s: %s\n" % (binary, e)).encode()
        # Longest first so that /private/tmp/x wins over /tmp/x on systems with symlinks.
        tmp_paths = sorted({os.fsencode(workdir), os.fsencode(os.path.realpath(workdir))},
                           key=len, reverse=True)
        return Result(code, _scrub(out, tmp_paths), _scrub(err, tmp_paths))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def golden_paths(case_path, version="v4"):
    """The (.out, .err) golden file paths of a case: helm v4's, or with version "v3" helm
    v3's (.v3.out, .v3.err), which exist only where v3 prints something else than v4."""
    base = case_path[:-len(".txtar")] + ("" if version == "v4" else "." + version)
    return base + ".out", base + ".err"


def read_golden(case_path, version="v4"):
    """The committed golden as (kind, bytes), kind 'out' or 'err'; None if missing/ambiguous.
    For v3 without a v3 golden: v4's (the two helms print the same)."""
    if version != "v4":
        out_p, err_p = golden_paths(case_path, version)
        if not os.path.isfile(out_p) and not os.path.isfile(err_p):
            return read_golden(case_path)
    out_p, err_p = golden_paths(case_path, version)
    have_out, have_err = os.path.isfile(out_p), os.path.isfile(err_p)
    if have_out == have_err:
        return None
    path, kind = (out_p, "out") if have_out else (err_p, "err")
    with open(path, "rb") as fh:
        return kind, fh.read()


def golden_of(result):
    """The golden (kind, bytes) a run result should be stored as."""
    return ("out", result.stdout) if result.ok else ("err", result.stderr)
