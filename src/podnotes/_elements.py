"""Readers of the elements that hold more than one value: ``podcast:person``,
``podcast:value``, ``enclosure``, ``itunes:owner``, ... Each reads one element into
:class:`~podnotes._fields.Fields`, warning about what it skips; the tables in
:mod:`podnotes.feed` say which element each one reads.
"""

from __future__ import annotations

from typing import Final

from podnotes import _values
from podnotes._fields import (
    Element,
    Fields,
    Handler,
    attribute,
    checked,
    element_markup,
    element_text,
    is_element,
    read_count,
    read_date,
    read_decimal,
    read_flag,
    read_seconds,
    required_attribute,
    required_text,
)
from podnotes._xml import ATOM, ITUNES, PODCAST, PSC, split_tag
from podnotes.model import (
    AlternateEnclosure,
    Category,
    Chapter,
    Enclosure,
    Funding,
    Image,
    License,
    Location,
    MediaSource,
    Person,
    RemoteItem,
    SocialInteract,
    Soundbite,
    Trailer,
    Transcript,
    Txt,
    UpdateFrequency,
    Value,
    ValueRecipient,
)

# --- shared by the channel and items -----------------------------------------------


def explicit(element: Element, fields: Fields) -> None:
    text = element_text(element)
    if text is not None:
        fields.set("explicit", checked(_values.parse_explicit, text, element, fields), element)


def yes_into(name: str) -> Handler:
    # itunes:block and itunes:complete: Apple reads only "Yes"; any other value is "no".
    def handle(element: Element, fields: Fields) -> None:
        text = element_text(element)
        if text is not None:
            fields.set(name, text.lower() in ("yes", "true"), element)

    return handle


def itunes_image(element: Element, fields: Fields) -> None:
    url = attribute(element, "href") or attribute(element, "url") or element_text(element)
    if url is None:
        fields.warn("missing-value", "<itunes:image> without 'href' skipped", element)
        return
    fields.set("image", Image(url=url), element)


def weak_image(element: Element, fields: Fields) -> None:
    url = attribute(element, "href") or attribute(element, "url") or element_text(element)
    if url is not None:
        fields.fallback("image", Image(url=url))


def person(element: Element, fields: Fields) -> None:
    name = required_text(element, fields)
    if name is None:
        return
    fields.add(
        "persons",
        Person(
            name=name,
            # The spec's defaults: a person without a role is a host, of the cast.
            role=(attribute(element, "role") or "host").lower(),
            group=(attribute(element, "group") or "cast").lower(),
            image=attribute(element, "img"),
            url=attribute(element, "href"),
        ),
    )


def location(element: Element, fields: Fields) -> None:
    name = required_text(element, fields)
    if name is not None:
        fields.add(
            "locations",
            Location(
                name=name,
                geo=attribute(element, "geo"),
                osm=attribute(element, "osm"),
                rel=attribute(element, "rel"),
                country=attribute(element, "country"),
            ),
        )


def funding(element: Element, fields: Fields) -> None:
    url = required_attribute(element, "url", fields)
    if url is not None:
        fields.add("funding", Funding(url=url, label=element_text(element)))


def license(element: Element, fields: Fields) -> None:
    name = required_text(element, fields)
    if name is not None:
        fields.set("license", License(name=name, url=attribute(element, "url")), element)


def txt(element: Element, fields: Fields) -> None:
    text = required_text(element, fields)
    if text is not None:
        fields.add("txt", Txt(text=text, purpose=attribute(element, "purpose")))


def social_interact(element: Element, fields: Fields) -> None:
    protocol = required_attribute(element, "protocol", fields)
    if protocol is None:
        return
    fields.add(
        "social_interacts",
        SocialInteract(
            protocol=protocol,
            # The first drafts put the URI in the text; the final spec in an attribute.
            uri=attribute(element, "uri") or element_text(element),
            account_id=attribute(element, "accountId"),
            account_url=attribute(element, "accountUrl"),
            priority=read_count(attribute(element, "priority"), element, fields, "priority"),
        ),
    )


def value(element: Element, fields: Fields) -> None:
    kind = required_attribute(element, "type", fields)
    method = required_attribute(element, "method", fields)
    if kind is None or method is None:
        return
    recipients = []
    for child in element:
        if not is_element(child, PODCAST, "valueRecipient"):
            continue
        address = required_attribute(child, "address", fields)
        recipient_type = required_attribute(child, "type", fields)
        split = read_count(required_attribute(child, "split", fields), child, fields, "split")
        if address is None or recipient_type is None or split is None:
            continue
        recipients.append(
            ValueRecipient(
                address=address,
                type=recipient_type,
                split=split,
                name=attribute(child, "name"),
                custom_key=attribute(child, "customKey"),
                custom_value=attribute(child, "customValue"),
                fee=(attribute(child, "fee") or "").lower() == "true",
            )
        )
    fields.add(
        "value",
        Value(
            type=kind,
            method=method,
            suggested=attribute(element, "suggested"),
            recipients=tuple(recipients),
        ),
    )


def _atom_link_rel(element: Element) -> tuple[str, str] | None:
    href = attribute(element, "href")
    if href is None:
        return None
    return (attribute(element, "rel") or "alternate").lower(), href


def channel_atom_link(element: Element, fields: Fields) -> None:
    # A feed links to itself (self) and its web page (alternate); other relations
    # (hub, next, payment, ...) are not modelled.
    link = _atom_link_rel(element)
    if link is not None and link[0] == "self":
        fields.set("feed_url", link[1], element)
    elif link is not None and link[0] == "alternate":
        fields.fallback("link", link[1])


def episode_atom_link(element: Element, fields: Fields) -> None:
    # An entry links to its web page (alternate) and its media (enclosure).
    link = _atom_link_rel(element)
    if link is not None and link[0] == "alternate":
        fields.fallback("link", link[1])
    elif link is not None and link[0] == "enclosure":
        fields.set("enclosure", _enclosure_from(link[1], element, "length", fields), element)


def atom_author(element: Element, fields: Fields) -> None:
    for child in element:
        if is_element(child, ATOM, "name"):
            fields.fallback("author", element_text(child))
            return
    fields.fallback("author", element_text(element))


def _enclosure_from(url: str, element: Element, length_attribute: str,
                    fields: Fields) -> Enclosure:  # fmt: skip
    length = read_count(attribute(element, length_attribute), element, fields, "enclosure length")
    # Hosts write length="0" when they do not know it: that is absent, not empty.
    return Enclosure(url=url, type=attribute(element, "type"), length=length or None)


# --- the channel -------------------------------------------------------------------


def rss_image(element: Element, fields: Fields) -> None:
    parts = {split_tag(child.tag)[1]: element_text(child) for child in element
             if isinstance(child.tag, str)}  # fmt: skip
    url = parts.get("url") or attribute(element, "url")
    if url is None:
        return
    fields.fallback(
        "image",
        Image(
            url=url,
            title=parts.get("title"),
            link=parts.get("link"),
            width=read_count(parts.get("width"), element, fields, "image width"),
            height=read_count(parts.get("height"), element, fields, "image height"),
        ),
    )


def itunes_owner(element: Element, fields: Fields) -> None:
    parts = {split_tag(child.tag): element_text(child) for child in element
             if isinstance(child.tag, str)}  # fmt: skip
    name = parts.get((ITUNES, "name"))
    email = parts.get((ITUNES, "email"))
    if name is None and email is None:
        return
    fields.set("owner", Person(name=name or email or "", role="owner", email=email), element)


def itunes_category(element: Element, fields: Fields) -> None:
    category = _category_tree(element, fields, _MAX_CATEGORY_DEPTH)
    if category is not None:
        fields.add("itunes_categories", category)


# Apple's categories nest two deep; past this, nesting is no category tree but an
# attack on whatever walks it recursively.
_MAX_CATEGORY_DEPTH: Final = 8


def _category_tree(element: Element, fields: Fields, depth: int) -> Category | None:
    name = attribute(element, "text")
    if name is None:
        return None
    children = [child for child in element if is_element(child, ITUNES, "category")]
    if children and depth == 1:
        fields.warn(
            "value-invalid",
            f"<itunes:category> nested more than {_MAX_CATEGORY_DEPTH} deep; the rest skipped",
            element,
        )
        children = []
    subcategories = (_category_tree(child, fields, depth - 1) for child in children)
    return Category(name=name, subcategories=tuple(c for c in subcategories if c is not None))


def locked(element: Element, fields: Fields) -> None:
    fields.set("locked", read_flag(element_text(element), element, fields), element)
    fields.set("locked_owner", attribute(element, "owner"), element)


def images(element: Element, fields: Fields) -> None:
    srcset = required_attribute(element, "srcset", fields)
    for candidate in (srcset or "").split(","):
        url, _, descriptor = candidate.strip().partition(" ")
        if not url:
            continue
        descriptor = descriptor.strip()
        width = None
        if descriptor.endswith("w"):
            width = read_count(descriptor[:-1], element, fields, "image width")
        fields.add("images", Image(url=url, width=width))


def trailer(element: Element, fields: Fields) -> None:
    url = required_attribute(element, "url", fields)
    title = required_text(element, fields)
    if url is None or title is None:
        return
    fields.add(
        "trailers",
        Trailer(
            url=url,
            title=title,
            published=read_date(attribute(element, "pubdate"), element, fields),
            length=read_count(attribute(element, "length"), element, fields, "length") or None,
            type=attribute(element, "type"),
            season=read_count(attribute(element, "season"), element, fields, "season"),
        ),
    )


def podroll(element: Element, fields: Fields) -> None:
    for child in element:
        if is_element(child, PODCAST, "remoteItem"):
            _remote_item(child, fields)


def _remote_item(element: Element, fields: Fields) -> None:
    feed_guid = required_attribute(element, "feedGuid", fields)
    if feed_guid is not None:
        fields.add(
            "podroll",
            RemoteItem(
                feed_guid=feed_guid,
                feed_url=attribute(element, "feedUrl"),
                item_guid=attribute(element, "itemGuid"),
                medium=attribute(element, "medium"),
                title=attribute(element, "title"),
            ),
        )


def update_frequency(element: Element, fields: Fields) -> None:
    text = required_text(element, fields)
    if text is None:
        return
    fields.set(
        "update_frequency",
        UpdateFrequency(
            text=text,
            rrule=attribute(element, "rrule"),
            complete=(attribute(element, "complete") or "").lower() == "true",
            start=read_date(attribute(element, "dtstart"), element, fields),
        ),
        element,
    )


def medium(element: Element, fields: Fields) -> None:
    text = element_text(element)
    fields.set("medium", text.lower() if text else None, element)


def rss_category(element: Element, fields: Fields) -> None:
    name = element_text(element) or attribute(element, "term")
    fields.add("rss_categories", name)


# --- episodes ----------------------------------------------------------------------


def enclosure(element: Element, fields: Fields) -> None:
    url = required_attribute(element, "url", fields)
    if url is not None:
        fields.set("enclosure", _enclosure_from(url, element, "length", fields), element)


def media_content(element: Element, fields: Fields) -> None:
    url = attribute(element, "url")
    medium = (attribute(element, "medium") or attribute(element, "type") or "").lower()
    if url is not None and medium.startswith(("audio", "video")):
        fields.fallback("enclosure", _enclosure_from(url, element, "fileSize", fields))


def guid(element: Element, fields: Fields) -> None:
    fields.set("guid", element_text(element), element)


def duration(element: Element, fields: Fields) -> None:
    fields.set("duration", checked(_values.parse_duration, element_text(element), element, fields),
               element)  # fmt: skip


def itunes_season(element: Element, fields: Fields) -> None:
    fields.set("season", read_count(element_text(element), element, fields, "season"), element)


def itunes_episode(element: Element, fields: Fields) -> None:
    fields.set(
        "number", read_count(element_text(element), element, fields, "episode number"), element
    )


def podcast_season(element: Element, fields: Fields) -> None:
    fields.fallback("season", read_count(element_text(element), element, fields, "season"))
    fields.set("season_name", attribute(element, "name"), element)


def podcast_episode(element: Element, fields: Fields) -> None:
    # podcast:episode allows decimals ("315.5"): those are kept as the episode's name.
    text = element_text(element)
    display = attribute(element, "display")
    if text is not None and _values.is_whole_number(text):
        fields.fallback("number", read_count(text, element, fields, "episode number"))
    elif text is not None and read_decimal(text, element, fields, "episode number") is not None:
        display = display or text
    fields.set("episode_name", display, element)


def transcript(element: Element, fields: Fields) -> None:
    url = required_attribute(element, "url", fields)
    if url is not None:
        fields.add(
            "transcripts",
            Transcript(
                url=url,
                type=attribute(element, "type"),
                language=attribute(element, "language"),
                rel=attribute(element, "rel"),
            ),
        )


def podcast_chapters(element: Element, fields: Fields) -> None:
    url = required_attribute(element, "url", fields)
    if url is not None:
        fields.set("chapters_url", url, element)
        fields.set("chapters_type", attribute(element, "type"), element)


def soundbite(element: Element, fields: Fields) -> None:
    start = read_seconds(required_attribute(element, "startTime", fields), element, fields)
    duration = read_seconds(required_attribute(element, "duration", fields), element, fields)
    if start is not None and duration is not None:
        fields.add(
            "soundbites", Soundbite(start=start, duration=duration, title=element_text(element))
        )


def alternate_enclosure(element: Element, fields: Fields) -> None:
    kind = required_attribute(element, "type", fields)
    if kind is None:
        return
    sources = tuple(
        MediaSource(uri=uri, content_type=attribute(child, "contentType"))
        for child in element
        if is_element(child, PODCAST, "source")
        and (uri := required_attribute(child, "uri", fields))
    )
    fields.add(
        "alternate_enclosures",
        AlternateEnclosure(
            type=kind,
            length=read_count(attribute(element, "length"), element, fields, "length") or None,
            bitrate=read_decimal(attribute(element, "bitrate"), element, fields, "bitrate"),
            height=read_count(attribute(element, "height"), element, fields, "height"),
            language=attribute(element, "lang"),
            title=attribute(element, "title"),
            rel=attribute(element, "rel"),
            codecs=attribute(element, "codecs"),
            default=(attribute(element, "default") or "").lower() == "true",
            sources=sources,
        ),
    )


def psc_chapters(element: Element, fields: Fields) -> None:
    for child in element:
        if not is_element(child, PSC, "chapter"):
            continue
        start = checked(
            _values.parse_duration, required_attribute(child, "start", fields), child, fields
        )
        if start is not None:
            fields.add(
                "chapters",
                Chapter(
                    start=start,
                    title=attribute(child, "title"),
                    url=attribute(child, "href"),
                    image=attribute(child, "image"),
                ),
            )


def atom_entry_content(element: Element, fields: Fields) -> None:
    fields.set("content", element_markup(element), element)
