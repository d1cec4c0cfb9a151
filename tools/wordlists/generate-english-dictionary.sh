#!/usr/bin/env bash
# Regenerates src/FactCheck.Core/Names/Lexicon/english-dictionary.tsv from SCOWL.
#
#   apt-get install -y scowl          # Debian/Ubuntu package, installs /usr/share/dict/scowl/
#   tools/wordlists/generate-english-dictionary.sh [scowl-dir] [output-file]
#
# Also writes english-dictionary.NOTICE.md beside the output, from the template here and the package's
# copyright file, so the recorded version and licence text always match the data.
#
# Output: one line per folded word, "word<TAB>common<TAB>proper", sorted (LC_ALL=C), where common is the lowest
# SCOWL size level at which the word is an ordinary lower-case word and proper the lowest level at which it is a
# capitalized word or proper name; "-" when it is not one. Keys are folded like NameFolding.Fold in C# (ASCII,
# lower case, apostrophes dropped) so lookups need no second normalisation.
set -euo pipefail
export LC_ALL=C

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scowl_dir="${1:-/usr/share/dict/scowl}"
output="${2:-$repo_root/src/FactCheck.Core/Names/Lexicon/english-dictionary.tsv}"
# Ordinary words stop at 70, SCOWL's "large" size and the largest its author recommends for spell checking.
# Level 80 adds 140k obscure forms ("bayles", "cremorne", lower-case "paris" and "bangkok") that would make
# surnames and places look like ordinary words; 95 is junk. Proper names go on to 80: there the extra entries
# are real towns and surnames (Stickney, Shelbyville), and calling a rare word a name costs little.
common_max_level=70
proper_max_level=80

if [[ ! -d "$scowl_dir" ]]; then
  echo "SCOWL not found at $scowl_dir (apt-get install -y scowl)" >&2
  exit 2
fi

scowl_version="$(dpkg-query -W -f='${Version}' scowl 2>/dev/null || echo unknown)"

copyright_file=/usr/share/doc/scowl/copyright
if [[ ! -f "$copyright_file" ]]; then
  echo "SCOWL copyright file not found at $copyright_file" >&2
  exit 2
fi

python3 - "$scowl_dir" "$output" "$common_max_level" "$proper_max_level" "$scowl_version" \
  "$repo_root/tools/wordlists/english-dictionary.NOTICE.template.md" "$copyright_file" <<'PY'
import os, re, sys, unicodedata

scowl_dir, output, version = sys.argv[1], sys.argv[2], sys.argv[5]
max_level = {"common": int(sys.argv[3]), "proper": int(sys.argv[4])}

# Letters NFKD does not decompose; values as AnyAscii (used by NameFolding) transliterates them.
EXTRA = {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
         "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"}
APOSTROPHES = "'\u2019`"

def fold(word):
    ascii_chars = []
    for c in unicodedata.normalize("NFKD", word):
        if unicodedata.combining(c):
            continue
        ascii_chars.append(EXTRA.get(c, c))
    text = "".join(ascii_chars)
    out, pending_space = [], False
    for c in text:
        if not c.isascii():
            sys.exit(f"no ASCII folding for {c!r} in {word!r}: add it to EXTRA")
        if c.isalnum():
            if pending_space and out:
                out.append(" ")
            pending_space = False
            out.append(c.lower())
        elif c in APOSTROPHES:
            pass
        else:
            pending_space = True
    return "".join(out)

# Which SCOWL list kinds feed which column. Abbreviations (Mr, etc, cum) and the special-* lists (hacker
# jargon, roman numerals) are left out: titles live in the curated lexicon, and "AIDS" or "XIV" are not the
# ordinary-word-versus-name question.
KINDS = {"words": "common", "contractions": "common", "proper-names": "proper", "upper": "proper"}
name_pattern = re.compile(r"^(?P<region>[a-z_0-9]+)-(?P<kind>words|contractions|proper-names|upper)\.(?P<level>\d+)$")

# Per column: level from entries without an apostrophe, and from entries with one. Folding drops apostrophes,
# so "he'll" would otherwise make "hell" a level-10 word; apostrophe entries only fill keys nothing else has.
levels = {"common": ({}, {}), "proper": ({}, {})}
files = []
for name in sorted(os.listdir(scowl_dir)):
    m = name_pattern.match(name)
    if not m:
        continue
    column = KINDS[m["kind"]]
    if int(m["level"]) > max_level[column]:
        continue
    files.append(name)
    level = int(m["level"])
    with open(os.path.join(scowl_dir, name), encoding="utf-8") as f:
        for line in f:
            entry = line.strip()
            if not entry:
                continue
            key = fold(entry)
            if not key or " " in key:
                continue
            plain, with_apostrophe = levels[column]
            target = with_apostrophe if any(a in entry for a in APOSTROPHES) else plain
            if level < target.get(key, 1000):
                target[key] = level

def merged(column):
    plain, with_apostrophe = levels[column]
    result = dict(with_apostrophe)
    result.update(plain)
    return result

common, proper = merged("common"), merged("proper")
keys = sorted(set(common) | set(proper))
os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
with open(output, "w", encoding="utf-8", newline="\n") as out:
    out.write(f"# SCOWL {version} (Kevin Atkinson, wordlist.sourceforge.net), ordinary words to level {max_level['common']}, "
              f"proper names to {max_level['proper']}; "
              "see english-dictionary.NOTICE.md. Generated by tools/wordlists/generate-english-dictionary.sh.\n")
    out.write("# word\tcommon-level\tproper-level\n")
    for key in keys:
        out.write(f"{key}\t{common.get(key, '-')}\t{proper.get(key, '-')}\n")
with open(sys.argv[6], encoding="utf-8") as f:
    notice = f.read()
with open(sys.argv[7], encoding="utf-8") as f:
    copyright_text = f.read().rstrip("\n")
notice_path = os.path.join(os.path.dirname(os.path.abspath(output)), "english-dictionary.NOTICE.md")
with open(notice_path, "w", encoding="utf-8", newline="\n") as out:
    out.write(notice.replace("@VERSION@", version).replace("@COPYRIGHT@", copyright_text))
print(f"{len(keys)} words from {len(files)} SCOWL files -> {output}", file=sys.stderr)
PY
