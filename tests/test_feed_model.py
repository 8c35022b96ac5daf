"""The feed model's promises beyond single fields: every Podcasting 2.0 tag is read, an
episode inherits its channel's values by the specifications' rules, what podnotes does
not model stays within reach, and the shortcuts apps need."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import attrs
import pytest

import podnotes
from podnotes import _fields, model
from tests.helpers import fixture_feeds

NAMESPACES = (
    'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
    'xmlns:podcast="https://podcastindex.org/namespace/1.0"'
)

ALTERNATE = (
    '<podcast:alternateEnclosure type="audio/opus"><podcast:source uri="https://x.example/a.opus"/>'
    '<podcast:integrity type="sri" value="sha384-x"/></podcast:alternateEnclosure>'
)
VALUE = (
    '<podcast:value type="lightning" method="keysend">'
    '<podcast:valueRecipient type="node" address="02" split="1"/></podcast:value>'
)

# Every tag of the Podcasting 2.0 namespace's list (docs/tags of
# github.com/Podcastindex-org/podcast-namespace), where it may stand, and the field it
# is read into. Tags that only live inside another (source, integrity, valueRecipient,
# valueTimeSplit) are checked through their parent's value.
P20_TAGS: dict[str, tuple[str, str, Callable[[podnotes.Podcast], object]]] = {
    "transcript": (
        "item",
        '<podcast:transcript url="https://x.example/t.vtt" type="text/vtt"/>',
        lambda p: p.episodes[0].transcripts,
    ),
    "locked": (
        "channel",
        '<podcast:locked owner="o@x.example">yes</podcast:locked>',
        lambda p: p.locked,
    ),
    "funding": (
        "channel",
        '<podcast:funding url="https://x.example/f">Give</podcast:funding>',
        lambda p: p.funding,
    ),
    "chapters": (
        "item",
        '<podcast:chapters url="https://x.example/c.json" type="application/json+chapters"/>',
        lambda p: p.episodes[0].chapters_file,
    ),
    "soundbite": (
        "item",
        '<podcast:soundbite startTime="1" duration="30"/>',
        lambda p: p.episodes[0].soundbites,
    ),
    "person": (
        "item",
        '<podcast:person role="guest">Grace</podcast:person>',
        lambda p: p.episodes[0].persons,
    ),
    "location": (
        "channel",
        '<podcast:location geo="geo:1,2">Here</podcast:location>',
        lambda p: p.locations,
    ),
    "season": (
        "item",
        '<podcast:season name="One">1</podcast:season>',
        lambda p: p.episodes[0].season_name,
    ),
    "episode": (
        "item",
        '<podcast:episode display="Ch. 3">3</podcast:episode>',
        lambda p: p.episodes[0].episode_name,
    ),
    "trailer": (
        "channel",
        '<podcast:trailer url="https://x.example/t.mp3" pubdate="Thu, 01 Apr 2021 08:00:00 GMT">'
        "T</podcast:trailer>",
        lambda p: p.trailers,
    ),
    "license": ("channel", "<podcast:license>CC-BY-4.0</podcast:license>", lambda p: p.license),
    "alternateEnclosure": (
        "item",
        ALTERNATE,
        lambda p: p.episodes[0].alternate_enclosures,
    ),
    "source": (
        "item",
        '<podcast:alternateEnclosure type="audio/opus"><podcast:source uri="https://x.example/a.opus"/></podcast:alternateEnclosure>',
        lambda p: p.episodes[0].alternate_enclosures[0].sources,
    ),
    "integrity": (
        "item",
        ALTERNATE,
        lambda p: p.episodes[0].alternate_enclosures[0].integrity,
    ),
    "guid": ("channel", "<podcast:guid>f1</podcast:guid>", lambda p: p.guid),
    "value": (
        "channel",
        VALUE,
        lambda p: p.values,
    ),
    "valueRecipient": (
        "channel",
        VALUE,
        lambda p: p.values[0].recipients,
    ),
    "medium": ("channel", "<podcast:medium>music</podcast:medium>", lambda p: p.medium),
    "images": (
        "channel",
        '<podcast:images srcset="https://x.example/a.jpg 600w"/>',
        lambda p: p.images,
    ),
    "image": (
        "item",
        '<podcast:image href="https://x.example/i.jpg" purpose="artwork"/>',
        lambda p: p.episodes[0].image,
    ),
    "liveItem": (
        "channel",
        '<podcast:liveItem status="live" start="2026-04-02T19:00:00Z">'
        "<title>L</title></podcast:liveItem>",
        lambda p: p.live_items,
    ),
    "contentLink": (
        "item",
        '<podcast:contentLink href="https://x.example/watch">Watch</podcast:contentLink>',
        lambda p: p.episodes[0].content_links,
    ),
    "socialInteract": (
        "item",
        '<podcast:socialInteract protocol="activitypub" uri="https://x.example/@a/1"/>',
        lambda p: p.episodes[0].social_interacts,
    ),
    "block": ("channel", '<podcast:block id="spotify">yes</podcast:block>', lambda p: p.blocks),
    "txt": ("channel", '<podcast:txt purpose="verify">abc</podcast:txt>', lambda p: p.txt_records),
    "remoteItem": ("channel", '<podcast:remoteItem feedGuid="f1"/>', lambda p: p.remote_items),
    "podroll": (
        "channel",
        '<podcast:podroll><podcast:remoteItem feedGuid="f1"/></podcast:podroll>',
        lambda p: p.podroll,
    ),
    "updateFrequency": (
        "channel",
        '<podcast:updateFrequency rrule="FREQ=WEEKLY">Weekly</podcast:updateFrequency>',
        lambda p: p.update_frequency,
    ),
    "podping": ("channel", '<podcast:podping usesPodping="true"/>', lambda p: p.uses_podping),
    "valueTimeSplit": (
        "item",
        '<podcast:value type="lightning" method="keysend">'
        '<podcast:valueTimeSplit startTime="1" duration="2"><podcast:remoteItem feedGuid="f1"/>'
        "</podcast:valueTimeSplit></podcast:value>",
        lambda p: p.episodes[0].values[0].time_splits,
    ),
    "chat": (
        "item",
        '<podcast:chat server="irc.x.example" protocol="irc"/>',
        lambda p: p.episodes[0].chat,
    ),
    "publisher": (
        "channel",
        '<podcast:publisher><podcast:remoteItem feedGuid="f1" medium="publisher"/>'
        "</podcast:publisher>",
        lambda p: p.publisher,
    ),
}


def _feed(channel: str = "", item: str = "") -> str:
    return (
        f"<rss {NAMESPACES}><channel><title>C</title>{channel}<item>{item}</item></channel></rss>"
    )


@pytest.mark.parametrize("tag", list(P20_TAGS))
def test_every_podcasting_2_tag_is_read_into_the_model(tag: str) -> None:
    where, snippet, field = P20_TAGS[tag]
    podcast = podnotes.parse(_feed(**{where: snippet}))
    assert field(podcast) not in (None, (), "")
    assert podcast.warnings == ()
    assert podcast.extensions == podcast.episodes[0].extensions == ()


def test_the_tag_list_is_the_namespaces() -> None:
    # The 32 tag files of the namespace's docs/tags, 2025 (podcast:image the newest).
    assert len(P20_TAGS) == 32


def test_an_unknown_podcasting_2_tag_is_kept_raw() -> None:
    podcast = podnotes.parse(_feed(channel="<podcast:newThing a='1'>text</podcast:newThing>"))
    assert podcast.extensions == (
        podnotes.RawElement(
            namespace="https://podcastindex.org/namespace/1.0",
            name="newThing",
            attributes=(("a", "1"),),
            text="text",
        ),
    )


def test_extensions_are_bounded_and_say_so() -> None:
    many = "".join(f"<x:e{n} xmlns:x='urn:x'>{n}</x:e{n}>" for n in range(150))
    deep = "<y:a xmlns:y='urn:y'>" + "<y:b>" * 10 + "</y:b>" * 10 + "</y:a>"
    long = "<z:t xmlns:z='urn:z'>" + "w" * 20_000 + "</z:t>"
    podcast = podnotes.parse(_feed(channel=deep + long + many))
    assert len(podcast.extensions) == _fields.MAX_EXTENSIONS
    codes = [w.code for w in podcast.warnings]
    assert codes == ["extensions-truncated"] * 3  # the depth, the text, the count
    raw, depth = podcast.extensions[0], 1
    while raw.children:
        raw, depth = raw.children[0], depth + 1
    assert depth == _fields.MAX_EXTENSION_DEPTH
    assert len(podcast.extensions[1].text or "") == _fields.MAX_EXTENSION_TEXT


BLOCKS = (
    "<podcast:block>no</podcast:block>"
    '<podcast:block id="spotify">yes</podcast:block>'
    '<podcast:block id="apple">no</podcast:block>'
)


@pytest.mark.parametrize(
    ("blocks", "platform", "blocked"),
    [
        (BLOCKS, "spotify", True),  # the block naming the platform decides
        (BLOCKS, "Spotify", True),  # slugs are matched whatever their case
        (BLOCKS, "apple", False),
        (BLOCKS, "overcast", False),  # no block names it; the general one says no
        (BLOCKS, None, False),
        ("<podcast:block>yes</podcast:block>", "overcast", True),
        ('<podcast:block>yes</podcast:block><podcast:block id="x">no</podcast:block>', "x", False),
        ("<itunes:block>Yes</itunes:block>", "apple", True),
        ("<itunes:block>Yes</itunes:block>", "spotify", False),
        ("", "apple", False),
    ],
)
def test_blocked_follows_the_spec(blocks: str, platform: str | None, blocked: bool) -> None:
    assert podnotes.parse(_feed(channel=blocks)).blocked(platform) is blocked


CHANNEL = (
    '<itunes:image href="https://x.example/show.jpg"/><itunes:explicit>yes</itunes:explicit>'
    "<itunes:author>Show Author</itunes:author><podcast:locked>yes</podcast:locked>"
    "<podcast:person>Ada Host</podcast:person>"
    '<podcast:value type="lightning" method="keysend"><podcast:valueRecipient type="node" '
    'address="02show" split="1"/></podcast:value>'
    '<podcast:funding url="https://x.example/give">Give</podcast:funding>'
    "<podcast:license>CC-BY-4.0</podcast:license>"
    '<podcast:location rel="creator">Berlin</podcast:location>'
    "<podcast:location>Mars</podcast:location>"
    '<podcast:chat server="irc.x.example" protocol="irc"/>'
    '<podcast:block id="spotify">yes</podcast:block>'
)


def test_an_episode_without_values_of_its_own_takes_its_channels() -> None:
    podcast = podnotes.parse(_feed(channel=CHANNEL, item="<title>Plain</title>"))
    episode = podcast.episodes[0]
    values = podnotes.effective(episode, podcast)
    assert values.image == podcast.image
    assert values.explicit is True
    assert values.author == "Show Author"
    assert values.persons == podcast.persons
    assert values.values == podcast.values
    assert values.locked is True
    assert values.funding == podcast.funding
    assert values.license == podcast.license
    assert values.locations == podcast.locations
    assert values.chat == podcast.chat
    assert values.blocked("spotify")


def test_an_episodes_own_values_win_by_each_specs_rule() -> None:
    item = (
        '<itunes:image href="https://x.example/ep.jpg"/><itunes:explicit>no</itunes:explicit>'
        '<podcast:person role="guest">Grace Guest</podcast:person>'
        '<podcast:value type="lightning" method="keysend"><podcast:valueRecipient type="node" '
        'address="02ep" split="1"/></podcast:value>'
        "<podcast:location>Venus</podcast:location>"
        '<podcast:chat server="matrix.x.example" protocol="matrix"/>'
    )
    podcast = podnotes.parse(_feed(channel=CHANNEL, item=item))
    episode = podcast.episodes[0]
    values = podnotes.effective(episode, podcast)
    assert values.image == episode.image
    assert values.explicit is False  # "no" is a value, not an absence
    # podcast:person: the episode's people wholly replace the channel's.
    assert [person.name for person in values.persons] == ["Grace Guest"]
    assert values.values == episode.values
    # podcast:location: the episode's replaces the channel's of the same rel only.
    assert [location.name for location in values.locations] == ["Venus", "Berlin"]
    assert values.chat == episode.chat
    assert values.locked is True  # the channel's: no episode has one


def test_an_episodes_media_and_the_shortcuts_to_it() -> None:
    feed = _feed(
        item='<enclosure url="https://x.example/1.mp3"/><enclosure url="https://x.example/1.ogg"/>'
    )
    episode = podnotes.parse(feed).episodes[0]
    assert episode.enclosure == episode.enclosures[0]
    assert episode.media_url == "https://x.example/1.mp3"
    alternate = (
        '<podcast:alternateEnclosure type="audio/opus"><podcast:source uri="https://x.example/a.opus"/>'
        "</podcast:alternateEnclosure>"
        '<podcast:alternateEnclosure type="audio/aac" default="true">'
        '<podcast:source uri="https://x.example/d.aac"/></podcast:alternateEnclosure>'
    )
    episode = podnotes.parse(_feed(item=alternate)).episodes[0]
    assert episode.enclosure is None
    assert episode.media_url == "https://x.example/d.aac"  # the default one
    assert podnotes.parse(_feed(item="<title>t</title>")).episodes[0].media_url is None


def test_paging_and_hub_shortcuts() -> None:
    links = "".join(
        f'<a:link xmlns:a="http://www.w3.org/2005/Atom" rel="{rel}" href="https://x.example/{rel}"/>'
        for rel in ("next", "first", "last", "hub", "payment")
    )
    podcast = podnotes.parse(_feed(channel=links))
    assert podcast.next_page_url == "https://x.example/next"
    assert podcast.first_page_url == "https://x.example/first"
    assert podcast.last_page_url == "https://x.example/last"
    assert podcast.hub_urls == ("https://x.example/hub",)
    assert podcast.payment_url == "https://x.example/payment"
    assert podnotes.parse(_feed()).next_page_url is None


def test_reprs_are_short_and_equality_is_whole() -> None:
    items = "".join(
        f"<item><title>Episode {n}</title><description>{'x' * 10_000}</description></item>"
        for n in range(100)
    )
    podcast = podnotes.parse(f"<rss><channel><title>Big</title>{items}</channel></rss>")
    assert repr(podcast) == "<Podcast 'Big': 100 episodes, 0 warnings>"
    assert repr(podcast.episodes[0]) == "<Episode #0 'Episode 0'>"
    assert len(repr(podcast.episodes)) < 5_000
    changed = attrs.evolve(podcast.episodes[0], description="other")
    assert changed != podcast.episodes[0]
    assert repr(changed) == repr(podcast.episodes[0])


def test_chapters_read_from_the_feed_end_where_the_next_starts() -> None:
    chapters = (
        '<psc:chapters xmlns:psc="http://podlove.org/simple-chapters">'
        '<psc:chapter start="0" title="A"/><psc:chapter start="60" title="B"/></psc:chapters>'
        "<itunes:duration>90</itunes:duration>"
    )
    episode = podnotes.parse(_feed(item=chapters)).episodes[0]
    assert [(c.start, c.end) for c in episode.chapters] == [
        (timedelta(0), timedelta(seconds=60)),
        (timedelta(seconds=60), timedelta(seconds=90)),
    ]


@pytest.mark.parametrize("feed", fixture_feeds())
def test_the_readers_episodes_are_the_episodes_attrs_builds(feed: Path) -> None:
    # parse() builds episodes with episode_from_fields, which skips attrs' __init__ and
    # leaves the defaults to the class: each must be the episode attrs builds from the
    # same fields, in every way a user can look at it.
    try:
        podcast = podnotes.parse(feed)
    except podnotes.PodnotesError:
        return
    streamed = list(podnotes.iter_episodes(feed))
    assert streamed == list(podcast.episodes)
    for read in podcast.episodes:
        built = podnotes.Episode(**vars(read))  # attrs' own defaults for the rest
        assert read == built
        assert hash(read) == hash(built)
        assert attrs.asdict(read) == attrs.asdict(built)
        # Every field pickled: equal episodes give equal bytes, and come back as small.
        assert pickle.dumps(read) == pickle.dumps(built)
        assert vars(pickle.loads(pickle.dumps(built))) == vars(read)
        assert vars(copy.copy(built)) == vars(read)
        assert vars(podnotes.from_dict(podnotes.Episode, podnotes.to_dict(read))) == vars(read)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            read.title = "Two"  # type: ignore[misc]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            del read.guid


def test_an_episode_has_only_its_own_fields() -> None:
    with pytest.raises(TypeError, match="'episode_number'"):
        model.episode_from_fields({"title": "x", "episode_number": 3})
    unpickled = object.__new__(podnotes.Episode)
    with pytest.raises(TypeError, match="'episode_number'"):
        unpickled.__setstate__({"title": "x", "episode_number": 3})
