#!/usr/bin/env python3
"""Build a second drift set, in the format of ../shared/corpus/drifts, from the GUM training documents: news and
interview texts FactCheck's rules were not written on, with a drift in every position a later mention takes (a later
surname alone, the surname or the given name of a repeated full name, after a title, a possessive), of the three
kinds (near: first letter and an inner consonant changed; typo: one letter; other: a surname from another document).
A development signal for generalization, not a target: the generator is crude (it drifts every later occurrence of an
introduced surname, including "the Santorum cocktail"), so read the misses before trusting a figure.

usage:  python3 tools/drift-probe/make-gum-drifts.py ../shared/corpus/gum-train /tmp/gum-drifts
        factcheck eval-drifts /tmp/gum-drifts --articles /tmp/gum-drifts/articles [-v]
Standard library only. The output holds copies of CC BY texts: keep it out of the repository.
"""
import os, re, json, random, glob, sys
if len(sys.argv) != 3:
    sys.exit(__doc__)
random.seed(7)
SRC = sys.argv[1]
OUT = sys.argv[2]
docs = {}
for path in sorted(glob.glob(SRC + "/*.conllu")):
    doc = os.path.basename(path)[:-7]
    genre = doc.split("_")[1]
    if genre not in ("news", "interview"):
        continue
    text = []; toks = []  # (start,end,form,xpos,entity_person_open)
    pos = 0; first_par = True; skip_until = 0
    stack = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# newpar") and not line.startswith("# newpar_block"):
            if not first_par:
                text.append("\n\n"); pos += 2
            first_par = False
            continue
        if line.startswith("# sent_id"):
            skip_until = 0
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue
        if "-" in cols[0]:
            a, b = map(int, cols[0].split("-")); skip_until = b
            form = cols[1]; misc = cols[9]
            text.append(form); toks.append((pos, pos+len(form), form, "MWT", "")); pos += len(form)
            if "SpaceAfter=No" not in misc:
                text.append(" "); pos += 1
            continue
        if int(cols[0]) <= skip_until:
            continue
        form, xpos, misc = cols[1], cols[4], cols[9]
        ent = ""
        m = re.search(r"Entity=([^|]*)", misc)
        if m: ent = m.group(1)
        text.append(form); toks.append((pos, pos+len(form), form, xpos, ent)); pos += len(form)
        if "SpaceAfter=No" not in misc:
            text.append(" "); pos += 1
    docs[doc] = ("".join(text), toks)

TITLES = {"Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "President", "Senator", "Governor", "Minister", "Judge", "Professor", "Prof."}
def cap(w): return re.fullmatch(r"[A-Z][a-z]{3,}", w) is not None
surnames_all = []
people = {}
for doc, (text, toks) in docs.items():
    ps = []
    for i in range(len(toks) - 1):
        g, s = toks[i], toks[i+1]
        if g[3] == "NNP" and s[3] == "NNP" and cap(g[2]) and cap(s[2]) and "person" in (g[4] + s[4]) and (i+2 >= len(toks) or toks[i+2][3] != "NNP") and (i == 0 or toks[i-1][3] != "NNP"):
            ps.append((i, g[2], s[2]))
    seen = set(); uniq = []
    for p in ps:
        if p[2] not in seen:
            seen.add(p[2]); uniq.append(p)
    people[doc] = uniq
    surnames_all += [p[2] for p in uniq]

VOW = "aeiou"; CONS = "bcdfghklmnprstvz"
def typo(w):
    i = random.randrange(1, len(w)); c = w[i].lower()
    pool = VOW if c in VOW else CONS
    r = random.choice([x for x in pool if x != c]); return w[:i] + r + w[i+1:]
def near(w):
    f = random.choice([x for x in "BCDFGHKLMNPRSTVW" if x != w[0]])
    inner = [i for i in range(1, len(w)-1) if w[i].lower() in CONS]
    if not inner: return None
    i = random.choice(inner); r = random.choice([x for x in CONS if x != w[i].lower()])
    return f + w[1:i] + r + w[i+1:]
def given_drift(w):
    vs = [i for i in range(1, len(w)) if w[i] in VOW]
    if not vs: return None
    i = random.choice(vs); r = random.choice([x for x in VOW if x != w[i]]); return w[:i] + r + w[i+1:]

cases = []
os.makedirs(OUT + "/cases", exist_ok=True); os.makedirs(OUT + "/articles", exist_ok=True)
for f in glob.glob(OUT + "/cases/*") + glob.glob(OUT + "/articles/*"): os.remove(f)
n = 0
for doc, (text, toks) in docs.items():
    open(f"{OUT}/articles/{doc}.txt", "w", encoding="utf-8").write(text)
    for (i, given, sur) in people[doc]:
        later = [j for j in range(i+2, len(toks)) if toks[j][2] == sur]
        for j in later:
            prev = toks[j-1][2]; nxt = toks[j+1][2] if j+1 < len(toks) else ""
            if prev == given:
                position = "full-name"
            elif nxt in ("'s", "'", "’s", "’"):
                position = "possessive"
            elif prev in TITLES:
                position = "after-title"
            elif toks[j-1][3] == "NNP":
                continue
            else:
                position = "later"
            options = []
            if position == "full-name":
                options = [("typo", typo(sur)), ("near", near(sur))]
                gd = given_drift(given)
                if gd: options.append(("given-name", gd))
            else:
                others = [s for s in surnames_all if s not in sum(([p[1], p[2]] for p in people[doc]), []) and s.lower() not in text.lower()]
                options = [("near", near(sur)), ("typo", typo(sur)), ("other", random.choice(others) if others else None)]
            for kind, rep in options:
                if not rep: continue
                if kind == "given-name":
                    start, end = toks[j-1][0], toks[j-1][1]
                else:
                    start, end = toks[j][0], toks[j][1]
                new = text[:start] + rep + text[end:]
                name = f"{n:03d}-{position}-{kind}"
                open(f"{OUT}/cases/{name}.txt", "w", encoding="utf-8").write(new)
                cases.append(dict(case=name, doc=doc, position=position, kind=kind, original=text[start:end], replacement=rep, offset=start))
                n += 1
with open(OUT + "/cases.jsonl", "w", encoding="utf-8") as out:
    for c in cases:
        kind = "typo" if c["kind"] == "given-name" else c["kind"]
        position = "given-name" if c["kind"] == "given-name" else c["position"]
        out.write(json.dumps(dict(case=c["case"], article=c["doc"], kind=kind, position=position, original=c["original"],
                                  replacement=c["replacement"], offset=c["offset"], length=len(c["replacement"]))) + "\n")
from collections import Counter
print(len(cases), "cases in", OUT, dict(Counter((c["position"], c["kind"]) for c in cases)))
