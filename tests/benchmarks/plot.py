#!/usr/bin/python3
"""How each cost of scripts/bench grows with the size of the file: one line per figure, Arwain (solid)
and its SQLite floor (dashed), seconds against enrolments, both axes logarithmic.

Usage: plot.py OUT.png RESULTS.json [RESULTS.json ...]
       (the results.json that scale.py writes beside its databases, one per size)
Needs Debian's python3-matplotlib (apt-get install python3-matplotlib); only docs/ use the plot.
"""
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

# Okabe–Ito colours, as the app's charts use.
COLOURS = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
SHOWN = ["import participants", "import enrolments", "export enrolments", "export attendance",
         "stats --by cohort"]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, files = sys.argv[1], sys.argv[2:]
    runs = sorted((json.load(open(f, encoding="utf-8")) for f in files), key=lambda r: r["enrolments"])
    sizes = [r["enrolments"] for r in runs]
    fig, ax = plt.subplots(figsize=(8, 5), dpi=110)
    for i, figure in enumerate(SHOWN):
        ours = [next((row["arwain_s"] for row in r["rows"] if row["figure"] == figure), None) for r in runs]
        floor = [next((row["floor_s"] for row in r["rows"] if row["figure"] == figure), None) for r in runs]
        colour = COLOURS[i % len(COLOURS)]
        ax.plot(sizes, ours, marker="o", color=colour, label=f"{figure}: Arwain")
        ax.plot(sizes, floor, marker="s", linestyle="--", color=colour, label=f"{figure}: SQLite floor")
    generate = [r["generate_s"] for r in runs]
    ax.plot(sizes, generate, marker="^", color=COLOURS[-1], label="generate (no floor)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("enrolments in the file (people: a fifth of that)")
    ax.set_ylabel("seconds, whole process (median)")
    ax.set_title("Arwain against SQLite doing the same work, as the file grows")
    ax.grid(True, which="both", linewidth=0.3)
    ax.legend(fontsize=7, ncol=2)
    fig.tight_layout()
    fig.savefig(out)
    print(out)


if __name__ == "__main__":
    main()
