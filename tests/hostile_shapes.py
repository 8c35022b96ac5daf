"""Hostile inputs that only cost time in bulk, built at any size: the shapes that
tests/test_linear_time.py and scripts/adversarial_notes.py time."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["FEEDS", "NOTES"]


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _letters(number: int) -> str:
    """A number in letters ("Ba", "Bb", ...): distinct surnames that look like words."""
    word = ""
    while True:
        number, digit = divmod(number, 26)
        word = "abcdefghijklmnopqrstuvwxyz"[digit] + word
        if not number:
            return "B" + word


def _numbered(template: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        parts: list[str] = []
        total = 0
        number = 0
        while total < size:
            part = template.format(n=number, a=_letters(number), m=number // 60, s=number % 60)
            parts.append(part)
            total += len(part)
            number += 1
        return "".join(parts)[:size]

    return build


#: Show notes: each builds a string of the given size.
NOTES: dict[str, Callable[[int], str]] = {
    "digits-colons": _repeat("1:2"),
    "digit runs": _repeat("12:34:56 "),
    "a.": _repeat("a."),
    "url-like": _repeat("http://a.b/"),
    "www": _repeat("www.a."),
    "emails (glued)": _repeat("a@b."),
    "separate e-mail addresses": _numbered("write to user{n}@example.com or "),
    "at": _repeat("@"),
    "brackets": _repeat("[("),
    "md": _repeat("[a]("),
    "markdown links": _numbered("[label {n}](https://example.com/{n}) "),
    "tags": _repeat("<a href="),
    "anchors": _numbered('<a href="https://example.com/{n}">link {n}</a> '),
    "comment": _repeat("<!--"),
    "names": lambda size: "sits down with " + _repeat("Ann, ")(size),
    "joins": _repeat("Ann Lee joins us "),
    "cue spam": _repeat("talks with "),
    "caps": _repeat("Aa "),
    "timestamps run-on": _numbered("Title {n} {m}:{s:02d} "),
    "html lines": _repeat("<p>00:00 x</p>"),
    "dash labels": _repeat("Label - "),
    "label - URL lines": _numbered("Label {n} - https://example.com/{n}\n"),
    "name (URL, URL groups": _numbered(
        "Jane Roe{n} (https://a.example/{n}, https://b.example/{n} "
    ),
    "colons": _repeat("a: "),
    "parens": _repeat("Pascal ("),
    "guests in a list": _numbered("Guest: Jane Roe{n}\n"),
    # The block reader (issue 12): code spans among times, fences never closed, tags a
    # browser reads, scripts never closed, doubled and nested brackets, emphasis runs.
    "code spans among times": _repeat("`0:00` 1:00 a "),
    "backticks": _repeat("`"),
    "unclosed fences": _repeat("```\n00:00 a\n"),
    "browser tags": _repeat('<p><br=""><x y=1'),
    "unclosed scripts": _repeat("<p><script>\n\n"),
    "doubled parens": _repeat("[a](("),
    "nested brackets": _repeat("[[[a]"),
    "emphasis runs": _repeat("*a _b **c __d "),
    "headings": _repeat("## a\n"),
    "times alone": _numbered("{m}:{s:02d}\n"),
    "fediverse handles": _numbered("@user{n}@host{n}.social "),
    # A review found each possessive read the next one again: recursion as deep as the
    # chain (a RecursionError), and quadratic time.
    "possessive chains": _repeat("Acme's "),
    # A possessive of several words reads the name after it as its employer's.
    "possessive chains of full names": _repeat("Ann Lee's Bo Chen's "),
    "titles before names": _repeat("Former U.S. Ambassador Jane Roe "),
}


def _feed(channel: str, item: str) -> Callable[[int], bytes]:
    """A feed of ``size`` bytes: the channel's elements, then one item that ``item``
    fills (its placeholders numbered), cut at a tag's end."""

    def build(size: int) -> bytes:
        head = f"<rss xmlns:itunes='http://www.itunes.com/dtds/podcast-1.0.dtd' xmlns:podcast='https://podcastindex.org/namespace/1.0'><channel>{channel}<item><title>t</title>"
        tail = "</item></channel></rss>"
        body = _numbered(item)(size - len(head) - len(tail))
        cut = body.rfind(">") + 1
        return (head + body[:cut] + tail).encode()

    return build


def _people(size: int) -> bytes:
    """Hosts the channel names, guests an episode names, and guests its notes introduce."""
    hosts = _numbered("<podcast:person>Host Hoster{a}</podcast:person>")(size // 3)
    guests = _numbered("<podcast:person role='guest'>Jane Roe{a}</podcast:person>")(size // 3)
    notes = _numbered("Guest: Ann Lee{a}. We talk with John Doe{a}. ")(size // 3)
    item = guests[: guests.rfind(">") + 1] + f"<description>{notes}</description>"
    return _feed(hosts[: hosts.rfind(">") + 1], item)(size + 300)


#: Feeds: each builds feed bytes of the given size.
FEEDS: dict[str, Callable[[int], bytes]] = {
    "itunes:author listing names": lambda size: _feed(
        "<itunes:author>" + _numbered("Jane Roe{a}, ")(size - 200) + "Ann Lee</itunes:author>",
        "",
    )(size),
    "podcast:person entries and guests in the notes": _people,
    "many items": lambda size: _feed(
        "", "</item><item><title>Episode {n}</title><description>Jane Roe{a} joins us</description>"
    )(size),
}
