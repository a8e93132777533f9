"""The generated hostile inputs of scripts/hostile (standard library only).

Each class builds its input (a chart folder, a .tgz, a values file) in a fresh folder and
names the `template` arguments to run there. The classes that fit a txtar case live in
fixtures/cases/hostile instead (scripts/update-goldens); these need bytes a txtar cannot
hold (archives, symlinks, files of many megabytes) or make helm itself crash.

A class's `oracle` says who decides the expected result:
  helm   - helm v4.3.1's stdout/stderr, recorded by `scripts/hostile --update` into
           fixtures/hostile/NAME.out|.err (large stdout as NAME.out.sha256);
  limit  - helm has no limit and dies (out of memory, stack overflow) or runs away; Rudder
           must stop with `Error: ...` containing `expect` (docs/security.md).
"""

import gzip
import io
import os
import tarfile

CHART_YAML = b"apiVersion: v2\nname: x\nversion: 0.1.0\n"
MIB = 1 << 20


class Hostile:
    """One hostile-input class: a name, what it is, how to build it and who judges it."""

    def __init__(self, name, title, build, oracle="helm", expect=None, output_dir=False):
        self.name = name
        self.title = title
        self.build = build
        self.oracle = oracle
        self.expect = expect
        self.output_dir = output_dir


def write(path, data):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode())


def chart(root, templates, values=b"", extra=None):
    """A chart folder x/ under root with the given templates and files."""
    write(os.path.join(root, "x", "Chart.yaml"), CHART_YAML)
    write(os.path.join(root, "x", "values.yaml"), values)
    for name, text in templates.items():
        write(os.path.join(root, "x", "templates", name), text)
    for name, data in (extra or {}).items():
        write(os.path.join(root, "x", name), data)


def tgz(path, entries, level=6):
    """A gzipped tar of (TarInfo-ish dict) entries: name, data, type, link."""
    with tarfile.open(path, "w:gz", compresslevel=level) as tar:
        for e in entries:
            info = tarfile.TarInfo(e["name"])
            data = e.get("data", b"")
            kind = e.get("type", tarfile.REGTYPE)
            info.type = kind
            if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE):
                info.linkname = e["link"]
                tar.addfile(info)
            else:
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))


def zeros_tgz(path, inner_size):
    """A .tgz holding a valid chart plus files/zero.bin of inner_size zero bytes, streamed."""
    header = tarfile.TarInfo("x/Chart.yaml")
    header.size = len(CHART_YAML)
    with gzip.open(path, "wb", compresslevel=9) as gz:
        with tarfile.open(fileobj=gz, mode="w|") as tar:
            tar.addfile(header, io.BytesIO(CHART_YAML))
            info = tarfile.TarInfo("x/files/zero.bin")
            info.size = inner_size
            tar.addfile(info, _Zeros(inner_size))


class _Zeros:
    """A file-like object of n zero bytes."""

    def __init__(self, n):
        self.left = n

    def read(self, size=-1):
        size = self.left if size < 0 else min(size, self.left)
        self.left -= size
        return bytes(size)


def _archive(entries):
    def build(root):
        tgz(os.path.join(root, "x.tgz"), entries)
        return ["x.tgz"]
    return build


CM = b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"


def _symlink_outside(root):
    write(os.path.join(root, "outside", "secret.yaml"), b"stolen: true\n")
    chart(root, {"cm.yaml": CM})
    os.symlink(os.path.join("..", "..", "outside", "secret.yaml"),
               os.path.join(root, "x", "templates", "secret.yaml"))
    return ["x"]


def _symlink_loop(root):
    chart(root, {"cm.yaml": CM})
    os.symlink(".", os.path.join(root, "x", "templates", "loop"))
    return ["x"]


def _symlink_dangling(root):
    chart(root, {"cm.yaml": CM})
    os.symlink("missing.yaml", os.path.join(root, "x", "templates", "gone.yaml"))
    return ["x"]


def _subchart_is_parent(root):
    chart(root, {"cm.yaml": CM})
    os.makedirs(os.path.join(root, "x", "charts"))
    os.symlink("..", os.path.join(root, "x", "charts", "self"))
    return ["x"]


def _file_over_5mib(root):
    chart(root, {"cm.yaml": b"size: {{ len (.Files.Get \"files/big.txt\") }}\n"},
          extra={"files/big.txt": b"a" * (6 * MIB)})
    return ["x"]


def _archive_file_over_5mib(root):
    tgz(os.path.join(root, "x.tgz"), [
        {"name": "x/Chart.yaml", "data": CHART_YAML},
        {"name": "x/templates/cm.yaml", "data": b"size: {{ len (.Files.Get \"files/big.txt\") }}\n"},
        {"name": "x/files/big.txt", "data": b"a" * (6 * MIB)},
    ])
    return ["x.tgz"]


def _gzip_bomb(root):
    zeros_tgz(os.path.join(root, "x.tgz"), 300 * MIB)
    return ["x.tgz"]


def _archive_over_100mib(root):
    zeros_tgz(os.path.join(root, "x.tgz"), 120 * MIB)
    return ["x.tgz"]


def _truncated(root):
    tgz(os.path.join(root, "full.tgz"), [
        {"name": "x/Chart.yaml", "data": CHART_YAML},
        {"name": "x/templates/cm.yaml", "data": os.urandom(20000)},
    ], level=1)
    with open(os.path.join(root, "full.tgz"), "rb") as fh:
        data = fh.read()
    write(os.path.join(root, "x.tgz"), data[: len(data) // 2])
    return ["x.tgz"]


def _values_file_alias_bomb(root):
    chart(root, {"cm.yaml": b"n: {{ len .Values.i }}\n"})
    lines = ["a: &a [" + ",".join(["x"] * 10) + "]"]
    prev = "a"
    for name in "bcdefghi":
        lines.append("%s: &%s [%s]" % (name, name, ",".join(["*" + prev] * 10)))
        prev = name
    write(os.path.join(root, "bomb.yaml"), "\n".join(lines) + "\n")
    return ["x", "-f", "bomb.yaml"]


def _template(text, values=b""):
    def build(root):
        chart(root, {"t.yaml": text}, values=values)
        return ["x"]
    return build


def _output_dir_error(root):
    chart(root, {"a.yaml": CM, "b.yaml": b"b: {{ fail \"stop\" }}\n"})
    return ["x", "--output-dir", "out"]


def _many_documents(root):
    chart(root, {"t.yaml": b"{{- range until 100000 }}\n---\nkind: ConfigMap\nn: {{ . }}\n{{- end }}\n"})
    return ["x"]


CLASSES = [
    Hostile("archive_parent_path", "archive entry with ../ (zip-slip)",
            _archive([{"name": "x/Chart.yaml", "data": CHART_YAML},
                      {"name": "x/../../etc/passwd", "data": b"x"}])),
    Hostile("archive_absolute_path", "archive entry with an absolute path",
            _archive([{"name": "x/Chart.yaml", "data": CHART_YAML},
                      {"name": "/etc/evil.yaml", "data": b"x"}])),
    Hostile("archive_drive_path", "archive entry with a Windows drive path",
            _archive([{"name": "x/Chart.yaml", "data": CHART_YAML},
                      {"name": "x/c:/evil", "data": b"x"}])),
    Hostile("archive_symlink_entry", "archive entry that is a symlink to /etc/passwd",
            _archive([{"name": "x/Chart.yaml", "data": CHART_YAML},
                      {"name": "x/templates/cm.yaml", "type": tarfile.SYMTYPE, "link": "/etc/passwd"}])),
    Hostile("archive_hardlink_entry", "archive entry that is a hard link outside the chart",
            _archive([{"name": "x/Chart.yaml", "data": CHART_YAML},
                      {"name": "x/templates/cm.yaml", "type": tarfile.LNKTYPE, "link": "../../etc/passwd"}])),
    Hostile("archive_truncated", "archive cut in the middle of the gzip stream", _truncated),
    Hostile("archive_file_over_5mib", "archive holding a 6 MiB file", _archive_file_over_5mib),
    Hostile("archive_over_100mib", "archive inflating to 120 MiB", _archive_over_100mib),
    Hostile("archive_gzip_bomb", "gzip bomb: 300 KiB inflating to 300 MiB", _gzip_bomb),
    Hostile("dir_symlink_outside", "template symlinked to a file outside the chart", _symlink_outside),
    Hostile("dir_symlink_loop", "folder symlink pointing at its own parent", _symlink_loop),
    Hostile("dir_symlink_dangling", "template symlink to a missing file", _symlink_dangling),
    Hostile("dir_subchart_is_parent", "charts/self symlinked to the chart itself", _subchart_is_parent),
    Hostile("dir_file_over_5mib", "chart folder holding a 6 MiB file", _file_over_5mib),
    Hostile("values_file_alias_bomb", "-f values file with a billion-laughs alias bomb", _values_file_alias_bomb),
    Hostile("output_dir_error_no_partial_file", "--output-dir with a template that fails",
            _output_dir_error, output_dir=True),
    Hostile("many_documents", "one template printing 100,000 documents", _many_documents),
    Hostile("repeat_gigabytes", "repeat building 3 GB", _template(b"x: {{ repeat 3000000000 \"x\" }}\n"),
            oracle="limit", expect="exceeds Rudder's size limit"),
    Hostile("nindent_gigabytes", "nindent padding 2 GB", _template(b"x: {{ nindent 2000000000 \"x\" }}\n"),
            oracle="limit", expect="exceeds Rudder's size limit"),
    Hostile("rand_gigabytes", "randAlphaNum of 3 billion characters",
            _template(b"x: {{ randAlphaNum 3000000000 }}\n"),
            oracle="limit", expect="exceeds Rudder's size limit"),
    Hostile("until_billions", "until building a list of 2 billion numbers",
            _template(b"x: {{ len (until 2000000000) }}\n"),
            oracle="limit", expect="exceeds Rudder's size limit"),
    Hostile("output_gigabytes", "a loop printing 1 GB of output",
            _template(b"{{- $s := repeat 10000 \"x\" }}{{ range until 100000 }}{{ $s }}{{ end }}\n"),
            oracle="limit", expect="exceeds Rudder's size limit"),
    Hostile("template_control_nesting", "if actions nested 100,001 deep (helm renders them; Rudder's stack cap)",
            _template(b"{{if true}}" * 100001 + b"x: 1" + b"{{end}}" * 100001 + b"\n"),
            oracle="limit", expect="control structures nested more than 100000 levels deep"),
    Hostile("tpl_self_recursion", "a value rendered with tpl that calls tpl on itself",
            _template(b"y: {{ tpl .Values.x . }}\n", values=b"x: '{{ tpl .Values.x . }}'\n"),
            oracle="limit", expect="tpl"),
]


def by_name():
    return {c.name: c for c in CLASSES}
