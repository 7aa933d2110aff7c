#!/usr/bin/env python3
"""Adds up the groups of one full mutation run (mutation/run.sh) into one score.

    python3 mutation/score.py <out-dir> [--survivors]

Reads <out-dir>/<group>/reports/mutation-report.json for every group, checks that each mutated file was mutated by
exactly one group (a file another group mutates is marked "Removed by mutate filter" in the rest, or lists only mutants
that did not compile: every group compiles the whole project), and prints a
Markdown table per file, then per group and per package: detected (killed or timed out), survived, no coverage, and the score
detected / (detected + survived + no coverage), which is how Stryker counts. Mutants that did not compile and those
Stryker removed itself count neither way. With --survivors it lists every undetected mutant, for reading.
"""
import collections
import json
import pathlib
import sys

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}
MUTATE_FILTER = "Removed by mutate filter"


def package_and_file(path):
    parts = pathlib.PurePosixPath(path).parts
    at = len(parts) - 1 - parts[::-1].index("src")
    return parts[at + 1], "/".join(parts[at + 2:])


def main(argv):
    out = pathlib.Path(argv[1])
    owner = {}
    mutants = {}
    for report in sorted(out.glob("*/reports/mutation-report.json")):
        group = report.parent.parent.name
        data = json.loads(report.read_text())
        for path, entry in data["files"].items():
            own = [m for m in entry["mutants"] if m.get("statusReason") != MUTATE_FILTER]
            # Stryker compiles the whole project in every group, so a group's report can list another group's files
            # with only mutants that did not compile: a file belongs to the group that tested its mutants.
            if all(m["status"] == "CompileError" for m in own):
                continue
            key = package_and_file(path)
            if key in owner:
                sys.exit(f"{key[0]}/{key[1]} was mutated by both {owner[key]} and {group}")
            owner[key] = group
            mutants[key] = own

    packages = collections.defaultdict(lambda: collections.Counter())
    groups = collections.defaultdict(lambda: collections.Counter())
    print("| Package | File | Group | Detected | Survived | No coverage | Score |")
    print("|---|---|---|---:|---:|---:|---:|")
    for (package, file), own in sorted(mutants.items()):
        count = collections.Counter(m["status"] for m in own)
        detected = sum(count[s] for s in DETECTED)
        undetected = sum(count[s] for s in UNDETECTED)
        packages[package].update(count)
        groups[owner[(package, file)]].update(count)
        if detected + undetected:
            score = 100 * detected / (detected + undetected)
            print(f"| {package} | `{file}` | {owner[(package, file)]} | {detected} | {count['Survived']} | "
                  f"{count['NoCoverage']} | {score:.1f} % |")

    print()
    print("| Group | Killed | Timed out | Survived | No coverage | Compile error | Ignored | Score |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for group, count in sorted(groups.items()):
        print(row(group, count))

    print()
    print("| Package | Killed | Timed out | Survived | No coverage | Compile error | Ignored | Score |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    total = collections.Counter()
    for package, count in sorted(packages.items()):
        total.update(count)
        print(row(package, count))
    print(row("**All**", total))

    if "--survivors" in argv:
        print()
        for (package, file), own in sorted(mutants.items()):
            for m in own:
                if m["status"] in UNDETECTED:
                    line = m["location"]["start"]["line"]
                    replacement = m.get("replacement", "").replace("\n", " ")[:120]
                    print(f"{package}/{file}:{line} {m['status']} {m['mutatorName']}: {replacement}")


def row(name, count):
    detected = sum(count[s] for s in DETECTED)
    undetected = sum(count[s] for s in UNDETECTED)
    score = 100 * detected / (detected + undetected) if detected + undetected else 0
    return (f"| {name} | {count['Killed']} | {count['Timeout']} | {count['Survived']} | {count['NoCoverage']} | "
            f"{count['CompileError']} | {count['Ignored']} | {score:.2f} % |")


if __name__ == "__main__":
    main(sys.argv)
