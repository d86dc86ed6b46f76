#!/usr/bin/env bash
# Fails when a message in a translation catalogue is unfinished or empty, naming each one.
# Usage: scripts/check-translations.sh [file.ts ...]   (default: translations/*.ts)
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
if [[ $# -eq 0 ]]; then
    set -- "$here"/translations/*.ts
fi

python3 - "$@" <<'PY'
import sys
import xml.etree.ElementTree as ET

bad = 0
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    total = 0
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            total += 1
            forms = tr.findall("numerusform") if tr is not None else []
            texts = [f.text or "" for f in forms] if forms else [(tr.text or "") if tr is not None else ""]
            if kind == "unfinished" or any(not t.strip() for t in texts):
                bad += 1
                print(f"{path}: [{name}] {msg.findtext('source', '')!r} is not translated")
    print(f"{path}: {total} messages checked")
sys.exit(1 if bad else 0)
PY
