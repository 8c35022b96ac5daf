"""Property tests: chapter lists and URLs that are written are read back exactly, and
no input, however hostile, makes extraction crash or run away."""

from __future__ import annotations

import importlib
import time
from datetime import timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import podnotes
from podnotes._values import format_clock

_TITLE_WORDS = st.sampled_from(
    [
        "Intro",
        "Outro",
        "Deep",
        "dive",
        "into",
        "caching",
        "Rust",
        "and",
        "WebGPU",
        "Q&A",
        "v2",
        "news",
    ]
)
_TITLES = st.lists(_TITLE_WORDS, min_size=1, max_size=5).map(" ".join)


@st.composite
def chapter_lists(draw: st.DrawFn, min_size: int = 2) -> list[tuple[timedelta, str]]:
    starts = sorted(
        draw(st.sets(st.integers(min_value=0, max_value=5 * 3600), min_size=min_size, max_size=12))
    )
    return [(timedelta(seconds=start), draw(_TITLES)) for start in starts]


@given(
    chapter_lists(),
    st.sampled_from(
        [
            "{time} {title}",
            "({time}) {title}",
            "[{time}] - {title}",
            "{title} - {time}",
            "<li>{time} {title}</li>",
        ]
    ),
)
def test_a_written_chapter_list_is_read_back(
    entries: list[tuple[timedelta, str]], layout: str
) -> None:
    text = "\n".join(
        layout.format(time=format_clock(start), title=title) for start, title in entries
    )
    notes = podnotes.extract(text)
    assert [(c.start, c.title) for c in notes.chapters] == entries


@given(chapter_lists(min_size=3))  # on one line, two times could be prose: a run needs three
def test_a_run_on_chapter_list_is_read_back(entries: list[tuple[timedelta, str]]) -> None:
    text = "Timestamps " + " ".join(f"{title} {format_clock(start)}" for start, title in entries)
    assert [(c.start, c.title) for c in podnotes.extract(text).chapters] == entries


_LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10)
_PATH_PART = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABC0123456789-_~%", min_size=1, max_size=12
)


@st.composite
def urls(draw: st.DrawFn) -> str:
    host = ".".join(draw(st.lists(_LABEL, min_size=1, max_size=3))) + draw(
        st.sampled_from([".com", ".org", ".fm", ".io"])
    )
    path = "/".join(draw(st.lists(_PATH_PART, max_size=4)))
    query = draw(st.sampled_from(["", "?a=1", "?a=1&b=two", "#part"]))
    ending = draw(st.sampled_from(["", "/"]))
    return f"{draw(st.sampled_from(['http', 'https']))}://{host}/{path}{ending}{query}"


@given(
    urls(),
    st.sampled_from(["{url}", "{url}.", "({url})", "{url},", "see {url}!", "<{url}>", "“{url}”"]),
)
def test_a_url_in_text_is_read_back(url: str, context: str) -> None:
    notes = podnotes.extract("Links: " + context.format(url=url) + " and more")
    assert [link.url for link in notes.links] == [url]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_any_text_gives_show_notes(text: str) -> None:
    notes = podnotes.extract(text)
    starts = [chapter.start for chapter in notes.chapters]
    assert starts == sorted(set(starts))
    assert all(link.url.startswith(("http://", "https://", "mailto:")) for link in notes.links)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<a href='https://a.example/x'>",
                "</a>",
                "<br>",
                "12:34 ",
                "Guest: ",
                "Ann Lee",
                ", ",
                " and ",
                "&amp;",
                "<!--",
                "[x](https://b.example/)",
                "(",
                ")",
                "https://c.example/",
                "\n",
            ]
        ),
        max_size=80,
    ).map("".join)
)
def test_any_html_like_text_gives_show_notes(text: str) -> None:
    podnotes.extract(text)


ADVERSARIAL = {
    "digits and colons": "1:2" * 350_000,
    "timestamps": "12:34:56 " * 120_000,
    "a.": "a." * 500_000,
    "URL-like": "http://a.b/" * 100_000,
    "www.": "www.a." * 170_000,
    "e-mail-like": "a@b." * 250_000,
    "brackets": "[(" * 500_000,
    "Markdown": "[a](" * 250_000,
    "tags": "<a href=" * 125_000,
    "guest cues": "talks with " * 100_000,
    "names before cues": "Ann Lee joins us " * 60_000,
    "run-on chapters": "".join(f"Title {n} {n // 60}:{n % 60:02d} " for n in range(60_000)),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_a_megabyte_of_hostile_text_ends(name: str) -> None:
    # Not a speed test (docs/extraction.md has the timings): a guard against a pattern
    # that backtracks without bound, which would take minutes, not seconds.
    text = ADVERSARIAL[name][:1_000_000]
    started = time.perf_counter()
    podnotes.extract(text)
    assert time.perf_counter() - started < 10


# Fragments that make URL-like text in every arrangement: schemes, hosts, "@", runs of
# word characters, separators and non-ASCII letters.
_URL_FRAGMENTS = st.sampled_from(
    ["http", "https", "HTTPS", "://", "www.", "WWW.", "example", ".com", ".io", ".fm", "/",
     "@", "mailto:", "joe", "x", "_", "-", "+", ".", ":", " ", "\n", "(", ")", "é", "ß", "1"]
)  # fmt: skip


@given(st.lists(_URL_FRAGMENTS, max_size=40).map("".join))
def test_urls_found_at_their_cores_are_those_the_patterns_find(text: str) -> None:
    # The fast URL search tries each pattern only where its literal core is; it must
    # find exactly what scanning the whole text with the same pattern finds.
    from podnotes.notes import links

    for fast, pattern in (
        (links._scheme_urls, links._SCHEME_URL),
        (links._bare_urls, links._BARE_URL),
        (links._emails, links._EMAIL),
    ):
        assert [m.span() for m in fast(text)] == [m.span() for m in pattern.finditer(text)]


_TIME_FRAGMENTS = st.sampled_from(
    ["0", "1", "5", "9", "12", "59", "60", "123", ":", ".", ",", "/", "h", "m", "s", "am", " PM",
     " ", "(", ")", "[", "]", "@", "x", "é", "-"]
)  # fmt: skip


@given(st.lists(_TIME_FRAGMENTS, max_size=40).map("".join))
def test_times_found_near_colons_are_those_the_pattern_finds(line: str) -> None:
    from podnotes.notes import chapters

    found = [m.span() for m in chapters._timestamps(line)]
    assert found == [m.span() for m in chapters._TIMESTAMP.finditer(line)]


@pytest.mark.parametrize("before", ["", "Große Straße. ", "İstanbul edition. ", "ﬁnal cut. "])
@pytest.mark.parametrize("cue", ["sits down with", "SITS DOWN WITH", "Sits Down With"])
def test_guest_cues_match_in_any_case_whatever_comes_before(before: str, cue: str) -> None:
    # Characters whose case folding is longer ("ß" -> "ss") must not shift the cue.
    notes = podnotes.extract(f"{before}This week Maya {cue} Jane Doe to talk about caching.")
    assert [guest.name for guest in notes.guests] == ["Jane Doe"]


@given(st.text(alphabet='<a href=">"\'\n[]()`*_&;#x!-:0123456789 ', max_size=300))
def test_any_markup_reads_to_text(text: str) -> None:
    # The reader never fails, whatever half-written HTML or Markdown it is given.
    notes = podnotes.extract(text)
    assert all(0 <= link.position <= len(notes.text) for link in notes.links)


_NAME_FRAGMENTS = st.sampled_from(
    ["Jane", "Roe", "Ann", "Lee", "Acme", "Acme's", "Axios'", "Compiler", "Follow", "NASA",
     "J.", "Dr.", "Sen.", "III", "van", "der", "de", "deGrasse", "O'Brien", "Will", "Major",
     "and", "und", "&", "joins", "us", "monitoring", "5th", "é.", "feat.", "(Jen)", "(the cook)",
     '"Bob"', "(", ")", '"', ",", ".", ":", "\n", "Post", "Band", "Guest", "Gast", "Über"]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_NAME_FRAGMENTS, max_size=30).map(" ".join))
@example("Will van der Roe joins us")  # a given name that is also a word, then particles
@example('Acme "Bob" Roe')  # a nickname inside the name
def test_words_the_name_reader_passes_over_start_no_name(text: str) -> None:
    # The quick test that skips most capitalised words must skip only words from which
    # the full reader would read no name.
    names = importlib.import_module("podnotes.notes._names")  # the package has a _names()

    words = names.tokens(text)
    for index in range(len(words)):
        if words[index].kind == "word" and names._alone_and_unknown(words, index):
            assert names._read(text, words, index) is None, words[index]


@given(st.text(alphabet="<a/b p=\"'>x\n ", max_size=200))
@example("x<a p='1'>y</a><br/>z")
def test_a_long_html_block_is_split_as_a_short_one(text: str) -> None:
    # A block longer than _SPLIT_WHOLE is read from a lazy split: the same pieces.
    reading = importlib.import_module("podnotes.notes._text")

    assert list(reading._split_lazily(text)) == reading._BROWSER_TAG.split(text)


def test_a_long_html_block_reads_to_its_end() -> None:
    reading = importlib.import_module("podnotes.notes._text")
    block = "<p>" + "<b>word</b> " * 10_000 + '<a href="https://example.com/end">the end</a></p>'
    assert len(block) > reading._SPLIT_WHOLE
    notes = podnotes.extract(block)
    assert notes.text == "word " * 10_000 + "the end\n"
    assert [(link.url, link.label) for link in notes.links] == [
        ("https://example.com/end", "the end")
    ]


_URL_PARTS = st.text(alphabet="aZ09.-_:@[]%é/?# \t", max_size=12)


@settings(max_examples=400, deadline=None)
@given(
    scheme=st.sampled_from(["http://", "https://", "HTTP://", "ftp://", "http:/"]),
    host=_URL_PARTS,
    rest=_URL_PARTS,
)
@example(scheme="http://", host="Example.COM", rest="/a b?c#d")
@example(scheme="http://", host="a.com", rest=":8080/x")
def test_the_fast_url_split_gives_what_urlsplit_gives(scheme: str, host: str, rest: str) -> None:
    # links splits a plain http(s) URL with one regex, and every other with urlsplit:
    # the regex must split as urlsplit does, or be left out.
    import re

    from podnotes.notes import links

    url = scheme + host + rest
    fast = links._read_host_and_path(url)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(links, "_PLAIN_URL", re.compile(r"(?!)"))  # never matches
        assert links._read_host_and_path(url) == fast
