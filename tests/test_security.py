"""Hostile input: every attack runs with a trap server on 127.0.0.1 and a secret file in
a temporary directory; no attack may make a request, leak the secret, or exceed its time
and memory, and each ends with a result or a podnotes exception.

Resource attacks run in a child process under a 2 GiB address-space limit, so that a
runaway allocation fails that process, not the test run.
"""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

import podnotes

MEMORY_LIMIT = 2 * 1024**3
TIME_LIMIT = 120  # seconds; only a runaway would come near it (docs/security.md has timings)


class _Trap(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Trap.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY leak "LEAKED">')

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def trap_server() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Trap)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def trap_url(trap_server: str) -> str:
    _Trap.requests.clear()
    return trap_server


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-VALUE")
    return path


def _doctype(url: str, secret: Path, extra: str = "") -> str:
    return (
        f'<!DOCTYPE rss SYSTEM "{url}/dtd" [\n'
        f'  <!ENTITY secret SYSTEM "file://{secret}">\n'
        f'  <!ENTITY remote SYSTEM "{url}/entity">\n'
        f'  <!ENTITY % param SYSTEM "{url}/param"> %param;\n'
        f"{extra}]>\n"
    )


# Each builds the document in the child process, from the trap URL and the secret path.
ATTACKS: dict[str, str] = {
    "external entities": """
        doc = doctype + "<rss><channel><title>&secret;&remote;&leak;</title></channel></rss>"
    """,
    "XInclude": """
        doc = ('<rss xmlns:xi="http://www.w3.org/2001/XInclude"><channel><title>t</title>'
               f'<description><xi:include href="{url}/x" parse="text"/>'
               f'<xi:include href="file://{secret}" parse="text"/></description></channel></rss>')
    """,
    "stylesheet": """
        doc = (f'<?xml-stylesheet type="text/xsl" href="{url}/xsl"?>'
               "<rss><channel><title>t</title></channel></rss>")
    """,
    "billion laughs": """
        levels = '<!ENTITY a0 "ha">' + "".join(
            f'<!ENTITY a{n} "{("&a" + str(n - 1) + ";") * 10}">' for n in range(1, 12))
        doc = doctype_with(levels) + "<rss><channel><title>&a11;&secret;</title></channel></rss>"
    """,
    "quadratic blowup": """
        big = '<!ENTITY big "' + "x" * 100_000 + '">'
        doc = (doctype_with(big) + "<rss><channel><title>" + "&big;" * 100_000
               + "</title></channel></rss>")
    """,
    "10,000-deep nesting": """
        doc = (doctype + "<rss><channel><title>&secret;</title><description>" + "<a>" * 10_000
               + "</a>" * 10_000 + "</description><item><title>i</title></item></channel></rss>")
    """,
    "100 MB text node": """
        doc = (doctype + "<rss><channel><title>" + "a" * 100_000_000
               + "&remote;</title></channel></rss>")
    """,
    "a million attributes": """
        attributes = " ".join(f'a{n}="x"' for n in range(1_000_000))
        doc = doctype + f"<rss><channel><title {attributes}>&secret;</title></channel></rss>"
    """,
    "50 MB description": """
        doc = (doctype + "<rss><channel><item><title>t</title><description>"
               + "word &amp; <b>bold</b> 12:34 https://a.example/ " * 1_000_000
               + "</description></item></channel></rss>")
    """,
}

_CHILD = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
import podnotes
url, secret = {url!r}, {secret!r}
doctype = {doctype!r}
def doctype_with(extra):
    return doctype.replace("]>", extra + "]>")
{build}
started = time.perf_counter()
try:
    podcast, kind = podnotes.parse(doc.encode()), "Podcast"
except podnotes.PodnotesError as error:
    podcast, kind = None, type(error).__name__ + ": " + str(error)
elapsed = time.perf_counter() - started
# VmHWM, not ru_maxrss: the latter is inherited from the parent process on Linux.
peak_kb = int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1])
# Every field, looked at after the measurement: reprs are short, and the JSON is large.
everything = podnotes.to_json(podcast) if podcast is not None else kind
leaked = "TOP-SECRET-VALUE" in everything or "LEAKED" in everything
print(json.dumps({{"outcome": kind[:1000], "leaked": leaked, "seconds": elapsed,
                  "peak_mb": peak_kb // 1024}}))
"""


def _run_attack(name: str, url: str, secret: Path) -> dict[str, Any]:
    code = _CHILD.format(
        limit=MEMORY_LIMIT,
        url=url,
        secret=str(secret),
        doctype=_doctype(url, secret),
        build=textwrap.dedent(ATTACKS[name]),
    )
    child = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=TIME_LIMIT
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert "TOP-SECRET-VALUE" not in child.stdout + child.stderr
    assert "LEAKED" not in child.stdout + child.stderr
    result: dict[str, Any] = json.loads(child.stdout)
    assert result["leaked"] is False
    return result


@pytest.mark.slow
@pytest.mark.parametrize("attack", list(ATTACKS))
def test_an_attack_reads_nothing_and_ends(attack: str, trap_url: str, secret: Path) -> None:
    result = _run_attack(attack, trap_url, secret)
    assert _Trap.requests == []
    assert result["peak_mb"] < MEMORY_LIMIT // 1024**2


@pytest.mark.parametrize("strict", [False, True])
def test_strict_mode_reads_nothing_either(strict: bool, trap_url: str, secret: Path) -> None:
    document = (
        _doctype(trap_url, secret) + "<rss><channel><title>&secret;&remote;</title></channel></rss>"
    )
    try:
        result = podnotes.to_json(podnotes.parse(document.encode(), strict=strict))
    except podnotes.PodnotesError as error:
        result = str(error)
    assert _Trap.requests == []
    assert "TOP-SECRET-VALUE" not in result


def test_show_notes_never_fetch_or_open_what_they_name(trap_url: str, secret: Path) -> None:
    text = (
        f'<a href="{trap_url}/x">x</a> <img src="{trap_url}/i"> '
        f"file://{secret} [s](file://{secret})"
    )
    notes = podnotes.extract(text)
    assert _Trap.requests == []
    assert "TOP-SECRET-VALUE" not in repr(notes)


def test_parsing_is_deterministic_across_processes() -> None:
    feed = Path(__file__).parent / "fixtures" / "feeds" / "podcasting20_item.xml"
    code = (
        "import hashlib, pathlib, sys, podnotes\n"
        "podcast = podnotes.parse(pathlib.Path(sys.argv[1]))\n"
        "notes = podnotes.episode_notes(podcast.episodes[0], podcast)\n"
        "data = podnotes.to_json(podcast) + podnotes.to_json(notes)\n"
        "print(hashlib.sha256(data.encode()).hexdigest())"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, str(feed)],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def main() -> None:
    """Print each attack's time and peak memory: the table in docs/security.md."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Trap)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    secret = Path(__file__).parent / "fixtures" / "no-such-secret.txt"
    print("| attack | seconds | peak memory (MB) | outcome |\n|---|---|---|---|")
    for name in ATTACKS:
        result = _run_attack(name, url, secret)
        outcome = result["outcome"].split("(", 1)[0]
        print(f"| {name} | {result['seconds']:.2f} | {result['peak_mb']} | {outcome} |")
    print(f"\nRequests to the trap server: {len(_Trap.requests)}")
    server.shutdown()


if __name__ == "__main__":
    main()
