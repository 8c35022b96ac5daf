"""The two walls between a feed and the machine it is read on, each tested alone.

Wall 1, the prolog (podnotes._prolog): every DOCTYPE before the root element is removed,
wherever it stands, so libxml2 never sees a declaration that could name a file.
Wall 2, the parser (podnotes._xml): it loads no DTD, expands no entity, uses no network,
and its resolver answers every request for an external resource with nothing.

Each attack names a secret file (whose marker must never show) and a FIFO (opening it
would block; a watcher notices and lets go). Each wall is turned off in turn, and a
control test turns both off to show that the attack works and that the tests can see it.
"""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import pytest
from lxml import etree

import podnotes
from podnotes import _xml
from podnotes._prolog import Document
from podnotes._report import Report
from podnotes._source import open_source

MARKER = "PODNOTES-TEST-SECRET"


@attrs.define
class Targets:
    """A secret DTD fragment, a secret text file and a FIFO, in a temporary folder."""

    dtd: Path
    text: Path
    fifo: Path
    opened: list[str]


class _FifoWatcher(threading.Thread):
    """Opening a FIFO for writing without blocking works only while somebody has it
    open for reading: this thread tries, notes when it works and closes it again, which
    ends the reader's wait (it reads nothing)."""

    def __init__(self, fifo: Path, opened: list[str]) -> None:
        super().__init__(daemon=True)
        self.fifo = fifo
        self.opened = opened
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                descriptor = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as error:
                if error.errno != errno.ENXIO:  # ENXIO: no reader
                    raise
                time.sleep(0.001)
                continue
            self.opened.append(str(self.fifo))
            os.close(descriptor)


@pytest.fixture
def targets(tmp_path: Path) -> Iterator[Targets]:
    dtd = tmp_path / "secret.dtd"
    dtd.write_text(f'<!ENTITY leak "{MARKER}">')
    text = tmp_path / "secret.txt"
    text.write_text(MARKER)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    found = Targets(dtd=dtd, text=text, fifo=fifo, opened=[])
    watcher = _FifoWatcher(fifo, found.opened)
    watcher.start()
    yield found
    watcher.stopped.set()
    watcher.join()


def _body() -> str:
    return (
        "<rss><channel><title>t &leak;</title><item><title>i</title>"
        '<enclosure url="https://x.example/&leak;.mp3" type="audio/mpeg"/></item>'
        "</channel></rss>"
    )


# Documents that name the targets; each is one way a DOCTYPE can hide.
ATTACKS: dict[str, Callable[[Targets], str]] = {
    "parameter entity from a file": lambda t: (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{t.dtd}"> %p;]>\n'
        + _body()
    ),
    "parameter entity, then a bare second DOCTYPE": lambda t: (
        f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY % p SYSTEM "file://{t.dtd}"> %p;]>\n'
        "<!DOCTYPE rss>\n" + _body()
    ),
    "three DOCTYPEs with comments between, lower case": lambda t: (
        f'<!doctype a>\n<!-- one -->\n<!DOCTYPE x [<!ENTITY % p SYSTEM "{t.dtd}"> %p;]>'
        "<?pi x?><!DOCTYPE rss SYSTEM 'x.dtd'>\n" + _body()
    ),
    "parameter entity from a FIFO": lambda t: (
        f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "{t.fifo}"> %p;]>\n' + _body()
    ),
    "external entities": lambda t: (
        f'<!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{t.text}">'
        f'<!ENTITY f SYSTEM "file://{t.fifo}">]>\n'
        + _body().replace("<title>i</title>", "<title>&f;&leak;</title>")
    ),
    "after a 100 KB comment": lambda t: (
        '<?xml version="1.0"?>\n<!--' + "x" * 100_000 + "-->\n"
        f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{t.dtd}"> %p;]>\n' + _body()
    ),
}


def _everything_read(document: str) -> str:
    """What parse(), parse(strict=True) and iter_episodes() give, as one string."""
    outputs = []
    for run in (
        lambda: podnotes.parse(document.encode()),
        lambda: podnotes.parse(document.encode(), strict=True),
        lambda: list(podnotes.iter_episodes(document.encode())),
        lambda: list(podnotes.iter_episodes(io.BytesIO(document.encode()))),
    ):
        try:
            outputs.append(podnotes.to_json(run()))  # every field: reprs are short
        except podnotes.PodnotesError as error:
            outputs.append(str(error))
    return "\n".join(outputs)


class _OpenParser(etree.XMLParser):
    """The parser without its wall: the same options, but no refusing resolver (these
    options alone still load a parameter entity named in an internal subset)."""

    def __init__(self, *, recover: bool, encoding: str | None) -> None:
        super().__init__(
            encoding=encoding, recover=recover, collect_ids=False, **_xml.HARDENED_OPTIONS
        )
        self.refusals = _xml.RefuseExternal()


def _without_the_prolog_wall(document: str, parser: type[etree.XMLParser]) -> str:
    """Give the document to the parser with its DOCTYPE, as if the prolog kept it."""
    data = document.encode()
    keep = Document(head=data, source=open_source(b""), codec=None, label=None,
                    known=False, root_name="rss")  # fmt: skip
    original = _xml.HardenedParser
    setattr(_xml, "HardenedParser", parser)  # noqa: B010 (a class mypy would not let us swap)
    try:
        root = _xml.read_document(keep, data, Report(strict=False))
    except podnotes.PodnotesError as error:
        return str(error)
    finally:
        setattr(_xml, "HardenedParser", original)  # noqa: B010
    values = [root.findtext(".//title") or ""]
    values += [element.get("url") or "" for element in root.iter("enclosure")]
    return etree.tostring(root, encoding="unicode") + " ".join(values)


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_both_walls_read_nothing(attack: str, targets: Targets) -> None:
    read = _everything_read(ATTACKS[attack](targets))
    assert MARKER not in read
    assert targets.opened == []


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_the_prolog_wall_alone_reads_nothing(
    attack: str, targets: Targets, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_xml, "HardenedParser", _OpenParser)
    read = _everything_read(ATTACKS[attack](targets))
    assert MARKER not in read
    assert targets.opened == []


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_the_parser_wall_alone_reads_nothing(attack: str, targets: Targets) -> None:
    read = _without_the_prolog_wall(ATTACKS[attack](targets), _xml.HardenedParser)
    assert MARKER not in read
    assert targets.opened == []


@pytest.mark.parametrize("attack", ["parameter entity from a file", "parameter entity from a FIFO"])
def test_without_both_walls_the_attack_works(attack: str, targets: Targets) -> None:
    # The control: what the tests above would see if both walls fell.
    read = _without_the_prolog_wall(ATTACKS[attack](targets), _OpenParser)
    assert MARKER in read or targets.opened != []


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/stdin"])
@pytest.mark.parametrize("wall", ["both", "prolog", "parser"])
def test_a_device_named_by_the_feed_never_hangs(device: str, wall: str) -> None:
    # Read, these would never end (or wait for input that never comes).
    code = f"""
import sys
sys.path.insert(0, {str(Path(__file__).parent.parent)!r})
from tests import test_walls as t
from podnotes import _xml
document = '<!DOCTYPE rss [<!ENTITY % p SYSTEM "{device}"> %p;]>' + t._body()
if {wall!r} == "prolog":
    _xml.HardenedParser = t._OpenParser
    print(t._everything_read(document)[:100])
elif {wall!r} == "parser":
    print(t._without_the_prolog_wall(document, _xml.HardenedParser)[:100])
else:
    print(t._everything_read(document)[:100])
"""
    child = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.PIPE,  # open and never written: reading it would wait
    )
    assert child.returncode == 0, child.stderr[-2000:]


def test_a_doctype_inside_the_document_is_no_declaration(targets: Targets) -> None:
    # After the root's start tag, libxml2 reads "<!DOCTYPE" as broken markup, never as
    # a DTD, even with no wall at all.
    document = _body().replace(
        "<channel>", f'<channel><!DOCTYPE x [<!ENTITY % p SYSTEM "file://{targets.dtd}"> %p;]>'
    )
    assert MARKER not in _everything_read(document)
    assert MARKER not in _without_the_prolog_wall(document, _OpenParser)
    assert targets.opened == []


@pytest.mark.parametrize(
    "declaration",
    ['<?xml version="1.0" x>', '<?xml version="1.0">', "<?xml version='1.0' encoding='utf-8'>"],
)
def test_a_doctype_behind_a_malformed_declaration_is_removed(
    declaration: str, targets: Targets, monkeypatch: pytest.MonkeyPatch
) -> None:
    # libxml2's recovery ends such a declaration at its first ">" and reads what follows
    # as prolog: the prolog wall must see the DOCTYPE there too.
    document = (
        declaration
        + f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{targets.dtd}"> %p;]><?a ?>'
        + _body()
    )
    monkeypatch.setattr(_xml, "HardenedParser", _OpenParser)
    read = _everything_read(document)
    assert MARKER not in read
    assert "external resource" not in read  # the parser was never asked for it
    podcast = podnotes.parse(document.encode())
    assert [w.code for w in podcast.warnings[:2]] == ["xml-recovered", "doctype-ignored"]
