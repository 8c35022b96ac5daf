"""The command line, run as users run it: a process, its output and its exit code."""

from __future__ import annotations

import gzip
import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "examples" / "sample_feed.xml"
FEEDS = ROOT / "tests" / "fixtures" / "feeds"
# The console script that pip installed beside this interpreter, where there is one.
SCRIPT = Path(sys.executable).parent / "podnotes"


def _run(*arguments: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "podnotes", *arguments],
        input=stdin.decode(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _records(result: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    """The JSON Lines of --json output, each one record."""
    records: list[dict[str, Any]] = [json.loads(line) for line in result.stdout.splitlines()]
    return records


def _feed(title: str, *items: tuple[str, int | None]) -> bytes:
    """A feed of episodes given as (title, itunes:episode) pairs."""
    body = "".join(
        f"<item><title>{item}</title>"
        + (f"<itunes:episode>{number}</itunes:episode>" if number is not None else "")
        + "</item>"
        for item, number in items
    )
    return (
        '<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
        f"<title>{title}</title>{body}</channel></rss>"
    ).encode()


def test_a_summary_with_chapters_guests_and_links() -> None:
    result = _run(str(SAMPLE))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[:3] == ["The Build Log", "hosted by Maya Lindqvist", "3 episodes, 0 warnings"]
    assert "42: Shipping Configuration Safely" in lines  # the number once, in the title
    assert "  published: 2026-04-02 07:00:00-04:00" in lines
    assert "  duration: 0:40:12" in lines
    assert "  0:27:05  The login incident" in lines
    assert "  guests: Priya Raman, Tomás O'Brien" in lines
    assert "  link: Priya on GitHub: https://github.com/priya-raman" in lines
    assert result.stderr == ""


def test_choosing_episodes_and_fields() -> None:
    latest = _run(str(SAMPLE), "--latest", "1", "--fields", "guests").stdout
    assert "42: Shipping" in latest
    assert "41: Fast" not in latest
    assert "duration" not in latest
    by_number = _run(str(SAMPLE), "--episode", "40", "--episode", "41", "--fields", "episode_type")
    assert "42: Shipping" not in by_number.stdout
    assert "41: Fast" in by_number.stdout
    assert "  episode_type: bonus" in by_number.stdout


def test_the_number_is_shown_once(tmp_path: Path) -> None:
    feed = tmp_path / "numbers.xml"
    feed.write_bytes(
        _feed(
            "Numbers",
            ("Shipping safely", 42),  # the title does not say it: shown before it
            ("41: Fast builds", 41),
            ("Episode 40 - Questions", 40),
            ("#39 Pilots", 39),
            ("007: Padded", 7),
            ("12 Monkeys, reviewed", 5),  # another number: the episode's is shown
            ("38: From the title alone", None),
        )
    )
    headings = [line for line in _run(str(feed), "--fields", "").stdout.splitlines()[3:] if line]
    assert headings == [
        "#42 Shipping safely",
        "41: Fast builds",
        "Episode 40 - Questions",
        "#39 Pilots",
        "007: Padded",
        "#5 12 Monkeys, reviewed",
        "38: From the title alone",
    ]


def test_latest_takes_one_or_more() -> None:
    for value, message in [
        ("0", "argument --latest: expected 1 or more, got 0"),
        ("-2", "argument --latest: expected 1 or more, got -2"),
        ("two", "argument --latest: expected a whole number, got 'two'"),
    ]:
        result = _run(str(SAMPLE), "--latest", value)
        assert result.returncode == 2
        assert result.stderr.splitlines()[-1] == f"podnotes: error: {message}"
        assert result.stdout == ""


def test_json_is_one_line_per_feed_with_its_source() -> None:
    result = _run(str(SAMPLE), "--json", "--latest", "1")
    assert result.returncode == 0
    assert result.stderr == ""
    (record,) = _records(result)
    assert list(record) == ["source", "podcast"]
    assert record["source"] == str(SAMPLE)
    data = record["podcast"]
    assert data["title"] == "The Build Log"
    assert [episode["number"] for episode in data["episodes"]] == [42]
    episode = data["episodes"][0]
    assert episode["duration"] == 2412
    assert episode["published"] == "2026-04-02T07:00:00-04:00"
    assert [c["title"] for c in episode["show_notes"]["chapters"]][:2] == [
        "Intro",
        "Why configuration breaks things",
    ]
    assert episode["show_notes"]["guests"][0]["name"] == "Priya Raman"
    assert set(episode["show_notes"]) == {"chapters", "guests", "links"}
    # Every Episode field is there, with the show notes beside them.
    assert "enclosures" in episode
    assert "chapters" in episode


def test_json_has_one_shape_for_one_feed_many_or_none(tmp_path: Path) -> None:
    shutil.copy(FEEDS / "rss2_basic.xml", tmp_path / "a.xml")
    shutil.copy(FEEDS / "atom.xml", tmp_path / "b.xml")
    shutil.copy(FEEDS / "not_a_feed_other_xml.xml", tmp_path / "c.xml")
    many = _run("--json", str(tmp_path), str(SAMPLE))
    assert many.returncode == 1
    assert [r["source"] for r in _records(many)] == [
        str(tmp_path / "a.xml"),
        str(tmp_path / "b.xml"),
        str(SAMPLE),
    ]
    assert [r["podcast"]["title"] for r in _records(many)] == [
        "Plain Old Radio",
        "Atomic Audio",
        "The Build Log",
    ]
    assert many.stderr.startswith(f"podnotes: error: {tmp_path / 'c.xml'}: line 3: found")
    missing = _run("--json", str(tmp_path / "missing.xml"))
    assert missing.returncode == 1
    assert missing.stdout == ""  # no [] and no null: errors are on standard error only
    assert "No such file or directory" in missing.stderr
    standard_input = _run("--json", "-", stdin=SAMPLE.read_bytes())
    assert [r["source"] for r in _records(standard_input)] == ["-"]


def test_json_records_are_written_as_each_feed_is_read() -> None:
    # The second feed is standard input, held open until the first record has arrived.
    with subprocess.Popen(
        [sys.executable, "-m", "podnotes", "--json", str(SAMPLE), "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as child:
        assert child.stdin is not None
        assert child.stdout is not None
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready, "no record before standard input ended"
        first = json.loads(child.stdout.readline())
        assert first["source"] == str(SAMPLE)
        child.stdin.write((FEEDS / "rss2_basic.xml").read_bytes())
        child.stdin.close()
        second = json.loads(child.stdout.readline())
        assert second["source"] == "-"
        assert second["podcast"]["title"] == "Plain Old Radio"
        assert child.wait(timeout=60) == 0


def test_fields_choose_what_json_gives_of_each_episode() -> None:
    (record,) = _records(_run(str(SAMPLE), "--json", "--fields", "duration,chapters"))
    episode = record["podcast"]["episodes"][0]
    # What says which episode it is stays; the rest is what was asked for.
    assert set(episode) == {"guid", "number", "title", "duration", "show_notes"}
    assert set(episode["show_notes"]) == {"chapters"}
    assert episode["show_notes"]["chapters"][0]["title"] == "Intro"
    (record,) = _records(_run(str(SAMPLE), "--json", "--fields", "persons"))
    episode = record["podcast"]["episodes"][0]
    assert set(episode) == {"guid", "number", "title", "persons"}
    assert episode["persons"][0]["name"] == "Priya Raman"


def test_an_unknown_field_lists_each_name_once() -> None:
    result = _run(str(SAMPLE), "--fields", "colour")
    assert result.returncode == 2
    message = result.stderr.splitlines()[-1]
    assert message.startswith(
        "podnotes: error: unknown field 'colour'; choose from chapters, guests, links (the "
        "show notes) or another Episode field: title, itunes_title, guid, "
    )
    names = message.split(": ")[-1].split(", ")
    assert len(names) == len(set(names))
    assert len(re.findall(r"\bchapters\b", message)) == 1
    assert "chapters" in _run("--help").stdout


def test_standard_input() -> None:
    result = _run("-", "--fields", "number", stdin=SAMPLE.read_bytes())
    assert result.returncode == 0
    assert result.stdout.startswith("The Build Log\n")


def test_a_directory_names_each_feed_and_goes_on_past_errors(tmp_path: Path) -> None:
    for name in ("rss2_basic.xml", "atom.xml", "not_a_feed_other_xml.xml"):
        shutil.copy(FEEDS / name, tmp_path / name)
    result = _run(str(tmp_path), "--fields", "")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"podnotes: error: {tmp_path / 'not_a_feed_other_xml.xml'}: line 3: found an XML "
        "document whose root element is <opml>, not RSS or Atom"
    ]
    assert result.stdout.splitlines() == [
        f"==> {tmp_path / 'atom.xml'} <==",
        "Atomic Audio",
        "hosted by Ann Atom",
        "2 episodes, 0 warnings",
        "",
        "Splitting the atom",
        "",
        "Only updated",
        "",
        f"==> {tmp_path / 'rss2_basic.xml'} <==",
        "Plain Old Radio",
        "hosted by Ed Itor",
        "2 episodes, 0 warnings",
        "",
        "The first broadcast",
        "",
        "No enclosure, unknown length",
    ]


def test_warnings_are_counted_and_listed_on_request(tmp_path: Path) -> None:
    feed = FEEDS / "broken_ampersand.xml"
    counted = _run(str(feed), "--fields", "").stdout.splitlines()
    assert counted[1] == "1 episode, 4 warnings (--warnings lists them)"
    listed = _run(str(feed), "--fields", "", "--warnings").stdout.splitlines()
    assert listed[1:6] == [
        "1 episode, 4 warnings",
        "  warning: line 5: bare '&' read as text [entity-repaired]",
        "  warning: line 5: bare '&' read as text [entity-repaired]",
        "  warning: line 7: bare '&' read as text [entity-repaired]",
        "  warning: line 9: bare '&' read as text [entity-repaired]",
    ]
    one = tmp_path / "one.xml"
    one.write_bytes(b"<rss><channel><title>A & B</title></channel></rss>")
    assert _run(str(one)).stdout.splitlines()[1] == (
        "0 episodes, 1 warning (--warnings lists them)"
    )


def test_an_empty_directory_is_an_error(tmp_path: Path) -> None:
    result = _run(str(tmp_path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"podnotes: error: {tmp_path}: the directory is empty\n"
    (tmp_path / "notes.txt").write_text("not a feed")
    (tmp_path / "old").mkdir()
    result = _run(str(tmp_path), "--json")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"podnotes: error: {tmp_path}: no .xml, .rss, .atom files; skipped 1 file not named "
        ".xml, .rss or .atom (notes.txt); 1 subdirectory (old; --recursive reads them)\n"
    )


def test_what_a_directory_holds_besides_feeds_is_counted_and_named(tmp_path: Path) -> None:
    shutil.copy(FEEDS / "rss2_basic.xml", tmp_path / "a.rss")
    for name in ("cover.png", "episode.mp3", "notes.txt", "x.json", "y.opml", "z.html"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "more").mkdir()
    shutil.copy(FEEDS / "atom.xml", tmp_path / "more" / "b.atom")
    result = _run(str(tmp_path), "--fields", "")
    assert result.returncode == 0
    assert result.stderr == (
        f"podnotes: {tmp_path}: skipped 6 files not named .xml, .rss or .atom (cover.png, "
        "episode.mp3, notes.txt, x.json, y.opml, …); 1 subdirectory (more; --recursive "
        "reads them)\n"
    )
    assert "Atomic Audio" not in result.stdout
    recursive = _run(str(tmp_path), "--recursive", "--json")
    assert [r["source"] for r in _records(recursive)] == [
        str(tmp_path / "a.rss"),
        str(tmp_path / "more" / "b.atom"),
    ]
    assert recursive.stderr.startswith(f"podnotes: {tmp_path}: skipped 6 files not named ")
    assert "subdirector" not in recursive.stderr


def test_a_link_to_a_directory_is_not_followed(tmp_path: Path) -> None:
    shutil.copy(FEEDS / "rss2_basic.xml", tmp_path / "a.xml")
    (tmp_path / "loop").symlink_to(tmp_path)
    result = _run(str(tmp_path), "--recursive", "--json")
    assert result.returncode == 0
    assert [r["source"] for r in _records(result)] == [str(tmp_path / "a.xml")]
    assert result.stderr == (
        f"podnotes: {tmp_path}: skipped 1 link to a directory, not followed (loop)\n"
    )


def test_progress_shows_on_a_terminal_when_the_output_goes_elsewhere(tmp_path: Path) -> None:
    for name in ("rss2_basic.xml", "atom.xml"):
        shutil.copy(FEEDS / name, tmp_path / name)
    controller, terminal = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "podnotes", "--json", str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=terminal,
            timeout=120,
        )
        os.close(terminal)
        shown = b""
        while select.select([controller], [], [], 1)[0]:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal is closed: all has been read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert result.returncode == 0
    assert shown.decode().splitlines() == [
        f"[1/2] {tmp_path / 'atom.xml'}",
        f"[2/2] {tmp_path / 'rss2_basic.xml'}",
    ]
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "found a PNG image, not an XML feed"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200), "found a JPEG image, not an XML feed"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(200), "found an MP3 file, not an XML feed"),
        (
            gzip.compress(b"<rss><channel><title>x</title></channel></rss>"),
            "found gzip-compressed data (decompress it first), not an XML feed",
        ),
        (bytes(range(256)) * 4, "found binary data, not an XML feed"),
        (
            b"<!DOCTYPE html><html><head><title>Feed</title></head></html>",
            "found an HTML page (root element <html>), not a feed",
        ),
        (b'{"version": "https://jsonfeed.org/version/1.1"}', "found JSON, not an XML feed"),
        (b"Not found\n", "found plain text, not an XML feed: b'Not found'"),
    ],
    ids=["png", "jpeg", "mp3", "gzip", "binary", "html", "json", "text"],
)
def test_what_is_not_a_feed_is_named_in_one_line(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(data)
    piped = subprocess.run(
        [sys.executable, "-m", "podnotes", "-"], input=data, capture_output=True, timeout=120
    )
    assert piped.returncode == 1
    assert piped.stdout == b""
    assert piped.stderr.decode().startswith(f"podnotes: error: -: {message}")
    for result in (_run(str(path)), _run("--json", str(path))):
        assert result.returncode == 1
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1
        assert result.stderr.startswith(f"podnotes: error: {path}: {message}")


def test_version() -> None:
    import importlib.metadata

    import podnotes

    # The version podnotes states is the one it was installed as.
    assert podnotes.__version__ == importlib.metadata.version("podnotes")
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout == f"podnotes {podnotes.__version__}\n"


@pytest.mark.skipif(not SCRIPT.exists(), reason=f"no podnotes console script at {SCRIPT}")
def test_the_console_script() -> None:
    import podnotes

    version = subprocess.run(
        [str(SCRIPT), "--version"], capture_output=True, text=True, timeout=120
    )
    assert version.stdout == f"podnotes {podnotes.__version__}\n"
    summary = subprocess.run(
        [str(SCRIPT), str(SAMPLE), "--latest", "1"], capture_output=True, text=True, timeout=120
    )
    assert summary.returncode == 0
    assert summary.stdout.startswith("The Build Log\nhosted by Maya Lindqvist\n")


def test_errors_are_one_line_never_a_traceback(tmp_path: Path) -> None:
    missing = _run(str(tmp_path / "missing.xml"))
    assert missing.returncode == 1
    assert missing.stderr == (
        f"podnotes: error: {tmp_path / 'missing.xml'}: cannot read "
        f"'{tmp_path / 'missing.xml'}': No such file or directory\n"
    )
    broken = _run("-", "--strict", stdin=b"<rss><channel><title>a & b</title></channel></rss>")
    assert broken.returncode == 1
    assert broken.stderr.startswith("podnotes: error: -: line 1, column ")
    assert "Traceback" not in broken.stderr
    bad_field = _run(str(SAMPLE), "--fields", "colour")
    assert bad_field.returncode == 2
    assert "unknown field 'colour'" in bad_field.stderr


def _shell(command: str, **environment: str) -> subprocess.CompletedProcess[str]:
    """A shell pipeline with the podnotes command of this interpreter."""
    podnotes = f"{sys.executable} -m podnotes"
    return subprocess.run(
        ["bash", "-c", "set -o pipefail; " + command.replace("podnotes ", podnotes + " ", 1)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **environment},
    )


def _one_line_error(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert message in result.stderr


def test_a_file_name_longer_than_the_system_allows(tmp_path: Path) -> None:
    _one_line_error(_run("a" * 5000), "File name too long")
    _one_line_error(_run(str(tmp_path / ("b" * 300 + ".xml"))), "File name too long")


def test_special_files_end_at_once_with_what_they_are() -> None:
    _one_line_error(_run("/dev/zero"), "found binary data, not an XML feed")
    _one_line_error(_shell("podnotes - < /dev/urandom"), "found binary data, not an XML feed")
    _one_line_error(_run("/dev/null"), "the document is empty")


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    # Megabytes of output, so that the reader is gone long before the writer is done.
    large = tmp_path / "large.xml"
    item = "<item><title>Episode</title><description>" + "words " * 200 + "</description></item>"
    large.write_text("<rss><channel><title>Large</title>" + item * 2000 + "</channel></rss>")
    for command in (
        f"podnotes --json {large} | head -c 1",
        f"podnotes {large} --fields description | head -n 1",
        f"podnotes --json {FEEDS} {large} | head -c 10",
    ):
        result = _shell(command)
        assert result.returncode == 0, command
        assert "Traceback" not in result.stderr
        assert "BrokenPipe" not in result.stderr


def test_a_terminal_that_cannot_show_a_character_gets_an_escape() -> None:
    feed = FEEDS / "encoding_iso8859_7.xml"
    for encoding in ("ascii", "latin-1"):
        result = _shell(f"podnotes {feed}", PYTHONIOENCODING=encoding)
        assert result.returncode == 0, result.stderr
        assert "\\u03" in result.stdout  # Greek, escaped
        assert result.stderr == ""
        # JSON escapes in JSON: the records still read as the same text.
        records = _records(_shell(f"podnotes --json {feed}", PYTHONIOENCODING=encoding))
        utf8 = _records(_shell(f"podnotes --json {feed}", PYTHONIOENCODING="utf-8"))
        assert records == utf8
        assert any("\u0391" <= c <= "\u03c9" for c in records[0]["podcast"]["title"])


def test_running_out_of_memory_is_one_line(tmp_path: Path) -> None:
    # A feed far larger than the address space the child may use.
    feed = tmp_path / "large.xml"
    item = "<item><title>t</title><description>" + "x" * 10_000 + "</description></item>"
    feed.write_text("<rss><channel>" + item * 20_000 + "</channel></rss>")
    limit = (
        "import resource, sys; from podnotes.cli import main; "
        "size = int(open('/proc/self/statm').read().split()[0]) * resource.getpagesize(); "
        "resource.setrlimit(resource.RLIMIT_AS, (size + 150 * 2**20,) * 2); "
        f"sys.exit(main([{str(feed)!r}]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", limit], capture_output=True, text=True, timeout=120
    )
    _one_line_error(result, "out of memory")


def test_closed_standard_streams_are_one_line_errors() -> None:
    feed = FEEDS / "rss2_basic.xml"
    _one_line_error(_shell("podnotes - <&-"), "standard input is closed")
    _one_line_error(_shell(f"podnotes {feed} >&-"), "standard output is closed")
    result = _shell(f"podnotes {feed} 2>&-")
    assert result.returncode == 0
    assert "Plain Old Radio" in result.stdout


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="this system has no /dev/full")
def test_a_full_disk_is_a_one_line_error() -> None:
    feed = FEEDS / "rss2_basic.xml"
    for options in ("", "--json"):
        _one_line_error(
            _shell(f"podnotes {options} {feed} > /dev/full"),
            "cannot write the output: No space left on device",
        )


def test_a_directory_that_cannot_be_listed_is_one_line_and_the_rest_is_read() -> None:
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root, where every directory can be listed, without setpriv")
    # A folder anybody may enter, so that the unprivileged user reaches what is in it.
    folder = Path(tempfile.mkdtemp())
    folder.chmod(0o755)
    locked = folder / "locked"
    locked.mkdir()
    readable = folder / "open.xml"
    shutil.copy(FEEDS / "rss2_basic.xml", readable)
    readable.chmod(0o644)
    locked.chmod(0o000)
    as_nobody = "setpriv --reuid=65534 --regid=65534 --clear-groups " if os.geteuid() == 0 else ""
    if as_nobody:
        # A Python under /root, one built with a shared library there, or a checkout in a
        # folder only its owner may enter (mktemp -d) keeps the unprivileged user out.
        probe = subprocess.run(
            [*as_nobody.split(), sys.executable, "-c", "import podnotes"],
            capture_output=True,
            text=True,
        )
        if probe.returncode != 0:
            reason = probe.stderr.strip().splitlines()[-1] if probe.stderr.strip() else ""
            pytest.skip(f"the unprivileged user cannot run podnotes here: {reason}")
    try:
        result = _shell(f"{as_nobody}podnotes {locked} {readable}")
    finally:
        locked.chmod(0o755)
        shutil.rmtree(folder)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"podnotes: error: {locked}: Permission denied" in result.stderr
    assert "Plain Old Radio" in result.stdout


def test_random_bytes_are_always_binary_data() -> None:
    # Whatever their first byte ("<", "{", a byte-order mark), random bytes are said to
    # be binary data, not JSON, plain text or a broken root element.
    import podnotes

    for _ in range(200):
        tail = os.urandom(2000)
        if tail[0] != 0:  # "<" and a NUL byte: see the known failure below
            with pytest.raises(podnotes.NotAFeedError, match="found binary data"):
                podnotes.parse(b"<" + tail)
        with pytest.raises(podnotes.NotAFeedError, match="found binary data"):
            podnotes.parse(b"{" + tail)


def test_random_bytes_after_a_utf16_looking_start_are_binary_data() -> None:
    # '<' and a NUL byte look like UTF-16 markup; what follows is not (once a bug).
    import podnotes

    data = b"<\x00" + bytes(range(1, 256)) * 8
    with pytest.raises(podnotes.NotAFeedError, match="found binary data"):
        podnotes.parse(data)


def test_the_summary_shown_in_the_documentation_is_what_the_command_prints() -> None:
    page = (ROOT / "docs" / "cli.md").read_text()
    block = re.search(r"```text\n\$ podnotes (.*?)\n(.*?)```", page, re.DOTALL)
    assert block is not None
    result = subprocess.run(
        [sys.executable, "-m", "podnotes", *block.group(1).split()],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout == block.group(2)
