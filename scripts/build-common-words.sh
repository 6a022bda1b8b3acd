#!/usr/bin/env bash
# Rebuilds src/main/resources/extract/common-words.txt.gz: the English words that a dictionary spells only in lower case
# (it lists proper names capitalised: "Stone", "Jack" and "Mark" are also names, "board" and "safety" are not), from
# Debian's wamerican 2020.12.07-2 (SCOWL; `apt-get install wamerican`). Reproducible: the same package gives the same file.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dict=/usr/share/dict/american-english
# Plain lower-case ASCII words of three letters or more, whose capitalised form the dictionary does not list as a name.
LC_ALL=C awk 'NR == FNR { seen[$0] = 1; next }
  /^[a-z][a-z][a-z]+$/ { cap = toupper(substr($0, 1, 1)) substr($0, 2); if (!(cap in seen)) print }' "$dict" "$dict" \
  | LC_ALL=C sort -u | gzip -9n > "$root/src/main/resources/extract/common-words.txt.gz"
zcat "$root/src/main/resources/extract/common-words.txt.gz" | wc -l -c
