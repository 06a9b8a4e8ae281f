#!/usr/bin/python3
"""Arwain at a nation's size, against its floor: the database engine itself doing the same work.

Generates a database (200,000 people and 1,000,000 enrolments unless told otherwise), then times each
figure as whole processes, `arwain-cli` and the engine's own shell running plain SQL over the same schema,
the median of --runs runs each, in the same run of this script. Prints one table (figure, Arwain, its peak
memory, the floor, the ratio, the target) and writes it as JSON beside the databases. Asserts no times: a
ratio over its target is reported, not failed.

On a file (the default) the floor is the `sqlite3` shell (tests/benchmarks/floor/*.sql). With --server,
every database is on the PostgreSQL server that libpq's environment names (scripts/bench --server runs
this inside a throwaway one, pg_virtualenv): the generated file is copied there (`arwain-cli copy`), each
run works on a fresh database made from a template (createdb -T), and the floor is `psql` with COPY and
INSERT … SELECT over the same schema (tests/benchmarks/floor/postgres/*.sql).

Usage: scale.py ARWAIN_CLI [--participants N] [--enrolments M] [--runs R] [--work DIR] [--server]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

FLOOR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "floor")


def timed(argv, stdin=None, stdout=subprocess.DEVNULL):
    """Runs a process; its wall time in seconds and peak memory in MB. Fails loudly if it fails."""
    start = time.perf_counter()
    p = subprocess.Popen(argv, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - start
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"scale.py: {' '.join(argv)} failed:\n{err}")
    return elapsed, usage.ru_maxrss / 1024.0


def floor_sql(folder, name, **values):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        text = f.read()
    for key, value in values.items():
        text = text.replace(":" + key, str(value))
    return text


def piped(argv, script):
    r, w = os.pipe()
    os.write(w, script.encode())
    os.close(w)
    try:
        return timed(argv, stdin=r)
    finally:
        os.close(r)


class Files:
    """Databases as SQLite files in the work folder; the floor is the sqlite3 shell."""
    floor = FLOOR
    label = "SQLite floor"

    def __init__(self, work):
        self.work = work

    def location(self, name):
        return os.path.join(self.work, name + ".arwain")

    def remove(self, name):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(self.location(name) + suffix):
                os.remove(self.location(name) + suffix)

    def create_from(self, cli, generated):
        """The measured database: the generated file itself."""
        return generated

    def fresh(self, template, name):
        self.remove(name)
        shutil.copyfile(self.location(template), self.location(name))
        return self.location(name)

    def run_floor(self, name, script, **values):
        return piped(["sqlite3", "-bail", self.location(name)], floor_sql(self.floor, script, **values))

    def count(self, name, table):
        out = subprocess.run(["sqlite3", self.location(name), f"SELECT count(*) FROM {table}"],
                             capture_output=True, text=True, check=True)
        return int(out.stdout.strip())


class Server(Files):
    """Databases on the PostgreSQL server of libpq's environment; the floor is psql."""
    floor = os.path.join(FLOOR, "postgres")
    label = "PostgreSQL floor"

    def location(self, name):
        return "postgresql:///" + name

    def remove(self, name):
        quiet = dict(os.environ, PGOPTIONS="-c client_min_messages=warning")
        subprocess.run(["dropdb", "--if-exists", name], check=True, env=quiet)

    def empty(self, name):
        self.remove(name)
        subprocess.run(["createdb", name], check=True)

    def create_from(self, cli, generated):
        self.empty("big")
        timed([cli, "copy", generated, self.location("big")])
        subprocess.run(["psql", "-X", "-q", "-c", "VACUUM ANALYZE", "big"], check=True)
        return self.location("big")

    def fresh(self, template, name):
        self.remove(name)
        subprocess.run(["createdb", "-T", template, name], check=True)
        return self.location(name)

    def run_floor(self, name, script, **values):
        return piped(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-o", "/dev/null", "-d", name],
                     floor_sql(self.floor, script, **values))

    def count(self, name, table):
        out = subprocess.run(["psql", "-X", "-At", "-c", f"SELECT count(*) FROM {table}", name],
                             capture_output=True, text=True, check=True)
        return int(out.stdout.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("--participants", type=int, default=200000)
    ap.add_argument("--enrolments", type=int, default=1000000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", default=None)
    ap.add_argument("--year", type=int, default=2024)
    ap.add_argument("--server", action="store_true", help="measure on the PostgreSQL server of libpq's environment")
    a = ap.parse_args()
    cli = a.cli
    work = a.work or os.path.join(os.path.dirname(os.path.abspath(cli)), "scale")
    os.makedirs(work, exist_ok=True)
    path = lambda name: os.path.join(work, name)
    engine = Server(work) if a.server else Files(work)

    def arwain(*args, **kw):
        return timed([cli, *args], **kw)

    generated = Files(work).location("big")
    Files(work).remove("big")
    print(f"Generating {a.participants} participants and {a.enrolments} enrolments in {work} …", file=sys.stderr)
    gen_time, gen_mem = arwain("generate", generated, "--participants", str(a.participants), "--enrolments",
                               str(a.enrolments), "--seed", "1")
    for kind in ("organisations", "participants", "cohorts", "enrolments"):
        arwain("export", kind, generated, "-o", path(kind + ".csv"))
    big = engine.create_from(cli, generated)

    # Templates: the organisations only (for importing people); then the people and cohorts too (for
    # importing enrolments). Made once, copied before every run.
    engine.remove("template_people")
    engine.remove("template_enrolments")
    if a.server:
        engine.empty("template_people")
    arwain("init", engine.location("template_people"))
    arwain("import", "organisations", engine.location("template_people"), path("organisations.csv"))
    engine.fresh("template_people", "template_enrolments")
    arwain("import", "participants", engine.location("template_enrolments"), path("participants.csv"))
    arwain("import", "cohorts", engine.location("template_enrolments"), path("cohorts.csv"))

    rows = []

    def measure(figure, target, arwain_run, floor_run, check=None):
        print(f"  {figure} …", file=sys.stderr)
        ours, theirs, memory = [], [], []
        for _ in range(a.runs):
            t, m = arwain_run()
            ours.append(t)
            memory.append(m)
            if check:
                check("arwain")
            if floor_run:
                theirs.append(floor_run()[0])
                if check:
                    check("floor")
        mine = statistics.median(ours)
        floor = statistics.median(theirs) if theirs else None
        rows.append({"figure": figure, "arwain_s": mine, "peak_mb": max(memory), "floor_s": floor,
                     "ratio": mine / floor if floor else None, "target": target})

    counts = {}

    def same_rows(*tables):
        def check(who):
            counts[who] = tuple(engine.count("work", t) for t in tables)
            if who == "floor" and counts["floor"] != counts["arwain"]:
                sys.exit(f"scale.py: the floor wrote {counts['floor']} rows of {tables}, Arwain {counts['arwain']}")
        return check

    def floor(template, script, **values):
        engine.fresh(template, "work")
        return engine.run_floor("work", script, **values)

    measure("import participants", "≤ 1.5×",
            lambda: arwain("import", "participants", engine.fresh("template_people", "work"),
                           path("participants.csv")),
            lambda: floor("template_people", "import-participants.sql", file=path("participants.csv")),
            same_rows("participant"))
    measure("import enrolments", "≤ 1.5×, ≤ 200 MB",
            lambda: arwain("import", "enrolments", engine.fresh("template_enrolments", "work"),
                           path("enrolments.csv")),
            lambda: floor("template_enrolments", "import-enrolments.sql", file=path("enrolments.csv")),
            same_rows("enrolment", "status_history"))
    for kind in ("participants", "cohorts", "enrolments", "sessions", "attendance", "feedback", "network"):
        out = path("out.csv")
        measure(f"export {kind}", "≤ 1.0×",
                lambda: arwain("export", kind, big, "-o", out),
                lambda: engine.run_floor("big", f"export-{kind}.sql", out=out))
    measure(f"stats --year {a.year}", "≤ 0.1×",
            lambda: arwain("stats", big, "--year", str(a.year)),
            lambda: engine.run_floor("big", "stats-year.sql", year=a.year, next=a.year + 1))
    measure("stats --by cohort", "≤ 0.1×",
            lambda: arwain("stats", big, "--by", "cohort"),
            lambda: engine.run_floor("big", "stats-by-cohort.sql"))
    measure(f"stats --year {a.year} --by region", "≤ 1.0×",
            lambda: arwain("stats", big, "--year", str(a.year), "--by", "region"),
            lambda: engine.run_floor("big", "stats-by-region.sql", year=a.year, next=a.year + 1))

    print()
    where = "on a PostgreSQL server" if a.server else "in a file"
    print(f"{a.participants:,} participants, {a.enrolments:,} enrolments {where}; medians of {a.runs} runs, whole"
          f" processes; generate took {gen_time:.1f} s ({gen_mem:.0f} MB)")
    print()
    print(f"| figure | Arwain | peak memory | {engine.label} | ratio | target |")
    print("|---|---:|---:|---:|---:|---|")
    for r in rows:
        floor = f"{r['floor_s']:.2f} s" if r["floor_s"] is not None else "–"
        ratio = f"{r['ratio']:.2f}×" if r["ratio"] is not None else "–"
        print(f"| {r['figure']} | {r['arwain_s']:.2f} s | {r['peak_mb']:.0f} MB | {floor} | {ratio} | {r['target']} |")
    with open(path("results-server.json" if a.server else "results.json"), "w", encoding="utf-8") as f:
        json.dump({"engine": "postgresql" if a.server else "sqlite", "participants": a.participants,
                   "enrolments": a.enrolments, "runs": a.runs,
                   "generate_s": gen_time, "generate_mb": gen_mem, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
