"""Time podnotes.extract on 1 MB adversarial strings (the table in docs/extraction.md).

Run:  python scripts/adversarial_notes.py
"""

from __future__ import annotations

import time

import podnotes

CASES = {
    "digits-colons": "1:2" * 350000,
    "digit runs": "12:34:56 " * 120000,
    "a.": "a." * 500000,
    "url-like": "http://a.b/" * 100000,
    "www": "www.a." * 170000,
    "emails": "a@b." * 250000,
    "at": "@" * 1000000,
    "brackets": "[(" * 500000,
    "md": "[a](" * 250000,
    "tags": "<a href=" * 125000,
    "comment": "<!--" * 250000,
    "names": "sits down with " + "Ann, " * 200000,
    "joins": "Ann Lee joins us " * 60000,
    "cue spam": "talks with " * 100000,
    "caps": "Aa " * 330000,
    "timestamps run-on": "".join(f"Title {i} {i // 60}:{i % 60:02d} " for i in range(60000)),
    "html lines": "<p>00:00 x</p>" * 70000,
    "dash labels": "Label - " * 125000,
    "colons": "a: " * 330000,
    "parens": "Pascal (" * 125000,
}


def main() -> None:
    for name, text in CASES.items():
        started = time.perf_counter()
        podnotes.extract(text[:1_000_000])
        print(f"{name:20} {time.perf_counter() - started:.3f}s")


if __name__ == "__main__":
    main()
