"""Build the given-name lexicon shipped as ``src/podnotes/data/given_names.txt``.

The sources are build-time tools only, never runtime dependencies of podnotes:

    pip install names faker
    python scripts/build_given_names.py [--output PATH]

- ``names`` (PyPI) carries the US Census Bureau 1990 first-name lists ``dist.male.first`` and
  ``dist.female.first``, which are public domain (the package's own code is MIT);
- ``faker`` (PyPI, MIT licence) carries first-name lists for many locales, read here from the
  ``first_*names*`` attributes that each ``faker.providers.person.<locale>.Provider`` class
  defines itself (inherited placeholders such as the base class's "John"/"Jane" are skipped).

Only single-word names written in Latin script are kept: letters (diacritics included), with a
hyphen or an apostrophe allowed between letters ("Jean-Luc", "Zoë", "D'Andre"), two characters
at least; a name written in ASCII needs a vowel (a, e, i, o, u, y), which drops abbreviations
and initials such as the Census's "Wm" and "Jc". Names written all in capitals or all in lower
case are capitalised ("JAMES" -> "James", "CHIA-HAO" -> "Chia-Hao"). Entries are deduplicated
without regard to case; the spelling kept is the one the most Faker locales write, then the
Census one, then the first in code-point order. The output is sorted and carries a ``#``
comment header naming each source, its version, its licence and how many names it gave.
Nothing is random and nothing depends on the date or the machine: the same package versions
give the same file.

Names that the test corpus (``--corpus``, the feeds' episode descriptions) writes mostly in
lower case, as ordinary words ("Will", "Page", "In", "Les"), are marked with a final "*":
podnotes takes them for a first name only with a surname after them ("Will Smith"), since
a capitalised "Will" alone is more often a sentence's first word than a person.

If the file grows past ``--max-bytes``, the rarest Census-only names are dropped (by their
Census frequency) until it fits; Faker's names are never dropped.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import importlib.resources
import pkgutil
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "podnotes" / "data" / "given_names.txt"
MAX_BYTES = 300_000
CORPUS = ROOT.parent / "shared" / "corpus"
WORDS_OUTPUT = ROOT / "src" / "podnotes" / "data" / "common_words.txt"
WORDS_MINIMUM = 8
WORDS_SHARE = 0.6

CENSUS_FILES = ("dist.male.first", "dist.female.first")
APOSTROPHES = {"\u2019": "'", "\u02bc": "'"}
JOINERS = frozenset("-'")
VOWELS = frozenset("aeiouy")


def clean(raw: str) -> str | None:
    """The name in its natural capitalised form, or None when it is not a single-word
    Latin-script name of two characters or more."""
    name = unicodedata.normalize("NFC", raw.strip())
    for old, new in APOSTROPHES.items():
        name = name.replace(old, new)
    if len(name) < 2 or name[0] in JOINERS or name[-1] in JOINERS:
        return None
    previous = ""
    for char in name:
        if char in JOINERS:
            if previous in JOINERS:
                return None
        elif unicodedata.category(char) == "Mn":
            if previous in JOINERS or not previous:
                return None
        elif not (
            unicodedata.category(char).startswith("L")
            and unicodedata.name(char, "").startswith("LATIN ")
        ):
            return None
        previous = char
    if name == name.upper() or name == name.lower():
        name = name.title()
    if not name[0].isupper():
        return None
    if name.isascii() and not VOWELS.intersection(name.casefold()):
        return None  # an abbreviation or initials, such as the Census's "Wm" and "Jc"
    return name


def key(name: str) -> str:
    return name.casefold()


def census_names() -> tuple[str, dict[str, float]]:
    """The Census names (capitalised) with their highest frequency in percent over the two
    lists, and the ``names`` package version."""
    version = importlib.metadata.version("names")
    package = importlib.resources.files("names")
    frequency: dict[str, float] = {}
    for file_name in CENSUS_FILES:
        for line in package.joinpath(file_name).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if not fields:
                continue
            name = clean(fields[0])
            if name is None:
                continue
            frequency[name] = max(frequency.get(name, 0.0), float(fields[1]))
    return version, frequency


def strings(value: object) -> Iterator[str]:
    """The names in one Faker attribute: a tuple or list of names, or a mapping of name to
    weight. Anything else (properties, pairs of names) gives nothing."""
    if isinstance(value, dict):
        value = list(value)
    if isinstance(value, (list, tuple)):
        for item in value:
            if isinstance(item, str):
                yield item


def faker_names() -> tuple[str, str, dict[str, set[str]]]:
    """Each locale's own Latin-script first names, with Faker's version and licence."""
    version = importlib.metadata.version("faker")
    licence = importlib.metadata.metadata("faker")["License"]
    person = importlib.import_module("faker.providers.person")
    by_locale: dict[str, set[str]] = {}
    for module in sorted(info.name for info in pkgutil.iter_modules(person.__path__)):
        provider = importlib.import_module(f"faker.providers.person.{module}").Provider
        found: set[str] = set()
        for attribute, value in sorted(vars(provider).items()):
            if attribute.startswith("first_") and "names" in attribute:
                found.update(n for n in map(clean, strings(value)) if n is not None)
        if found:
            by_locale[module] = found
    return version, licence, by_locale


def choose(forms: Iterable[str], votes: Counter[str], census: dict[str, float]) -> str:
    return min(forms, key=lambda form: (-votes[form], form not in census, form))


WORD = re.compile(r"[^\W\d_][\w'-]*")
SENTENCE_END = frozenset(".!?:\n")
COMMON_SHARE = 0.5
COMMON_MINIMUM = 5
# Words before a place name ("in Berlin", "nach Berlin", "à Paris"), seldom before a
# person's; a name the texts write after one of them this share of the times it is
# capitalised, and this many times at least, is a place or a month as often as a person.
LOCATIVES = frozenset({"in", "im", "near", "across", "throughout", "nach", "à"})
PLACE_SHARE = 0.1
PLACE_MINIMUM = 3


def corpus_texts(corpus: Path) -> Iterator[str]:
    """The episode descriptions of every feed in ``corpus/feeds``, as plain text."""
    import podnotes
    from podnotes.notes._text import read_text

    for path in sorted((corpus / "feeds").iterdir()):
        try:
            podcast = podnotes.parse(path)
        except podnotes.PodnotesError:
            continue
        for episode in podcast.episodes:
            text = episode.content or episode.description or episode.summary
            if text:
                yield read_text(text).text


class WordCounts:
    """How often the texts write each word in lower case, and capitalised where no
    sentence starts."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.lower: Counter[str] = Counter()
        self.capital: Counter[str] = Counter()
        # Capitalised words right after a locative ("in Berlin"), and not before another
        # capitalised word ("in Jane Roe's garden").
        self.placed: Counter[str] = Counter()
        for text in texts:
            previous_end = True
            matches = list(WORD.finditer(text))
            for index, match in enumerate(matches):
                word = match.group()
                gap = text[max(0, match.start() - 3) : match.start()]
                starts_sentence = previous_end or any(char in SENTENCE_END for char in gap)
                previous_end = False
                if word.islower():
                    self.lower[word] += 1
                elif word[0].isupper() and not starts_sentence and not word.isupper():
                    self.capital[word.casefold()] += 1
                    if _after_locative(text, matches, index):
                        self.placed[word.casefold()] += 1

    def places(self, minimum: int, share: float) -> set[str]:
        """The capitalised words written after a locative at least ``share`` of the times
        they are capitalised, ``minimum`` times or more: places and months ("Berlin",
        "Georgia", "June")."""
        return {
            word
            for word, count in self.placed.items()
            if count >= minimum and count / self.capital[word] >= share
        }

    def common(self, minimum: int, share: float) -> set[str]:
        """The words written in lower case at least ``share`` of the times they are not
        at a sentence's start, seen ``minimum`` times or more."""
        return {
            word
            for word, count in self.lower.items()
            if count + self.capital[word] >= minimum
            and count / (count + self.capital[word]) >= share
        }


def _after_locative(text: str, matches: list[re.Match[str]], index: int) -> bool:
    if index == 0 or matches[index - 1].group().casefold() not in LOCATIVES:
        return False
    if text[matches[index - 1].end() : matches[index].start()].strip():
        return False  # something stands between: "in (Berlin"
    if index + 1 < len(matches):
        following = matches[index + 1]
        glued = not text[matches[index].end() : following.start()].strip()
        if glued and following.group()[:1].isupper():
            return False  # a capitalised word follows: a name's surname, or a longer name
    return True


def common_words(keys: set[str], counts: WordCounts) -> set[str]:
    """The names (case-folded) that the texts write mostly in lower case, as ordinary
    words ("will", "page", "in")."""
    return keys & counts.common(COMMON_MINIMUM, COMMON_SHARE)


def build_common_words(counts: WordCounts) -> str:
    """The words the feeds write in lower case (at least WORDS_SHARE of the time, seen
    WORDS_MINIMUM times or more): a name's later words are seldom among them ("Aurora
    Serverless", "Claude Platform" are products)."""
    words = sorted(counts.common(WORDS_MINIMUM, WORDS_SHARE))
    header = [
        "# Ordinary words, one per line: words that the episode descriptions of the feeds in",
        "# the podnotes test corpus write in lower case at least"
        f" {WORDS_SHARE:.0%} of the times they are not at",
        f"# a sentence's start, seen {WORDS_MINIMUM} times or more."
        " Generated by scripts/build_given_names.py.",
        f"# {len(words)} words.",
    ]
    return "\n".join([*header, *words]) + "\n"


def build(max_bytes: int, corpus: Path, counts: WordCounts | None = None) -> str:
    names_version, census = census_names()
    faker_version, faker_licence, by_locale = faker_names()

    votes: Counter[str] = Counter()
    for found in by_locale.values():
        votes.update(found)
    forms: dict[str, set[str]] = defaultdict(set)
    for name in [*census, *votes]:
        forms[key(name)].add(name)
    faker_keys = {key(name) for name in votes}
    census_keys = {key(name) for name in census}

    # Census-only names, rarest first, are the ones dropped to fit the size.
    droppable = sorted(
        census_keys - faker_keys,
        key=lambda k: (max(census[form] for form in forms[k] if form in census), k),
    )
    chosen = {k: choose(fs, votes, census) for k, fs in forms.items()}
    counts = counts or WordCounts(corpus_texts(corpus))
    common = common_words(set(chosen), counts)
    places = (set(chosen) & counts.places(PLACE_MINIMUM, PLACE_SHARE)) - common
    chosen = {k: name + "*" if k in common | places else name for k, name in chosen.items()}

    def render(dropped: frozenset[str]) -> str:
        kept = sorted((name for k, name in chosen.items() if k not in dropped), key=key)
        census_kept = len(census_keys - dropped)
        header = [
            "# Given names, one per line, for telling person names in show notes.",
            "# Generated by scripts/build_given_names.py; do not edit by hand.",
            "# Single-word Latin-script names; the reader skips lines starting with '#'.",
            f"# {len(kept)} names in all (deduplicated without regard to case).",
            "#",
            f"# US Census Bureau 1990 first-name lists (dist.male.first, dist.female.first),"
            f" public domain, as carried by the PyPI package names {names_version}"
            f" (code MIT): {census_kept} names"
            + (f" ({len(dropped)} rarest dropped for size)" if dropped else "")
            + ".",
            f"# Faker {faker_version} ({faker_licence}), faker.providers.person.<locale>"
            f" first-name lists: {len(faker_keys)} names from {len(by_locale)} locales;"
            " Latin-script names per locale:",
        ]
        locales = [f"{locale} {len(found)}" for locale, found in sorted(by_locale.items())]
        line = "#  "
        for item in locales:
            if len(line) + len(item) + 2 > 96:
                header.append(line.rstrip(","))
                line = "#  "
            line += f" {item},"
        header.append(line.rstrip(","))
        header.append(
            f"# Marked '*': {len(common)} names that the episode descriptions of the feeds in"
            f" the podnotes test corpus write in lower case at least {COMMON_SHARE:.0%} of"
            f" the time (seen {COMMON_MINIMUM} times or more), as ordinary words; a name"
            " only with a surname after it: " + ", ".join(sorted(common)[:12]) + ", ..."
        )
        header.append(
            f"# Marked '*' too: {len(places)} names that those descriptions write after"
            f" {', '.join(sorted(LOCATIVES))} at least {PLACE_SHARE:.0%} of the times they"
            f" are capitalised (seen there {PLACE_MINIMUM} times or more), as places and"
            " months: " + ", ".join(sorted(places)[:12]) + ", ..."
        )
        return "\n".join([*header, *kept]) + "\n"

    dropped: frozenset[str] = frozenset()
    text = render(dropped)
    while len(text.encode("utf-8")) > max_bytes and len(dropped) < len(droppable):
        excess = len(text.encode("utf-8")) - max_bytes
        count = max(1, excess // 8)
        dropped = frozenset(droppable[: len(dropped) + count])
        text = render(dropped)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--max-bytes", type=int, default=MAX_BYTES)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the test corpus")
    args = parser.parse_args(argv)
    counts = WordCounts(corpus_texts(args.corpus))
    text = build(args.max_bytes, args.corpus, counts)
    WORDS_OUTPUT.write_text(build_common_words(counts), encoding="utf-8")
    output: Path = args.output
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(text.encode("utf-8"))
    count = sum(1 for line in text.splitlines() if not line.startswith("#"))
    print(f"{output}: {count} names, {len(text.encode('utf-8'))} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
