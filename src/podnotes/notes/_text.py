"""Show notes as plain text, read the way a renderer shows them, with their anchors.

A note is HTML, Markdown or plain text, often a mix. As CommonMark does, it is read
block by block:

- an **HTML block** (a line that starts with a block element such as ``<p>``,
  ``<div>``, ``<ul>``, a comment, or a known element alone on its line, up to the next
  blank line) is read as a browser reads it: line breaks fold into spaces, block
  elements start new lines, every well-formed tag is a tag, ``<script>`` and
  ``<style>`` are not shown;
- **fenced and indented code** is literal: never a tag, a link or a chapter;
- everything else is **Markdown**, one output line per input line: code spans are
  literal, ``[label](url)`` and ``<https://...>`` are links (brackets and parentheses
  balanced as CommonMark balances them), ``*emphasis*`` and ``_emphasis_`` show their
  words only, backslash escapes and entities are decoded, and a tag is a tag only when
  it names a real HTML element (``Array<Dog>`` stays as written).

``<a href>``, Markdown and autolinks are kept aside as anchors: their target is not in
the text, only their words are, at ``start:end``. Every step scans forward, and each
search is bounded or resumes where the last one stopped: the cost is linear.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from typing import Final

import attrs

__all__ = ["Anchor", "ReadText", "read_text"]


@attrs.frozen
class Anchor:
    """A link whose target is not in the text: ``url``, and its words at ``start:end``."""

    url: str
    start: int
    end: int


@attrs.frozen
class ReadText:
    """The plain text that was read, the anchors found on the way, and where the text
    came from code (``start:end`` spans), which holds no chapters."""

    text: str
    anchors: tuple[Anchor, ...]
    code: tuple[tuple[int, int], ...] = ()


# --- HTML element names --------------------------------------------------------------

# Block elements: each starts a new line, and one at the start of a line starts an
# HTML block (CommonMark's list, section 4.6, type 6).
_BLOCK_ELEMENTS: Final = frozenset(
    """address article aside base basefont blockquote body caption center col colgroup dd
    details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1
    h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav
    noframes ol optgroup option p param search section summary table tbody td tfoot th
    thead title tr track ul br""".split()
)
# Inline elements, which are tags in Markdown too; any other name is text there.
_INLINE_ELEMENTS: Final = frozenset(
    """a abbr b bdi bdo big cite code data del dfn em font i img ins kbd label mark q rp rt
    ruby s samp small span strike strong sub sup time tt u var wbr video audio source
    picture figure""".split()
)
_KNOWN_ELEMENTS: Final = _BLOCK_ELEMENTS | _INLINE_ELEMENTS
# Elements whose content is not shown (CommonMark type 1 for script and style).
_HIDDEN_ELEMENTS: Final = frozenset({"script", "style"})
# Elements whose HTML block ends at their closing tag, not at a blank line.
_LITERAL_ELEMENTS: Final = frozenset({"pre", "script", "style", "textarea"})

# A tag: name, then attributes (quoted values may hold ">"), bounded in length.
_TAG: Final = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})"
    r"((?:\s+[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]{0,2000}\"|'[^']{0,2000}'|[^\s\"'=<>`]+))?){0,100})"
    r"\s*(/?)>"
)
# In an HTML block, a tag as a browser's tokenizer reads one: "<br="">" is a tag too.
# Four groups, each always taking part (_read_html reads them from re.split by place):
# the closing slash, the name, the attributes, the final slash.
_BROWSER_TAG: Final = re.compile(
    r"<(/?)([A-Za-z][^\s/<>]{0,40})"
    r"((?:\s+[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]{0,2000}\"|'[^']{0,2000}'|[^\s\"'=<>`]+))?){0,100})"
    r"\s*(/?)>"
)
_HREF: Final = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_SPACES: Final = re.compile(r"[ \t\f\v\u00a0\u2009\u202f]+")

# --- blocks --------------------------------------------------------------------------

_FENCE: Final = re.compile(r" {0,3}(`{3,}|~{3,})([^`]*)$")
_HTML_BLOCK_START: Final = re.compile(
    r" {0,3}<(?:!--|(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$))", re.IGNORECASE
)
_LIST_ITEM: Final = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
_NEW_UNIT: Final = re.compile(r" {0,3}(?:#{1,6}(?:\s|$)|>|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$))")


# A tag of a common element: a note with one is HTML, where indentation means nothing.
_HTML_HINT: Final = re.compile(
    r"</?(?:a|b|br|div|em|h[1-6]|i|img|li|ol|p|span|strong|table|ul)[\s/>]", re.IGNORECASE
)
# Markdown's own marks: a link, strong emphasis or backticks, and a fence or a heading
# opening a line. Two patterns: each alternative of the first starts with a literal
# character, which the re module scans for quickly; a "^" alternative would make it try
# every position of the note.
_MARKDOWN_INLINE: Final = re.compile(r"\]\(|\*\*\w|`\w")
_MARKDOWN_LINE: Final = re.compile(r" {0,3}(?:```|~~~|#{1,6} )")
_ATX_HEADING: Final = re.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")
_HEADING_CLOSE: Final = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")


@attrs.frozen
class _Block:
    kind: str  # "html", "markdown", "code", "hidden"
    lines: tuple[str, ...]


def _blocks(lines: list[str], *, html_note: bool) -> Iterator[_Block]:
    """The note's blocks, in order (see the module's docstring). In an HTML note
    (``html_note``), indented lines are no code: apps render such notes as HTML, and
    their markup is often indented."""
    index = 0
    count = len(lines)
    previous_blank = True
    in_list = False
    while index < count:
        line = lines[index]
        stripped = line.strip()
        fence = _FENCE.match(line)
        if fence is not None and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            marker = fence.group(1)
            end = index + 1
            while end < count:
                closing = _FENCE.match(lines[end])
                if (
                    closing is not None
                    and closing.group(1)[0] == marker[0]
                    and len(closing.group(1)) >= len(marker)
                    and not closing.group(2).strip()
                ):
                    break
                end += 1
            yield _Block("code", tuple(lines[index + 1 : end]))
            index = end + 1
            previous_blank = False
            continue
        if (
            previous_blank
            and not in_list
            and not html_note
            and line.startswith(("    ", "\t"))
            and stripped
        ):
            end = index
            while end < count and (lines[end].startswith(("    ", "\t")) or not lines[end].strip()):
                end += 1
            while end > index and not lines[end - 1].strip():
                end -= 1  # trailing blank lines are not code
            yield _Block("code", tuple(_dedent(line) for line in lines[index:end]))
            index = end
            previous_blank = False
            continue
        start = _HTML_BLOCK_START.match(line.lstrip() if html_note else line)
        if start is not None and _starts_html_block(line.strip(), start):
            end = index + 1
            name = (start.group(2) or "").lower()
            closer = "-->" if start.group(0).endswith("--") else f"</{name}"
            if closer == "-->" or (name in _LITERAL_ELEMENTS and not start.group(1)):
                # A comment, <script>, <style>, <pre> or <textarea> ends at its closer
                # (blank lines and all), as CommonMark's first two kinds of HTML block do.
                while end <= count and closer not in lines[end - 1].lower():
                    end += 1
                end = min(end, count)
            else:
                while end < count and lines[end].strip():
                    end += 1
                hidden = _open_hidden_element("\n".join(lines[index:end]))
                if hidden is not None:
                    # A <script> opened and not closed in the block hides what follows,
                    # blank lines and all, up to its closing tag.
                    while end < count and f"</{hidden}" not in lines[end].lower():
                        end += 1
                    end = min(end + 1, count)
            yield _Block("html", tuple(lines[index:end]))
            index = end
            previous_blank = False
            continue
        if not stripped:
            previous_blank = True
            yield _Block("markdown", ("",))
            index += 1
            continue
        # A Markdown unit: this line and the lines that continue it. A list goes on
        # through blank lines and indented lines, which are then no code.
        in_list = bool(_LIST_ITEM.match(line)) or (in_list and line[:1] in " \t")
        end = index + 1
        while (
            end < count
            and lines[end].strip()
            and not _starts_block(lines[end], html_note=html_note)
        ):
            end += 1
        yield _Block("markdown", tuple(lines[index:end]))
        index = end
        previous_blank = False


_HIDDEN_TAG: Final = re.compile(r"<(/?)(script|style)\b", re.IGNORECASE)


def _open_hidden_element(text: str) -> str | None:
    """The name of a <script> or <style> that ``text`` leaves open, if any."""
    open_name = None
    for tag in _HIDDEN_TAG.finditer(text):
        closing, name = tag.group(1), tag.group(2).lower()
        if open_name is None and not closing:
            open_name = name
        elif closing and name == open_name:
            open_name = None
    return open_name


def _starts_html_block(line: str, start: re.Match[str]) -> bool:
    """Whether the (stripped) ``line``, which ``start`` matched, starts an HTML block."""
    if start.group(0).endswith("--"):
        return True
    name = start.group(2).lower()
    if name in _BLOCK_ELEMENTS or name in _LITERAL_ELEMENTS:
        return True
    # A known element's tag alone on its line (CommonMark type 7, for real elements).
    tag = _TAG.match(line)
    return tag is not None and tag.end() == len(line) and name in _KNOWN_ELEMENTS


def _starts_block(line: str, *, html_note: bool) -> bool:
    """Whether a line starts a new block rather than continuing the one before."""
    if _NEW_UNIT.match(line) or _FENCE.match(line):
        return True
    start = _HTML_BLOCK_START.match(line.lstrip() if html_note else line)
    return start is not None and _starts_html_block(line.strip(), start)


def _dedent(line: str) -> str:
    return line[1:] if line.startswith("\t") else line[4:]


# --- the output ----------------------------------------------------------------------


class _Builder:
    __slots__ = ("anchors", "code", "open_anchor", "parts", "size")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.anchors: list[Anchor] = []
        self.code: list[tuple[int, int]] = []
        self.open_anchor: tuple[str, int] | None = None

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.size += len(text)

    def add_text(self, text: str) -> None:
        """Add running text: spaces folded where there are any to fold."""
        if "  " in text or not text.isprintable():
            text = _SPACES.sub(" ", text)
        if text:  # self.add inlined: this runs for every piece of text
            self.parts.append(text)
            self.size += len(text)

    def line_break(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")
            self.size += 1

    def open_link(self, url: str) -> None:
        self.open_anchor = (url.strip(), self.size)

    def close_link(self) -> None:
        if self.open_anchor is not None:
            url, start = self.open_anchor
            if url and not url.startswith("#"):  # "[00:31](#t=00:31)" is an in-page anchor
                self.anchors.append(Anchor(url, start, self.size))
            self.open_anchor = None


def read_text(text: str) -> ReadText:
    """Plain text with one line per line (or HTML block element) of the original, and
    its anchors."""
    if not text:
        return ReadText("", ())
    builder = _Builder()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    html_note = _is_html_note(text, lines)
    for block in _blocks(lines, html_note=html_note):
        if block.kind == "code":
            start = builder.size
            for line in block.lines:
                builder.add(line)
                builder.add("\n")
            builder.code.append((start, builder.size))
        elif block.kind == "html":
            _read_html("\n".join(block.lines), builder)
            builder.line_break()
        else:
            _read_markdown(_without_heading_marks("\n".join(block.lines)), builder)
            builder.add("\n")
    return ReadText("".join(builder.parts), tuple(builder.anchors), tuple(builder.code))


def _is_html_note(text: str, lines: list[str]) -> bool:
    """Whether the note is HTML: a common element's tag outside code, or tags anywhere
    in a note with no Markdown (feeds indent their HTML; Markdown indents code)."""
    if _HTML_HINT.search(text) is None:
        return False
    if not _may_have_markdown(text) and not any(map(_MARKDOWN_LINE.match, lines)):
        return True
    fence: str | None = None
    for line in lines:
        opening = _FENCE.match(line)
        if opening is not None:
            marker = opening.group(1)[0]
            fence = None if fence == marker else fence or marker
        elif fence is None and not line.startswith(("    ", "\t")) and _HTML_HINT.search(line):
            return True
    return False


def _may_have_markdown(text: str) -> bool:
    """Whether _MARKDOWN_INLINE finds a mark in ``text``: a plain test for each mark's
    first two characters first, as most HTML notes have none, and str finds that faster
    than the regex scans the note."""
    return ("](" in text or "**" in text or "`" in text) and (
        _MARKDOWN_INLINE.search(text) is not None
    )


def _without_heading_marks(text: str) -> str:
    """A unit that starts with an ATX heading ("## Links"), its "#" marks removed: a
    renderer shows the heading's words only."""
    heading = _ATX_HEADING.match(text)
    if heading is None:
        return text
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    words = _HEADING_CLOSE.sub("", text[heading.end() : line_end])
    return words + text[line_end:]


# --- HTML blocks ---------------------------------------------------------------------


def _read_html(text: str, builder: _Builder) -> None:
    """An HTML block, as a browser shows it."""
    # The text between tags and each tag's groups, in turn: [text, closing, name,
    # attributes, slash, text, closing, ...], as re.split gives them with no Match
    # object per tag; a block too long to hold as such a list is read a tag at a time.
    pieces = iter(_BROWSER_TAG.split(text) if len(text) <= _SPLIT_WHOLE else _split_lazily(text))
    before_tags = next(pieces)
    if before_tags:
        _html_text(before_tags, builder)
    hidden_until: str | None = None
    # Five pieces at a time, taken in turn from the one iterator: a tag's four groups,
    # then the text after the tag.
    groups = zip(pieces, pieces, pieces, pieces, pieces, strict=False)
    for closing, name, attributes, _, between in groups:
        name = name.lower()
        if hidden_until is not None:
            if closing and name == hidden_until:
                hidden_until = None
        elif name in _HIDDEN_ELEMENTS and not closing:
            hidden_until = name
        elif name in _BLOCK_ELEMENTS or name == "pre":
            builder.line_break()
        elif name == "a":
            _anchor_tag(builder, bool(closing), attributes)
        if between and hidden_until is None:
            _html_text(between, builder)


# An HTML block up to this long is split at its tags at once (a list of five entries
# per tag); a longer one, a tag at a time: memory stays flat, at about a tenth more time.
_SPLIT_WHOLE: Final = 65_536


def _split_lazily(text: str) -> Iterator[str]:
    """What ``_BROWSER_TAG.split(text)`` holds, one piece at a time."""
    position = 0
    for tag in _BROWSER_TAG.finditer(text):
        yield text[position : tag.start()]
        yield from tag.groups()
        position = tag.end()
    yield text[position:]


def _html_text(text: str, builder: _Builder) -> None:
    if "<!--" in text:
        text = _without_comments(text)
    text = text.replace("\n", " ")
    if "&" in text:
        text = html.unescape(text)
    if "](" in text:
        # Markdown links written into HTML: read as links, as most apps show them.
        _read_markdown(text, builder, markdown=False)
    else:
        builder.add_text(text)


def _without_comments(text: str) -> str:
    # str.find, not a lazy regex: an unclosed "<!--" must not make every later one rescan.
    parts = []
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        parts.append(text[position:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(parts)
        position = end + 3
    parts.append(text[position:])
    return "".join(parts)


def _anchor_tag(builder: _Builder, closing: bool, attributes: str) -> None:
    if closing:
        builder.close_link()
        return
    href = _HREF.search(attributes)
    if href is not None:
        builder.open_link(_href(href))


# --- Markdown inlines ----------------------------------------------------------------
#
# One pass over the text, as CommonMark's inline parser does: code spans, autolinks,
# raw HTML, escapes and entities are taken as they come; "[" and "![" go on a bracket
# stack, and a "]" followed by a link destination makes a link of what lies between;
# "*" and "_" runs become delimiters, paired at the end.

_SPECIALS: Final = re.compile(r"[`<\\&\[\]!*_\n]")
_SPECIALS_BUT_BRACKETS: Final = re.compile(r"[`<\\&*_\n]")
_LINK_SPECIALS: Final = re.compile(r"[\[\]!\n]")
_BARE_URL: Final = re.compile(r"(?:https?://|www\.)[^\s<>\[\]`]+", re.IGNORECASE)
_ENTITY: Final = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,40});")
_AUTOLINK: Final = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{1,2000})>")
_EMAIL_AUTOLINK: Final = re.compile(r"<([\w.!#$%&'*+/=?^`{|}~-]{1,64}@[A-Za-z0-9.-]{1,255})>")
_LEGACY_AMP: Final = re.compile(r"&amp(?![;A-Za-z0-9=])")
_ESCAPABLE: Final = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_MAX_DESTINATION: Final = 2000
_MAX_TITLE: Final = 300


# The kinds of piece of output an inline parse makes.
_TEXT, _CODE, _BREAK, _LINK, _END, _IMAGE, _END_IMAGE = range(7)


class _Delimiter:
    """A run of "*" or "_" that may open or close emphasis (a doubly linked list)."""

    __slots__ = ("can_close", "can_open", "char", "count", "next", "original", "piece",
                 "previous")  # fmt: skip

    def __init__(self, piece: int, char: str, count: int, can_open: bool,
                 can_close: bool) -> None:  # fmt: skip
        self.piece = piece  # the index of its text piece
        self.char = char
        self.count = count
        self.original = count
        self.can_open = can_open
        self.can_close = can_close
        self.previous: _Delimiter | None = None
        self.next: _Delimiter | None = None


class _Bracket:
    __slots__ = ("active", "delimiter", "image", "index")

    def __init__(self, index: int, image: bool, delimiter: _Delimiter | None) -> None:
        self.index = index  # of its "[" piece
        self.image = image
        self.active = True
        self.delimiter = delimiter  # the last delimiter before it


class _Inlines:
    """The pieces of one Markdown unit, built in one pass: parallel lists of kinds and
    texts (cheaper than an object each), and the URLs of link pieces."""

    def __init__(self, text: str, *, markdown: bool) -> None:
        self.text = text
        # In HTML, only Markdown links are read (as most apps show them); code spans,
        # escapes, entities and emphasis are Markdown's alone.
        self.emphasis = markdown
        # Without "](" and a ")" no bracket can make a link: brackets are then text.
        links = "](" in text and ")" in text
        self.specials: re.Pattern[str] | None
        if markdown:
            self.specials = _SPECIALS if links else _SPECIALS_BUT_BRACKETS
        else:
            self.specials = _LINK_SPECIALS if links else None
        self.kinds: list[int] = []
        self.texts: list[str] = []
        self.link_urls: dict[int, str] = {}
        self.brackets: list[_Bracket] = []
        self.first: _Delimiter | None = None
        self.last: _Delimiter | None = None
        self.backticks = _BacktickRuns(text)
        self.parentheses: _Parentheses | None = None  # made when a link is first tried
        # Bare URLs are literal, as a renderer's autolinks are: "https://x.com/_a_" keeps
        # its underscores. Their spans, and a pointer that only moves forward.
        self.urls = [m.span() for m in _BARE_URL.finditer(text)] if markdown else []
        self.url_index = 0

    def parse(self) -> _Inlines:
        text = self.text
        length = len(text)
        kinds, texts = self.kinds, self.texts
        position = plain_start = 0
        search = self.specials.search if self.specials is not None else None
        while search is not None and position < length:
            match = search(text, position)
            if match is None:
                break
            position = match.start()
            if position > plain_start:
                kinds.append(_TEXT)
                texts.append(text[plain_start:position])
            char = text[position]
            if char == "[":  # the commonest special, handled here
                self.brackets.append(_Bracket(len(kinds), False, self.last))
                kinds.append(_TEXT)
                texts.append("[")
                position += 1
            elif char == "]":
                position = self._close_bracket(position)
            else:
                position = self._special(position)
            plain_start = position
        if plain_start < length:
            kinds.append(_TEXT)
            texts.append(text[plain_start:])
        if self.emphasis:
            self._process_emphasis(None)
        return self

    def _add(self, kind: int, text: str = "") -> None:
        self.kinds.append(kind)
        self.texts.append(text)

    def _special(self, position: int) -> int:
        """Read the construct at ``position``; return where reading goes on."""
        text = self.text
        char = text[position]
        if char == "\n":
            self._add(_BREAK)
            return position + 1
        if char in "*_\\`&" and self.urls:
            url_end = self._inside_url(position)
            if url_end is not None:
                self._add(_TEXT, text[position:url_end])
                return url_end
        if char == "`":
            return self._code_span(position)
        if char == "\\":
            following = text[position + 1 : position + 2]
            if following in _ESCAPABLE:
                self._add(_TEXT, following)
                return position + 2
            self._add(_TEXT, "\\")
            return position + 1
        if char == "&":
            entity = _ENTITY.match(text, position)
            if entity is not None:
                self._add(_TEXT, html.unescape(entity.group()))
                return entity.end()
            self._add(_TEXT, "&")
            return position + 1
        if char == "<":
            return self._angle(position)
        if char == "!" and text.startswith("![", position):
            self.brackets.append(_Bracket(len(self.kinds), True, self.last))
            self._add(_TEXT, "![")
            return position + 2
        if char in "*_":
            return self._delimiter_run(position)
        self._add(_TEXT, char)
        return position + 1

    def _inside_url(self, position: int) -> int | None:
        """The end of the bare URL ``position`` is in, if it is in one."""
        urls = self.urls
        while self.url_index < len(urls) and urls[self.url_index][1] <= position:
            self.url_index += 1
        if self.url_index < len(urls) and urls[self.url_index][0] <= position:
            return urls[self.url_index][1]
        return None

    def _code_span(self, position: int) -> int:
        text = self.text
        end = position
        while end < len(text) and text[end] == "`":
            end += 1
        closing = self.backticks.closing(end - position, end)
        if closing is None:
            self._add(_TEXT, text[position:end])  # no closer: the backticks are text
            return end
        content = text[end:closing].replace("\n", " ")
        if len(content) > 2 and content[0] == " " and content[-1] == " " and content.strip():
            content = content[1:-1]
        self._add(_CODE, content)
        return closing + (end - position)

    def _link(self, url: str, words: str) -> None:
        self.link_urls[len(self.kinds)] = url
        self._add(_LINK)
        self._add(_TEXT, words)
        self._add(_END)

    def _angle(self, position: int) -> int:
        text = self.text
        autolink = _AUTOLINK.match(text, position)
        if autolink is not None:
            self._link(autolink.group(1), autolink.group(1))
            return autolink.end()
        email = _EMAIL_AUTOLINK.match(text, position)
        if email is not None:
            self._link("mailto:" + email.group(1), email.group(1))
            return email.end()
        if text.startswith("<!--", position):
            end = text.find("-->", position + 4)
            return len(text) if end < 0 else end + 3  # a comment shows nothing
        tag = _TAG.match(text, position)
        if tag is None or tag.group(2).lower() not in _KNOWN_ELEMENTS | _HIDDEN_ELEMENTS:
            self._add(_TEXT, "<")  # "Array<Dog>": no element of HTML, so text
            return position + 1
        name = tag.group(2).lower()
        if name in _HIDDEN_ELEMENTS and not tag.group(1):
            closing = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, tag.end())
            return tag.end() if closing is None else closing.end()
        if name == "a":
            if tag.group(1):
                self._add(_END)
            else:
                href = _HREF.search(tag.group(3))
                self.link_urls[len(self.kinds)] = _href(href) if href else ""
                self._add(_LINK)
        elif name in _BLOCK_ELEMENTS:
            self._add(_BREAK)
        return tag.end()

    def _close_bracket(self, position: int) -> int:
        if not self.brackets:
            self._add(_TEXT, "]")
            return position + 1
        bracket = self.brackets.pop()
        link = None
        if bracket.active:
            if self.parentheses is None:
                self.parentheses = _Parentheses(self.text)
            link = _link_destination(self.text, position + 1, self.parentheses)
        if link is None:
            self._add(_TEXT, "]")
            return position + 1
        url, end = link
        index = bracket.index
        self.kinds[index] = _IMAGE if bracket.image else _LINK
        self.texts[index] = ""
        self.link_urls[index] = url
        self._add(_END_IMAGE if bracket.image else _END)
        if self.emphasis:
            self._process_emphasis(bracket.delimiter)
        if not bracket.image:
            for earlier in self.brackets:  # no link inside a link
                if not earlier.image:
                    earlier.active = False
        return end

    def _delimiter_run(self, position: int) -> int:
        text = self.text
        char = text[position]
        end = position
        while end < len(text) and text[end] == char:
            end += 1
        run = text[position:end]
        index = len(self.kinds)
        self._add(_TEXT, run)
        before = text[position - 1] if position else " "
        after = text[end] if end < len(text) else " "
        left = not after.isspace() and (
            not _is_punctuation(after) or before.isspace() or _is_punctuation(before)
        )
        right = not before.isspace() and (
            not _is_punctuation(before) or after.isspace() or _is_punctuation(after)
        )
        if char == "*":
            can_open, can_close = left, right
        else:
            can_open = left and (not right or _is_punctuation(before))
            can_close = right and (not left or _is_punctuation(after))
        if can_open or can_close:
            delimiter = _Delimiter(index, char, len(run), can_open, can_close)
            delimiter.previous = self.last
            if self.last is not None:
                self.last.next = delimiter
            else:
                self.first = delimiter
            self.last = delimiter
        return end

    def _remove(self, delimiter: _Delimiter) -> None:
        if delimiter.previous is not None:
            delimiter.previous.next = delimiter.next
        else:
            self.first = delimiter.next
        if delimiter.next is not None:
            delimiter.next.previous = delimiter.previous
        else:
            self.last = delimiter.previous

    def _process_emphasis(self, bottom: _Delimiter | None) -> None:
        """CommonMark's "process emphasis" (section 6.2): pair closers with openers and
        drop the paired marks; what is unpaired stays as text."""
        texts = self.texts
        current = bottom.next if bottom is not None else self.first
        openers_bottom: dict[tuple[str, int, bool], _Delimiter | None] = {}
        while current is not None:
            if not current.can_close:
                current = current.next
                continue
            key = (current.char, current.original % 3, current.can_open)
            floor = openers_bottom.get(key, bottom)
            opener = current.previous
            while opener is not None and opener is not floor:
                if (
                    opener.char == current.char
                    and opener.can_open
                    and not (
                        (opener.can_close or current.can_open)
                        and (opener.original + current.original) % 3 == 0
                        and not (opener.original % 3 == 0 and current.original % 3 == 0)
                    )
                ):
                    break
                opener = opener.previous
            if opener is None or opener is floor:
                openers_bottom[key] = current.previous
                following = current.next
                if not current.can_open:
                    self._remove(current)
                current = following
                continue
            used = 2 if opener.count >= 2 and current.count >= 2 else 1
            opener.count -= used
            current.count -= used
            texts[opener.piece] = texts[opener.piece][:-used]
            texts[current.piece] = texts[current.piece][used:]
            between = opener.next
            while between is not None and between is not current:  # unpaired inside
                following = between.next
                self._remove(between)
                between = following
            if opener.count == 0:
                self._remove(opener)
            if current.count == 0:
                following = current.next
                self._remove(current)
                current = following
        # The delimiters above the bottom are done with, paired or not.
        while self.last is not None and self.last is not bottom:
            self._remove(self.last)


class _BacktickRuns:
    """Where each run of backticks starts, by length: a code span's closer is the next
    run of the same length, found by advancing one pointer per length."""

    def __init__(self, text: str) -> None:
        self._runs: dict[int, list[int]] = {}
        self._next: dict[int, int] = {}
        if "`" not in text:
            return
        for run in re.finditer(r"`+", text):
            self._runs.setdefault(len(run.group()), []).append(run.start())

    def closing(self, length: int, after: int) -> int | None:
        starts = self._runs.get(length, [])
        index = self._next.get(length, 0)
        while index < len(starts) and starts[index] < after:
            index += 1
        self._next[length] = index
        return starts[index] if index < len(starts) else None


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


class _Parentheses:
    """For each "(" of a text, the ")" that closes it (escaped ones do not count):
    found in one pass, so that each link's destination costs a lookup, not a scan."""

    def __init__(self, text: str) -> None:
        self.closing: dict[int, int] = {}
        stack: list[int] = []
        for match in re.finditer(r"\\[()]|[()]", text):
            if len(match.group()) == 2:
                continue
            if match.group() == "(":
                stack.append(match.start())
            elif stack:
                self.closing[stack.pop()] = match.start()


# What may stand between a link's destination and its ")": a title, and spaces.
_AFTER_DESTINATION: Final = re.compile(
    r"[ \t]*\n?[ \t]*(?:(?:\"[^\"]{0,300}\"|'[^']{0,300}'|\([^()]{0,300}\))[ \t]*\n?[ \t]*)?\)"
)
_SPACE: Final = re.compile(r"[\s\x00-\x1f]")


def _link_destination(
    text: str, position: int, parentheses: _Parentheses
) -> tuple[str, int] | None:
    """An inline link's ``(destination "title")`` at ``position``: (url, end) or None."""
    if position >= len(text) or text[position] != "(":
        return None
    close = parentheses.closing.get(position)
    if close is None and text.startswith("((", position):
        # "[label]((url)": a doubled "(" that writers mean as one.
        position += 1
        close = parentheses.closing.get(position)
    if close is None or close - position > _MAX_DESTINATION + _MAX_TITLE:
        return None
    start = position + 1
    while start < close and text[start] in " \t\n":
        start += 1
    if start < close and text[start] == "<":
        end = text.find(">", start + 1, close)
        if end < 0 or "\n" in text[start:end]:
            return None
        url, rest = text[start + 1 : end], end + 1
    else:
        space = _SPACE.search(text, start, close)
        rest = close if space is None else space.start()
        url = text[start:rest]
        if len(url) > _MAX_DESTINATION:
            return None
    if not _AFTER_DESTINATION.fullmatch(text, rest, close + 1):
        return None
    if "\\" in url:
        url = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", url)
    return _unescape_url(url), close + 1


def _href(found: re.Match[str]) -> str:
    """The address an ``href`` attribute holds (quoted or not; maybe empty)."""
    return _unescape_url(next((value for value in found.groups() if value is not None), ""))


def _unescape_url(url: str) -> str:
    """Entities in an address as a browser reads an attribute: those ended by ";", and
    a bare "&amp" that no letter, digit or "=" follows ("?a=1&copy=2" keeps its "&copy")."""
    if "&" not in url:
        return url
    url = _ENTITY.sub(lambda entity: html.unescape(entity.group()), url)
    return _LEGACY_AMP.sub("&", url)


def _read_markdown(text: str, builder: _Builder, *, markdown: bool = True) -> None:
    """A Markdown unit: its inlines, one output line per line."""
    if not any(char in text for char in "`<\\&[]*_"):
        builder.add_text(text)
        return
    inlines = _Inlines(text, markdown=markdown).parse()
    kinds, texts = inlines.kinds, inlines.texts
    run: list[str] = []  # text pieces in a row, added at once
    for index, kind in enumerate(kinds):
        if kind == _TEXT:
            run.append(texts[index])
            continue
        if run:
            builder.add_text("".join(run))
            run.clear()
        if kind == _CODE:
            start = builder.size
            builder.add(texts[index])
            builder.code.append((start, builder.size))
        elif kind == _BREAK:
            builder.add("\n")
        elif kind == _LINK:
            builder.open_link(inlines.link_urls[index])
        elif kind == _END:
            builder.close_link()
    if run:
        builder.add_text("".join(run))
