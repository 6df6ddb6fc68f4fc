"""Fill the unfinished entries of the Indonesian .ts file from JSON files of {English: Indonesian}.

Usage: python scripts/fill_translations.py words.json [more.json ...]
Run `make translations` before (to collect new strings) and after (to build the .qm).
Entries with no translation in the files are listed, so nothing is left unfinished unnoticed.
The file is edited as text, so lupdate's own layout stays as it is.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

TS_FILE = Path(__file__).resolve().parent.parent / "resources" / "translations" / "desmigratif_id.ts"
UNFINISHED = re.compile(
    r"(<source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
    r'<translation type="unfinished">[^<]*</translation>',
)


def main(json_files: list[str]) -> int:
    words: dict[str, str] = {}
    for name in json_files:
        words.update(json.loads(Path(name).read_text(encoding="utf-8")))
    missing: list[str] = []

    def fill(found: re.Match[str]) -> str:
        source = html.unescape(found["source"])
        if source not in words:
            missing.append(source)
            return found[0]
        return f"{found[1]}<translation>{escape(words[source], {chr(39): '&apos;'})}</translation>"

    text = TS_FILE.read_text(encoding="utf-8")
    TS_FILE.write_text(UNFINISHED.sub(fill, text), encoding="utf-8")
    for source in missing:
        print(f"no translation: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
