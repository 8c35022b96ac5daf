"""The recipes of docs/fetching.md, run as written against a local HTTP server: the feed
is parsed from bytes, an unchanged feed is not downloaded again, redirects are followed,
and the User-Agent, the timeout and the size limit hold.

The standard library's recipe always runs; those for requests and httpx where they are
installed (both are in the dev extra)."""

from __future__ import annotations

import http.server
import importlib.util
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

ROOT = Path(__file__).parent.parent
PAGE = ROOT / "docs" / "fetching.md"
SAMPLE = (ROOT / "examples" / "sample_feed.xml").read_bytes()
ETAG = '"v1"'
LAST_MODIFIED = "Thu, 02 Apr 2026 11:00:00 GMT"
SLOW = 2.0  # seconds before /slow.xml answers; the recipes are given a shorter timeout


class _Feeds(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, str]]] = []  # the headers of each request

    def do_GET(self) -> None:
        type(self).seen.append({"path": self.path, **dict(self.headers.items())})
        if self.path == "/moved.xml":
            self._answer(301, b"", Location="/feed.xml")
        elif self.path == "/feed.xml" and self.headers.get("If-None-Match") == ETAG:
            self._answer(304, b"")
        elif self.path == "/feed.xml":
            self._answer(200, SAMPLE, ETag=ETAG, **{"Last-Modified": LAST_MODIFIED})
        elif self.path == "/large.xml":
            self._answer(200, b"<rss>" + b" " * 5000 + b"</rss>")
        elif self.path == "/slow.xml":
            time.sleep(SLOW)
            self._answer(200, SAMPLE)
        else:
            self._answer(404, b"not here")

    def _answer(self, status: int, body: bytes, **headers: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/rss+xml")  # no charset, as often
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (the timeout test): nobody to answer
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Feeds)
    httpd.daemon_threads = True
    httpd.block_on_close = False  # the slow answer is not waited for
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _recipe(module: str, url: str) -> dict[str, Any]:
    """Run the page's recipe that imports ``module``, fetching ``url`` for the example."""
    blocks = re.findall(r"```python\n(.*?)```", PAGE.read_text(), re.DOTALL)
    (code,) = [block for block in blocks if re.search(rf"^import {module}\b", block, re.M)]
    assert code.count("https://example.com/feed.xml") == 1
    namespace: dict[str, Any] = {"__name__": f"fetching_with_{module}"}
    exec(compile(code.replace("https://example.com/feed.xml", url), str(PAGE), "exec"), namespace)
    return namespace


# Each client: the module its recipe imports, and what it raises on a timeout (found in
# the recipe's own imports).
Timeouts = Callable[[dict[str, Any]], tuple[type[BaseException], ...]]
CLIENTS: dict[str, tuple[str, Timeouts]] = {
    "urllib": ("urllib.request", lambda recipe: (TimeoutError, recipe["urllib"].error.URLError)),
    "requests": ("requests", lambda recipe: (recipe["requests"].Timeout,)),
    "httpx": ("httpx", lambda recipe: (recipe["httpx"].TimeoutException,)),
}


def _installed(client: str) -> None:
    if client != "urllib" and importlib.util.find_spec(client) is None:
        pytest.skip(f"{client} is not installed (it is in the dev extra: pip install -e '.[dev]')")


@pytest.mark.parametrize("client", list(CLIENTS))
def test_a_recipe_fetches_bytes_and_parses_them(client: str, server: str) -> None:
    _installed(client)
    _Feeds.seen.clear()
    recipe = _recipe(CLIENTS[client][0], f"{server}/feed.xml")
    assert recipe["podcast"].title == "The Build Log"
    # The bytes as sent: read as Latin-1 (the header names no charset), "á" would be "Ã¡".
    assert "Tomás O'Brien" in recipe["podcast"].episodes[0].description
    assert recipe["validators"] == {"If-None-Match": ETAG, "If-Modified-Since": LAST_MODIFIED}
    assert _Feeds.seen[-1]["User-Agent"] == recipe["USER_AGENT"]
    assert "If-None-Match" not in _Feeds.seen[-1]


@pytest.mark.parametrize("client", list(CLIENTS))
def test_an_unchanged_feed_is_not_downloaded_again(client: str, server: str) -> None:
    _installed(client)
    recipe = _recipe(CLIENTS[client][0], f"{server}/feed.xml")
    fetch, validators = recipe["fetch"], recipe["validators"]
    assert fetch(f"{server}/feed.xml", validators) == (None, validators)
    assert _Feeds.seen[-1]["If-None-Match"] == ETAG
    assert _Feeds.seen[-1]["If-Modified-Since"] == LAST_MODIFIED


@pytest.mark.parametrize("client", list(CLIENTS))
def test_a_redirect_is_followed(client: str, server: str) -> None:
    _installed(client)
    fetch = _recipe(CLIENTS[client][0], f"{server}/feed.xml")["fetch"]
    data, validators = fetch(f"{server}/moved.xml", {})
    assert data == SAMPLE
    assert validators["If-None-Match"] == ETAG


@pytest.mark.parametrize("client", list(CLIENTS))
def test_the_size_limit_holds(client: str, server: str) -> None:
    _installed(client)
    recipe = _recipe(CLIENTS[client][0], f"{server}/feed.xml")
    recipe["MAX_BYTES"] = 1000
    with pytest.raises(ValueError, match=r"/large.xml: the feed is larger than 1000 bytes$"):
        recipe["fetch"](f"{server}/large.xml", {})


@pytest.mark.parametrize("client", list(CLIENTS))
def test_the_timeout_holds(client: str, server: str) -> None:
    _installed(client)
    recipe = _recipe(CLIENTS[client][0], f"{server}/feed.xml")
    recipe["TIMEOUT"] = 0.3
    started = time.monotonic()
    with pytest.raises(CLIENTS[client][1](recipe)):
        recipe["fetch"](f"{server}/slow.xml", {})
    assert time.monotonic() - started < SLOW


@pytest.mark.parametrize("client", list(CLIENTS))
def test_an_http_error_is_raised(client: str, server: str) -> None:
    _installed(client)
    recipe = _recipe(CLIENTS[client][0], f"{server}/feed.xml")
    with pytest.raises(Exception, match="404"):
        recipe["fetch"](f"{server}/missing.xml", {})
