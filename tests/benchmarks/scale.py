#!/usr/bin/python3
"""Arwain at a nation's size, against its floor: SQLite itself doing the same work.

Generates a database (200,000 people and 1,000,000 enrolments unless told otherwise), then times each
figure as whole processes, `arwain-cli` and the `sqlite3` shell running plain SQL over the same schema
(tests/benchmarks/floor/*.sql), the median of --runs runs each, in the same run of this script. Prints
one table (figure, Arwain, its peak memory, the floor, the ratio, the target) and writes it as JSON
beside the databases. Asserts no times: a ratio over its target is reported, not failed.

Usage: scale.py ARWAIN_CLI [--participants N] [--enrolments M] [--runs R] [--work DIR]
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


def floor_sql(name, **values):
    with open(os.path.join(FLOOR, name), encoding="utf-8") as f:
        text = f.read()
    for key, value in values.items():
        text = text.replace(":" + key, str(value))
    return text


def run_floor(db, name, **values):
    script = floor_sql(name, **values).encode()
    r, w = os.pipe()
    os.write(w, script)
    os.close(w)
    try:
        return timed(["sqlite3", "-bail", db], stdin=r)
    finally:
        os.close(r)


def fresh(template, target):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(target + suffix):
            os.remove(target + suffix)
    shutil.copyfile(template, target)
    return target


def count(db, table):
    out = subprocess.run(["sqlite3", db, f"SELECT count(*) FROM {table}"], capture_output=True, text=True,
                         check=True)
    return int(out.stdout.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("--participants", type=int, default=200000)
    ap.add_argument("--enrolments", type=int, default=1000000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", default=None)
    ap.add_argument("--year", type=int, default=2024)
    a = ap.parse_args()
    cli = a.cli
    work = a.work or os.path.join(os.path.dirname(os.path.abspath(cli)), "scale")
    os.makedirs(work, exist_ok=True)
    path = lambda name: os.path.join(work, name)

    def arwain(*args, **kw):
        return timed([cli, *args], **kw)

    big = path("big.arwain")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(big + suffix):
            os.remove(big + suffix)
    print(f"Generating {a.participants} participants and {a.enrolments} enrolments in {work} …", file=sys.stderr)
    gen_time, gen_mem = arwain("generate", big, "--participants", str(a.participants), "--enrolments",
                               str(a.enrolments), "--seed", "1")
    for kind in ("organisations", "participants", "cohorts", "enrolments"):
        arwain("export", kind, big, "-o", path(kind + ".csv"))

    # Templates: the organisations only (for importing people); then the people and cohorts too (for
    # importing enrolments). Made once, copied before every run.
    people_template = path("template-people.arwain")
    enrol_template = path("template-enrolments.arwain")
    for t in (people_template, enrol_template):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(t + suffix):
                os.remove(t + suffix)
    arwain("init", people_template)
    arwain("import", "organisations", people_template, path("organisations.csv"))
    shutil.copyfile(people_template, enrol_template)
    arwain("import", "participants", enrol_template, path("participants.csv"))
    arwain("import", "cohorts", enrol_template, path("cohorts.csv"))

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

    work_db = path("work.arwain")
    counts = {}

    def same_rows(*tables):
        def check(who):
            counts[who] = tuple(count(work_db, t) for t in tables)
            if who == "floor" and counts["floor"] != counts["arwain"]:
                sys.exit(f"scale.py: the floor wrote {counts['floor']} rows of {tables}, Arwain {counts['arwain']}")
        return check

    measure("import participants", "≤ 1.5×",
            lambda: arwain("import", "participants", fresh(people_template, work_db), path("participants.csv")),
            lambda: run_floor(fresh(people_template, work_db), "import-participants.sql",
                              file=path("participants.csv")),
            same_rows("participant"))
    measure("import enrolments", "≤ 1.5×, ≤ 200 MB",
            lambda: arwain("import", "enrolments", fresh(enrol_template, work_db), path("enrolments.csv")),
            lambda: run_floor(fresh(enrol_template, work_db), "import-enrolments.sql", file=path("enrolments.csv")),
            same_rows("enrolment", "status_history"))
    for kind in ("participants", "cohorts", "enrolments", "sessions", "attendance", "feedback", "network"):
        out = path("out.csv")
        measure(f"export {kind}", "≤ 1.0×",
                lambda: arwain("export", kind, big, "-o", out),
                lambda: run_floor(big, f"export-{kind}.sql", out=out))
    measure(f"stats --year {a.year}", "≤ 0.1×",
            lambda: arwain("stats", big, "--year", str(a.year)),
            lambda: run_floor(big, "stats-year.sql", year=a.year, next=a.year + 1))
    measure("stats --by cohort", "≤ 0.1×",
            lambda: arwain("stats", big, "--by", "cohort"),
            lambda: run_floor(big, "stats-by-cohort.sql"))
    measure(f"stats --year {a.year} --by region", "≤ 1.0×",
            lambda: arwain("stats", big, "--year", str(a.year), "--by", "region"),
            lambda: run_floor(big, "stats-by-region.sql", year=a.year, next=a.year + 1))

    print()
    print(f"{a.participants:,} participants, {a.enrolments:,} enrolments; medians of {a.runs} runs, whole processes;"
          f" generate took {gen_time:.1f} s ({gen_mem:.0f} MB)")
    print()
    print("| figure | Arwain | peak memory | SQLite floor | ratio | target |")
    print("|---|---:|---:|---:|---:|---|")
    for r in rows:
        floor = f"{r['floor_s']:.2f} s" if r["floor_s"] is not None else "–"
        ratio = f"{r['ratio']:.2f}×" if r["ratio"] is not None else "–"
        print(f"| {r['figure']} | {r['arwain_s']:.2f} s | {r['peak_mb']:.0f} MB | {floor} | {ratio} | {r['target']} |")
    with open(path("results.json"), "w", encoding="utf-8") as f:
        json.dump({"participants": a.participants, "enrolments": a.enrolments, "runs": a.runs,
                   "generate_s": gen_time, "generate_mb": gen_mem, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
