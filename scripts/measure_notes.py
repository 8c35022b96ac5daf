"""Measure show-notes extraction on the real-world corpus, against ground truth that the
notes themselves state (not against podnotes' own output):

- chapters: Syntax's ``[MM:SS](#t=MM:SS) Title`` lines and Rustacean Station's
  ``[@MM:SS] - Title`` lines, in the files that have them (start and title must match);
- guests: Syntax's ``guest:`` front matter (a file without one has no guest) with the
  show's hosts passed as ``hosts``, and Jupiter Broadcasting's ``guests``/``hosts``
  front matter (slugs such as ``jacob-roecker``);
- links: every ``[label](http...)`` target in every note must be found (recall), and
  its label must be the link's words.

Run:  python scripts/measure_notes.py [CORPUS_NOTES_DIR]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import attrs

import podnotes
from podnotes import Person
from podnotes._values import parse_duration

NOTES = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "notes"
SYNTAX_HOSTS = ("Scott Tolinski", "Wes Bos")
SYNTAX_CHAPTER = re.compile(
    r"^\s*[-*]?\s*(?:\*\*)?\[(\d+:\d+(?::\d+)?)\]\(#t=[^)]*\)(?:\*\*)?\s*[-–—:]?\s*(.*)$", re.M
)
RUSTACEAN_CHAPTER = re.compile(r"^\s*[-*]?\s*\[@(\d+:\d+(?::\d+)?)\]\s*[-–—:]?\s*(.*)$", re.M)
MARKDOWN_LINK = re.compile(r"(?<!!)\[([^\[\]\n]+)\]\((https?://[^()\s]+)(?:\s+\"[^\"]*\")?\)")
SYNTAX_GUEST = re.compile(r"^\s*-?\s*name:\s*(.+?)\s*$", re.M)


@attrs.define
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    def add(self, truth: set[object], found: set[object]) -> None:
        self.true_positive += len(truth & found)
        self.false_positive += len(found - truth)
        self.false_negative += len(truth - found)

    @property
    def precision(self) -> float:
        return self.true_positive / max(1, self.true_positive + self.false_positive)

    @property
    def recall(self) -> float:
        return self.true_positive / max(1, self.true_positive + self.false_negative)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, what: str) -> str:
        return (
            f"| {what} | {self.precision:.3f} | {self.recall:.3f} | {self.f1:.3f} | "
            f"{self.true_positive} | {self.false_positive} | {self.false_negative} |"
        )


def _normal(text: str | None) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text or "")
    return " ".join(text.replace("*", "").replace("`", "").strip(" -–—:").split()).lower()


def _front_matter(text: str) -> tuple[str, str]:
    if text.startswith("---"):
        _, header, body = text.split("---", 2)
        return header, body
    return "", text


def _jupiter(text: str) -> tuple[dict[str, object], str]:
    header, end = json.JSONDecoder().raw_decode(text)
    if not isinstance(header, dict):
        return {}, text
    return header, str(header.get("description", "")) + "\n\n" + text[end:]


def _files(folder: Path, prefix: str) -> Iterator[Path]:
    yield from sorted(path for path in folder.iterdir() if path.name.startswith(prefix))


def measure_chapters(folder: Path) -> Score:
    score = Score()
    for prefix, pattern in (("syntaxfm", SYNTAX_CHAPTER), ("rustacean", RUSTACEAN_CHAPTER)):
        for path in _files(folder, prefix):
            _, body = _front_matter(path.read_text(errors="replace"))
            lines = pattern.findall(body)
            if not lines:
                continue
            truth: set[object] = {(parse_duration(t), _normal(title)) for t, title in lines}
            found: set[object] = {
                (chapter.start, _normal(chapter.title))
                for chapter in podnotes.extract(body).chapters
            }
            score.add(truth, found)
    return score


def _slug_name(slug: str) -> str:
    return slug.replace("-", " ").replace("_", " ").lower()


def _key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if c.isalnum())


_HONORIFIC: Final = re.compile(r"^(?:dr|prof|mr|mrs|ms)\.?\s+", re.IGNORECASE)
_QUOTED: Final = re.compile(r"\s*['\"“‘]([^'\"”’]+)['\"”’]\s*")


def _truth_keys(truth: str) -> set[str]:
    """Keys of a truth name: "Dr. Courtney Tolinski" without the honorific, and
    "Christopher 'Vjeux' Chedeau" as its name and as its nickname."""
    name = _HONORIFIC.sub("", truth.strip())
    keys = {_key(_QUOTED.sub(" ", name))}
    keys.update(_key(nickname) for nickname in _QUOTED.findall(name))
    return keys


def _same_person(found: Person, truth: str) -> bool:
    """Jupiter's truth is a slug ("timcanham", "popey"): compare without spaces or dots,
    and against a nickname; a first name alone matches a full name."""
    keys = _truth_keys(truth)
    if _key(found.name) in keys or (found.nickname and _key(found.nickname) in keys):
        return True
    if " " not in truth.strip():
        # A slug: "cassidyjames" is "Cassidy", "geerling" is "Jeff Geerling".
        slug, name = _key(truth), _key(found.name)
        return slug.startswith(name) or slug in name
    found_words = found.name.lower().split()
    truth_words = _QUOTED.sub(" ", _HONORIFIC.sub("", truth)).lower().split()
    return found_words[:1] == truth_words[:1] and (len(found_words) == 1 or len(truth_words) == 1)


def _score_people(score: Score, truth: list[str], found: tuple[Person, ...]) -> None:
    matched = [f for f in found if any(_same_person(f, t) for t in truth)]
    score.true_positive += sum(1 for t in truth if any(_same_person(f, t) for f in found))
    score.false_negative += sum(1 for t in truth if not any(_same_person(f, t) for f in found))
    score.false_positive += len(found) - len(matched)


def measure_guests(folder: Path) -> tuple[Score, Score, Score]:
    syntax, jupiter, jupiter_named = Score(), Score(), Score()
    for path in _files(folder, "syntaxfm"):
        header, body = _front_matter(path.read_text(errors="replace"))
        guest_block = header.split("guest:", 1)[1] if "guest:" in header else ""
        truth = SYNTAX_GUEST.findall(guest_block)
        found = podnotes.extract(body, hosts=SYNTAX_HOSTS).guests
        _score_people(syntax, truth, found)
    for path in _files(folder, "JupiterBroadcasting"):
        front, text = _jupiter(path.read_text(errors="replace"))
        hosts = [_slug_name(str(slug)) for slug in _list(front, "hosts")]
        truth = [_slug_name(str(slug)) for slug in _list(front, "guests")]
        found = podnotes.extract(text, hosts=hosts).guests
        _score_people(jupiter, truth, found)
        # Most guests in Jupiter's front matter are never named in the notes: score the
        # named ones apart, as what a reader of the text could find.
        folded = _key(text)
        _score_people(jupiter_named, [t for t in truth if _key(t) in folded], found)
    return syntax, jupiter, jupiter_named


def _list(header: dict[str, object], name: str) -> list[object]:
    value = header.get(name)
    return value if isinstance(value, list) else []


def measure_links(folder: Path) -> tuple[int, int, int]:
    """(links in the notes, found, found with the link's words as label)."""
    total = found_count = labelled = 0
    for path in sorted(folder.iterdir()):
        text = path.read_text(errors="replace")
        if path.name.startswith("JupiterBroadcasting"):
            _, text = _jupiter(text)
        else:
            _, text = _front_matter(text)
        links = {link.url: link for link in podnotes.extract(text).links}
        for label, url in MARKDOWN_LINK.findall(text):
            total += 1
            link = links.get(url.replace("&amp;", "&"))
            if link is not None:
                found_count += 1
                labelled += link.label == label.strip()
    return total, found_count, labelled


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else NOTES
    if not folder.is_dir():
        print(f"no corpus notes at {folder}", file=sys.stderr)
        return 2
    chapters = measure_chapters(folder)
    syntax, jupiter, jupiter_named = measure_guests(folder)
    both = Score(
        syntax.true_positive + jupiter_named.true_positive,
        syntax.false_positive + jupiter_named.false_positive,
        syntax.false_negative + jupiter_named.false_negative,
    )
    total, found, labelled = measure_links(folder)
    print("| what | precision | recall | F1 | TP | FP | FN |")
    print("|---|---|---|---|---|---|---|")
    print(chapters.line("chapters (start and title)"))
    print(syntax.line("guests, Syntax"))
    print(jupiter.line("guests, Jupiter Broadcasting, all in the front matter"))
    print(jupiter_named.line("guests, Jupiter Broadcasting, named in the notes"))
    print(both.line("guests, Syntax and Jupiter named"))
    print()
    print(
        f"Links: {found}/{total} Markdown links found (recall {found / max(1, total):.3f}); "
        f"{labelled} of them labelled with the link's own words ({labelled / max(1, found):.3f})."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
