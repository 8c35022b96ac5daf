"""Hostile XML reads nothing external: a trap server on 127.0.0.1 and a secret file must
see no request and leak nothing, and an entity bomb ends at once."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

import podnotes


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
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def trap_url(trap_server: str) -> str:
    _Trap.requests.clear()
    return trap_server


ATTACKS = {
    "external entity": '<!DOCTYPE rss [<!ENTITY e SYSTEM "{url}/e">]>'
    "<rss><channel><title>&e;</title></channel></rss>",
    "file entity": '<!DOCTYPE rss [<!ENTITY e SYSTEM "file://{secret}">]>'
    "<rss><channel><title>&e;</title></channel></rss>",
    "parameter entity": '<!DOCTYPE rss [<!ENTITY % p SYSTEM "{url}/p"> %p;]>'
    "<rss><channel><title>&leak;</title></channel></rss>",
    "external DTD": '<!DOCTYPE rss SYSTEM "{url}/dtd">'
    "<rss><channel><title>&leak;</title></channel></rss>",
    "XInclude": '<rss xmlns:xi="http://www.w3.org/2001/XInclude"><channel><title>t</title>'
    '<description><xi:include href="{url}/x" parse="text"/>'
    '<xi:include href="file://{secret}" parse="text"/>'
    "</description></channel></rss>",
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
@pytest.mark.parametrize("strict", [False, True])
def test_nothing_external_is_read(attack: str, strict: bool, trap_url: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    document = ATTACKS[attack].format(url=trap_url, secret=secret)
    try:
        result = repr(podnotes.parse(document.encode(), strict=strict))
    except podnotes.PodnotesError as error:
        result = str(error)
    assert _Trap.requests == []
    assert "TOP-SECRET-VALUE" not in result
    assert "LEAKED" not in result


def test_an_entity_bomb_ends_at_once() -> None:
    levels = ['<!ENTITY a0 "ha">'] + [
        f'<!ENTITY a{n} "{("&a" + str(n - 1) + ";") * 10}">' for n in range(1, 12)
    ]
    document = (
        f"<!DOCTYPE rss [{''.join(levels)}]><rss><channel><title>&a11;</title></channel></rss>"
    )
    started = time.perf_counter()
    podcast = podnotes.parse(document.encode())
    assert time.perf_counter() - started < 1.0
    assert podcast.title == "&a11;"
    assert [w.code for w in podcast.warnings] == ["doctype-ignored", "entity-repaired"]
