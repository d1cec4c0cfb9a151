#!/usr/bin/env python3
"""Archive-rule probe: how many surname-only misspellings and bare offices given to someone else does `check --archive` catch?

For each article of CORPUS that names a person the archive has in at least two *other* articles, it writes copies
(to a temporary folder, never into the repository) in which every mention of that person, full name or surname, is
replaced by one misspelt bare surname (a doubled letter, two inner letters swapped, an inner letter dropped), imports
the other articles into a temporary archive and checks the copies against it. A case is caught when an
archive-name-variant flag sits on the misspelt word. The unmodified article is checked too: any archive flag on it is
a false alarm.

With --manifest (the corpus's manifest.tsv: id, split, url, date, ...) it also probes offices: for each article that
gives a person an office with its country ("US President Donald Trump") when the other articles establish that
person in it, it writes one copy giving the office to an invented "Hakan Demir" with its country ("US President Hakan
Demir") and one without it ("President Hakan Demir"), and checks both at the article's date; a case is caught when
archive-office-conflict flags it.

    python3 tools/archive-probe/probe.py /work/shared/corpus/articles [--manifest /work/shared/corpus/manifest.tsv]
        [--factcheck path/to/factcheck.dll]
"""
import argparse
import collections
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile


def run(factcheck, *args):
    return subprocess.run(["dotnet", factcheck, *args], capture_output=True, text=True, check=False)


def typos(surname):
    inner = range(1, len(surname) - 1)
    consonant = next((i for i in inner if surname[i].lower() not in "aeiouy"), 1)
    yield "doubled", surname[:consonant] + surname[consonant] + surname[consonant:]
    swap = len(surname) // 2
    if surname[swap] != surname[swap + 1]:
        yield "swapped", surname[:swap] + surname[swap + 1] + surname[swap] + surname[swap + 2:]
    drop = len(surname) // 2
    yield "dropped", surname[:drop] + surname[drop + 1:]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--manifest")
    parser.add_argument("--factcheck", default=os.path.join(os.path.dirname(__file__), "../../src/FactCheck.Cli/bin/Release/net10.0/factcheck.dll"))
    options = parser.parse_args()
    factcheck = os.path.abspath(options.factcheck)
    corpus = os.path.abspath(options.corpus)
    articles = sorted(f for f in os.listdir(corpus) if f.endswith(".txt"))
    work = tempfile.mkdtemp(prefix="archive-probe-")
    try:
        full = os.path.join(work, "all.db")
        run(factcheck, "archive", "import", corpus, "--archive", full)
        people = [(key, display) for key, display in sqlite3.connect(full).execute(
            "SELECT person_key, display FROM spellings WHERE articles >= 2 ORDER BY person_key")]
        totals = collections.Counter()
        caught = collections.Counter()
        misses = []
        false_alarms = []
        for name in articles:
            text = open(os.path.join(corpus, name), encoding="utf-8").read()
            named = [(k, d) for k, d in people if d in text]
            if not named:
                continue
            others = os.path.join(work, "others")
            shutil.rmtree(others, ignore_errors=True)
            os.makedirs(others)
            for other in articles:
                if other != name:
                    shutil.copy(os.path.join(corpus, other), others)
            archive = os.path.join(work, f"without-{name}.db")
            run(factcheck, "archive", "import", others, "--archive", archive)
            counts = {k: c for k, c in sqlite3.connect(archive).execute("SELECT person_key, MAX(articles) FROM spellings GROUP BY person_key")}
            drafts = os.path.join(work, "drafts")
            shutil.rmtree(drafts, ignore_errors=True)
            os.makedirs(drafts)
            shutil.copy(os.path.join(corpus, name), os.path.join(drafts, "original.txt"))
            cases = {}
            for key, display in named:
                surname = display.split(" ")[-1]
                if len(surname) < 5 or counts.get(key, 0) < 2:
                    continue
                for kind, typo in typos(surname):
                    copy = re.sub(rf"\b{re.escape(display)}\b", typo, text)
                    copy = re.sub(rf"\b{re.escape(surname)}\b", typo, copy)
                    file = f"{key.replace(' ', '_')}-{kind}.txt"
                    open(os.path.join(drafts, file), "w", encoding="utf-8").write(copy)
                    cases[file] = (key, counts[key], kind, typo)
            if not cases:
                continue
            out = run(factcheck, "check", drafts, "--archive", archive, "--format", "line", "--fail-on", "none").stdout
            for line in out.splitlines():
                if "original.txt" in line and (" archive-name-variant:" in line or " archive-office-conflict:" in line):
                    false_alarms.append(f"{name}: {line}")
            for file, (key, count, kind, typo) in cases.items():
                band = "3+ articles" if count >= 3 else "2 articles"
                totals[(band, kind)] += 1
                hit = any(file in line and "archive-name-variant" in line and f'"{typo}"' in line for line in out.splitlines())
                caught[(band, kind)] += hit
                if not hit:
                    misses.append(f"{name}: {key} ({count} other articles) as {typo}")
        print("archived elsewhere  typo      caught  total")
        for band, kind in sorted(totals):
            print(f"{band:18}  {kind:8}  {caught[(band, kind)]:6}  {totals[(band, kind)]:5}")
        print(f"false alarms on the unmodified articles: {len(false_alarms)}")
        for line in false_alarms:
            print("  " + line)
        print("missed:")
        for line in misses:
            print("  " + line)
        if options.manifest:
            probe_offices(factcheck, corpus, articles, options.manifest, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


# The country words of the offices the corpus archive establishes, dropped to make a bare office.
COUNTRY_WORDS = {"us", "u.s.", "american", "united", "states", "turkey", "turkish", "greek", "greece", "british", "uk"}


def probe_offices(factcheck, corpus, articles, manifest, work):
    dates = {}
    for line in open(manifest, encoding="utf-8").read().splitlines()[1:]:
        fields = line.split("\t")
        dates[fields[0] + ".txt"] = fields[3]
    import_manifest = os.path.join(work, "dates.tsv")
    open(import_manifest, "w", encoding="utf-8").write("".join(f"{k}\t{v}\n" for k, v in dates.items()))
    full = os.path.join(work, "offices-all.db")
    run(factcheck, "archive", "import", corpus, "--archive", full, "--manifest", import_manifest)
    import json
    holdings = []
    for office_key, person_key, recent in sqlite3.connect(full).execute(
            "SELECT office_key, person_key, recent FROM office_holders WHERE office_key NOT LIKE '%|' AND articles >= 3"):
        for sample in json.loads(recent):
            holdings.append((sample[0], office_key, person_key, sample[3], sample[4]))
    results = collections.Counter()
    for name, office_key, person_key, person_display, office_display in holdings:
        text = open(os.path.join(corpus, name), encoding="utf-8").read()
        written = f"{office_display} {person_display}"
        if written not in text:
            continue
        others = os.path.join(work, "office-others")
        shutil.rmtree(others, ignore_errors=True)
        os.makedirs(others)
        for other in articles:
            if other != name:
                shutil.copy(os.path.join(corpus, other), others)
        archive = os.path.join(work, f"offices-without-{name}.db")
        run(factcheck, "archive", "import", others, "--archive", archive, "--manifest", import_manifest)
        surname = person_display.split(" ")[-1]
        bare_office = " ".join(w for w in office_display.split(" ") if re.sub(r"['\u2019]s$", "", w.lower()) not in COUNTRY_WORDS)
        for kind, office in (("with country", office_display), ("bare", bare_office[:1].upper() + bare_office[1:])):
            copy = text.replace(written, f"{office} Hakan Demir", 1).replace(person_display, "Hakan Demir")
            copy = re.sub(rf"\b{re.escape(surname)}\b", "Demir", copy)
            drafts = os.path.join(work, "office-drafts")
            shutil.rmtree(drafts, ignore_errors=True)
            os.makedirs(drafts)
            open(os.path.join(drafts, name), "w", encoding="utf-8").write(copy)
            out = run(factcheck, "check", drafts, "--archive", archive, "--date", dates[name], "--format", "line", "--fail-on", "none").stdout
            hit = any(" archive-office-conflict:" in line and "Hakan Demir" in line for line in out.splitlines())
            results[(kind, "total")] += 1
            results[(kind, "caught")] += hit
            if not hit:
                print(f"  office missed: {name} ({kind}): {office} Hakan Demir, archive has {person_key} as {office_key}")
    print("office given to another person   caught  total")
    for kind in ("with country", "bare"):
        print(f"{kind:32} {results[(kind, 'caught')]:6}  {results[(kind, 'total')]:5}")


if __name__ == "__main__":
    sys.exit(main())
