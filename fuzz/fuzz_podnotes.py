"""Coverage-guided fuzzing of podnotes.parse and podnotes.extract with atheris.

Every input must give a result or a podnotes exception; anything else (another
exception, a hang past -timeout, memory past -rss_limit_mb) is a finding.

    pip install atheris
    mkdir -p /tmp/podnotes-fuzz
    python fuzz/fuzz_podnotes.py -max_total_time=1800 -timeout=10 -rss_limit_mb=2048 \\
        -artifact_prefix=/tmp/podnotes-fuzz/ /tmp/podnotes-fuzz tests/fixtures/feeds

The first directory collects the growing corpus; the others seed it.
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    import podnotes

    # podnotes loads these on first use; import them here so that they are instrumented.
    import podnotes.chapters_json
    import podnotes.notes
    import podnotes.serialize
    import podnotes.stream


def test_one_input(data: bytes) -> None:
    try:
        podcast = podnotes.parse(data)
    except podnotes.PodnotesError:
        podcast = None
    if podcast is not None:
        hash(podcast)
        for episode in podcast.episodes[:3]:
            podnotes.episode_notes(episode, podcast)
        assert list(podnotes.iter_episodes(data)) == list(podcast.episodes)
        assert podnotes.from_dict(podnotes.Podcast, podnotes.to_dict(podcast)) == podcast
    text = data.decode("utf-8", errors="replace")
    notes = podnotes.extract(text)
    with contextlib.suppress(podnotes.PodnotesError):
        podnotes.chapters_from_json(data)
    podnotes.chapters_from_json(podnotes.chapters_to_json(notes.chapters))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
