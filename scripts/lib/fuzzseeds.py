"""Writes the seed corpora of the fuzz targets (scripts/fuzz) from the repository's fixtures.

Usage: fuzzseeds.py OUT_DIR. Creates OUT_DIR/<target>/ for each target of Tests/Fuzz, one
file per distinct input (named by its SHA-1), from the differential cases, the example
charts and the ModelOps chart. Nothing here is committed: the seeds are rebuilt each run.
"""

import gzip
import hashlib
import io
import os
import sys
import tarfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # noqa: E402

REPO = casekit.REPO_ROOT
# The first byte of a FuzzSetFlags input selects the flag (order of the target's `flags`).
SET_FLAGS = ["--set", "--set-string", "--set-json", "--set-file", "--set-literal"]
MAX_SEED = 16 * 1024
MAX_ARCHIVE = 48 * 1024


def write(out, target, data):
    if not data or len(data) > (MAX_ARCHIVE if target == "FuzzChartArchive" else MAX_SEED):
        return
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as fh:
        fh.write(data)


def tar_of(files):
    """A chart archive's tar (top folder `chart/`), as `helm package` lays it out."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, content in sorted(files.items()):
            info = tarfile.TarInfo("chart/" + name)
            info.size = len(content)
            info.mtime = 0
            tar.addfile(info, io.BytesIO(content))
    return buf.getvalue()


def add_chart(out, files, with_tgz):
    files = dict(files)
    files.setdefault("Chart.yaml", casekit.DEFAULT_CHART_YAML)
    tar = tar_of(files)
    write(out, "FuzzChartArchive", tar)
    if with_tgz:
        write(out, "FuzzChartArchive", gzip.compress(tar, mtime=0))


def add_file(out, name, content):
    base = os.path.basename(name)
    if name.startswith("templates/") or "/templates/" in name:
        write(out, "FuzzTemplateParser", content)
    elif base.endswith((".yaml", ".yml")):
        write(out, "FuzzYAMLReader", content)
    elif base.endswith(".json"):
        write(out, "FuzzJSONReader", content)
        write(out, "FuzzYAMLReader", content)


def add_args(out, args):
    for i, arg in enumerate(args[:-1]):
        if arg in SET_FLAGS:
            write(out, "FuzzSetFlags", bytes([SET_FLAGS.index(arg)]) + args[i + 1].encode())
            if arg == "--set-json":
                value = args[i + 1].split("=", 1)[-1].encode()
                write(out, "FuzzJSONReader", value)


def read_tree(root):
    files = {}
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for n in sorted(names):
            path = os.path.join(folder, n)
            with open(path, "rb") as fh:
                files[os.path.relpath(path, root)] = fh.read()
    return files


def main(out):
    for index, case in enumerate(casekit.collect_cases([])):
        with open(case, "rb") as fh:
            comment, files = casekit.parse_txtar(fh.read())
        for name, content in files:
            add_file(out, name, content)
        try:
            add_args(out, casekit.case_args(comment))
        except casekit.CaseError:
            pass
        # Every fourth case as a chart archive keeps the archive corpus small.
        if index % 4 == 0 or "/load/" in case or "/deps/" in case:
            add_chart(out, {n: c for n, c in files}, with_tgz=index % 40 == 0)
    for chart in ["fixtures/charts/basic", "fixtures/charts/umbrella", "templates/modelops"]:
        tree = read_tree(os.path.join(REPO, chart))
        for name, content in tree.items():
            add_file(out, name, content)
        add_chart(out, tree, with_tgz=True)
    for folder in ["fixtures/ir/valid", "fixtures/ir/invalid"]:
        for name, content in read_tree(os.path.join(REPO, folder)).items():
            add_file(out, name, content)
    for target in ["FuzzTemplateParser", "FuzzYAMLReader", "FuzzJSONReader", "FuzzSetFlags", "FuzzChartArchive"]:
        folder = os.path.join(out, target)
        os.makedirs(folder, exist_ok=True)
        print("seeds: %s %d" % (target, len(os.listdir(folder))))


if __name__ == "__main__":
    main(sys.argv[1])
