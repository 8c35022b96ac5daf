"""Coverage-guided fuzzing of podnotes with atheris, with oracles for what must not happen.

For every input:

- ``parse``, ``iter_episodes``, ``episode_notes``, ``podcast_notes``, ``effective``,
  ``extract``, the JSON round trip and the JSON chapters reader give a result or a
  podnotes exception, nothing else; ``podcast_notes`` only ever leaves guests out;
- nothing outside the input is read or contacted. The harness prepares a secret file,
  a FIFO and a trap server on 127.0.0.1 (see :data:`SECRET`, :data:`SECRET_DTD`, :data:`FIFO`,
  :data:`TRAP_PORT`), and ``fuzz/seeds`` holds documents that name them in every way
  XML allows. Opening the FIFO blocks, so libFuzzer's ``-timeout`` reports it; the
  secret's marker must appear in no output; the trap must see no connection;
- the stream and ``parse()`` agree: the same episodes, channel and warnings, or the
  same error, lenient and strict.

``--large`` repeats each input to about 256 KB, for the shapes that only cost time in
bulk (many links, many names), and fails an input slower than :data:`LARGE_SECONDS`.

    pip install -e '.[fuzz]'
    mkdir -p /tmp/podnotes-fuzz
    python fuzz/fuzz_podnotes.py -max_total_time=1800 -timeout=10 -rss_limit_mb=2048 \\
        -artifact_prefix=/tmp/podnotes-fuzz/ /tmp/podnotes-fuzz fuzz/seeds tests/fixtures/feeds
    python fuzz/fuzz_podnotes.py --large -max_total_time=600 -timeout=30 ...

The first directory collects the growing corpus; the others seed it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import atheris
import attrs

with atheris.instrument_imports():
    import podnotes

    # podnotes loads these on first use; import them here so that they are instrumented.
    import podnotes.chapters_json
    import podnotes.notes
    import podnotes.serialize
    import podnotes.stream

# Two secrets: a DTD fragment (read as a parameter entity, it defines &leak;) and text
# (read as an external entity, it is content). Either one read shows the marker.
SECRET: Final = Path("/tmp/podnotes-fuzz-secret.txt")
SECRET_DTD: Final = Path("/tmp/podnotes-fuzz-secret.dtd")
MARKER: Final = "PODNOTES-SECRET-MARKER"
FIFO: Final = Path("/tmp/podnotes-fuzz-fifo")
TRAP_PORT: Final = 8117
LARGE_SIZE: Final = 256 * 1024
LARGE_SECONDS: Final = 2.0
#: The episodes whose notes podcast_notes reads for each input: enough for its whole-feed
#: rules (ten episodes or more), few enough that the large mode times the reading of
#: notes, not their count (a 256 KB input of unclosed items nests 64 episodes whose
#: notes hold 618,000 characters in all).
NOTES_EPISODES: Final = 12

_connections: list[object] = []


def _prepare() -> None:
    SECRET.write_text(f"{MARKER}\n")
    SECRET_DTD.write_text(f'<!ENTITY leak "{MARKER}">\n')
    if not FIFO.exists():
        os.mkfifo(FIFO)
    trap = socket.create_server(("127.0.0.1", TRAP_PORT), reuse_port=True)

    def serve() -> None:
        while True:
            connection, _ = trap.accept()
            _connections.append(connection)

    threading.Thread(target=serve, daemon=True).start()


def _outcome(run: Any) -> Any:
    try:
        return run()
    except podnotes.PodnotesError as error:
        return error


def _same(streamed: Any, whole: Any) -> bool:
    if isinstance(whole, Exception) or isinstance(streamed, Exception):
        return type(streamed) is type(whole) and str(streamed) == str(whole)
    return bool(streamed == whole)


def _streamed(data: bytes, *, strict: bool) -> podnotes.Podcast:
    stream = podnotes.iter_episodes(data, strict=strict)
    episodes = tuple(stream)
    return attrs.evolve(stream.podcast, episodes=episodes)


def check(data: bytes) -> None:
    outputs: list[str] = []
    results = []
    for strict in (False, True):
        whole = _outcome(lambda strict=strict: podnotes.parse(data, strict=strict))
        streamed = _outcome(lambda strict=strict: _streamed(data, strict=strict))
        assert _same(streamed, whole), f"stream {streamed!r:.300} != parse {whole!r:.300}"
        # The whole value, not its repr (which is short): the secret may be anywhere in it.
        outputs.append(repr(podnotes.to_dict(whole)) if isinstance(whole, podnotes.Podcast)
                       else repr(whole))  # fmt: skip
        results.append(whole)
    podcast = results[0]
    if isinstance(podcast, podnotes.Podcast):
        hash(podcast)
        together = podnotes.podcast_notes(
            attrs.evolve(podcast, episodes=podcast.episodes[:NOTES_EPISODES])
        )
        outputs.append(repr(together))
        for episode, with_the_rest in zip(podcast.episodes[:3], together, strict=False):
            alone = podnotes.episode_notes(episode, podcast)
            # Reading the whole feed only ever leaves guests out, never adds one.
            assert set(with_the_rest.guests) <= set(alone.guests), "podcast_notes added a guest"
            outputs.append(repr(alone))
            outputs.append(repr(podnotes.effective(episode, podcast)))
            outputs.append(repr(podnotes.to_dict(episode)))
        text = podnotes.to_json(podcast)
        assert podnotes.from_json(podnotes.Podcast, text) == podcast
    notes = podnotes.extract(data.decode("utf-8", errors="replace"))
    outputs.append(repr(notes))
    with contextlib.suppress(podnotes.PodnotesError):
        outputs.append(repr(podnotes.chapters_from_json(data)))
    podnotes.chapters_from_json(podnotes.chapters_to_json(notes.chapters))
    assert not any(MARKER in output for output in outputs), "the secret file was read"
    assert not _connections, "a connection was made to the trap server"


def _large(data: bytes) -> None:
    if not data:
        return
    tiled = (data * (LARGE_SIZE // len(data) + 1))[:LARGE_SIZE]
    elapsed = _timed(check, tiled)
    if elapsed >= LARGE_SECONDS:  # once more, so that a busy machine is not taken for a slow shape
        elapsed = min(elapsed, _timed(check, tiled))
    assert elapsed < LARGE_SECONDS, f"{elapsed:.1f} s for {len(tiled)} bytes"


def _timed(run: Callable[[bytes], None], data: bytes) -> float:
    started = time.perf_counter()
    run(data)
    return time.perf_counter() - started


def main() -> None:
    large = "--large" in sys.argv
    arguments = [argument for argument in sys.argv if argument != "--large"]
    _prepare()
    atheris.Setup(arguments, _large if large else check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
