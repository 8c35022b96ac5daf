"""What an episode takes from its channel: :func:`effective`.

The model keeps each value where the feed wrote it. An app showing an episode wants
the episode's artwork, or else the show's; its people, or else the show's; and so on.
Each rule below is the one its specification states; where a specification states
none, the episode's own value wins and the channel's fills in.
"""

from __future__ import annotations

from podnotes.model import Effective, Episode, Location, Podcast

__all__ = ["effective"]


def effective(episode: Episode, podcast: Podcast) -> Effective:
    """``episode``'s values, with ``podcast``'s where the episode has none.

    - ``image``, ``explicit``, ``author``, ``license``, ``chat``: the episode's, else the
      channel's (``podcast:chat``: "overriding what is at the channel level");
    - ``persons``: the episode's ``podcast:person`` entries, if it has any, "wholly
      replace" the channel's;
    - ``values``: an episode's ``podcast:value`` is "an override" of the channel's;
    - ``funding``: the episode's links, else the channel's;
    - ``locations``: an episode's location replaces the channel's of the same ``rel``
      (``subject`` when none is given);
    - ``locked``: the channel's (``podcast:locked`` exists only there);
    - ``blocks``: the episode's, then the channel's, so that the episode's decide.
    """
    return Effective(
        image=episode.image or podcast.image,
        explicit=episode.explicit if episode.explicit is not None else podcast.explicit,
        author=episode.author or podcast.author,
        persons=episode.persons or podcast.persons,
        values=episode.values or podcast.values,
        locked=podcast.locked,
        funding=episode.funding or podcast.funding,
        license=episode.license or podcast.license,
        chat=episode.chat or podcast.chat,
        locations=_locations(episode.locations, podcast.locations),
        blocks=(*episode.blocks, *podcast.blocks),
    )


def _locations(
    episode: tuple[Location, ...], channel: tuple[Location, ...]
) -> tuple[Location, ...]:
    replaced = {location.rel or "subject" for location in episode}
    kept = (location for location in channel if (location.rel or "subject") not in replaced)
    return (*episode, *kept)
