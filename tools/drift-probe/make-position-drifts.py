#!/usr/bin/env python3
"""Build a drift set in the ../shared/corpus/drifts format from a folder of plain-text articles, drifting the
positions the shared set leaves out: a possessive ("Morberg's"), after a title ("Ms Morberg"), the surname or the given
name of a repeated full name, and any other later surname mention. Introductions are found by shape alone (a known
given name from the repository's given-names.txt followed by a capitalized word that recurs alone later), so the
set is independent of FactCheck's recognizer, and crude: read the misses before trusting a figure.

usage:  python3 tools/drift-probe/make-position-drifts.py ../shared/corpus/articles /tmp/pos-drifts
        factcheck eval-drifts /tmp/pos-drifts --articles ../shared/corpus/articles [-v]
Standard library only. The output holds copies of the articles: keep it out of the repository.
"""
import glob, json, os, random, re, sys
if len(sys.argv) != 3:
    sys.exit(__doc__)
random.seed(11)
SRC, OUT = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
lexicon = os.path.join(here, "..", "..", "src", "FactCheck.Core", "Names", "Lexicon")
GIVEN = {l.strip() for l in open(os.path.join(lexicon, "given-names.txt"), encoding="utf-8") if l.strip() and not l.startswith("#")}
TITLES = {"Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "President", "Senator", "Governor", "Minister", "Judge", "Professor", "Prof.", "Chancellor", "Mayor", "Coach", "Captain"}
docs = {os.path.basename(p)[:-4]: open(p, encoding="utf-8").read() for p in sorted(glob.glob(SRC + "/*.txt"))}
intro_re = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]{3,})\b")
people = {}
for doc, text in docs.items():
    found, seen = [], set()
    for m in intro_re.finditer(text):
        given, sur = m.group(1), m.group(2)
        if given not in GIVEN or sur in GIVEN or sur in seen:
            continue
        later = [x for x in re.finditer(r"\b" + re.escape(sur) + r"\b", text) if x.start() > m.end()]
        if later:
            seen.add(sur)
            found.append((m, given, sur, later))
    people[doc] = found
all_surnames = sorted({p[2] for ps in people.values() for p in ps})
VOW, CONS = "aeiou", "bcdfghklmnprstvz"
def typo(w):
    i = random.randrange(1, len(w)); c = w[i].lower(); pool = VOW if c in VOW else CONS
    return w[:i] + random.choice([x for x in pool if x != c]) + w[i + 1:]
def near(w):
    inner = [i for i in range(1, len(w) - 1) if w[i] in CONS]
    if not inner: return None
    i = random.choice(inner)
    return random.choice([x for x in "BCDFGHKLMNPRSTVW" if x != w[0]]) + w[1:i] + random.choice([x for x in CONS if x != w[i]]) + w[i + 1:]
def given_drift(w):
    vs = [i for i in range(1, len(w)) if w[i] in VOW]
    if not vs: return None
    i = random.choice(vs); return w[:i] + random.choice([x for x in VOW if x != w[i]]) + w[i + 1:]
os.makedirs(OUT + "/cases", exist_ok=True)
for f in glob.glob(OUT + "/cases/*"): os.remove(f)
rows, n = [], 0
for doc, text in docs.items():
    names = {w for p in people[doc] for w in (p[1], p[2])}
    for (intro, given, sur, later) in people[doc]:
        x = random.choice(later)
        before = text[:x.start()].rstrip()
        prev = before.split()[-1] if before.split() else ""
        after = text[x.end():x.end() + 2]
        if before.endswith(given) and text[x.start() - 1] == " ":
            position = "full-name"
        elif after in ("'s", "’s"):
            position = "possessive"
        elif prev in TITLES:
            position = "after-title"
        elif re.fullmatch(r"[A-Z][a-z]+", prev):
            continue
        else:
            position = "later"
        others = [s for s in all_surnames if s not in names and s.lower() not in text.lower()]
        options = [("near", near(sur)), ("typo", typo(sur)), ("other", random.choice(others) if others else None)]
        if position == "full-name":
            options = options[:2] + [("given-name", given_drift(given))]
        for kind, rep in options:
            if not rep: continue
            start, end = (x.start() - len(given) - 1, x.start() - 1) if kind == "given-name" else (x.start(), x.end())
            name = f"{n:03d}-{position}-{kind}"
            open(f"{OUT}/cases/{name}.txt", "w", encoding="utf-8").write(text[:start] + rep + text[end:])
            # Offsets in UTF-16 code units, as FactCheck reports them.
            offset = len(text[:start].encode("utf-16-le")) // 2
            rows.append(dict(case=name, article=doc, kind="typo" if kind == "given-name" else kind,
                             position="given-name" if kind == "given-name" else position,
                             original=text[start:end], replacement=rep, offset=offset, length=len(rep)))
            n += 1
with open(OUT + "/cases.jsonl", "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r) + "\n")
from collections import Counter
print(len(rows), "cases in", OUT, dict(Counter((r["position"], r["kind"]) for r in rows)))
