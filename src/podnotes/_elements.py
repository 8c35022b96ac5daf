"""Readers of the elements that hold more than one value: ``podcast:person``,
``podcast:value``, ``enclosure``, ``itunes:owner``, ... Each reads one element into
:class:`~podnotes._fields.Fields`, warning about what it skips; the tables in
:mod:`podnotes.feed` say which element each one reads.
"""

from __future__ import annotations

import typing
from datetime import timedelta
from typing import Final

from podnotes import _values
from podnotes._fields import (
    Element,
    Fields,
    Handler,
    attribute,
    checked,
    display_name,
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
    url_attribute,
)
from podnotes._xml import ATOM, ITUNES, MEDIA, PODCAST, PSC, split_tag
from podnotes.model import (
    AlternateEnclosure,
    AtomLink,
    Block,
    Category,
    Chapter,
    ChaptersFile,
    Chat,
    Contact,
    ContentLink,
    Enclosure,
    Funding,
    Image,
    ImageOrigin,
    Integrity,
    License,
    Location,
    MediaContent,
    MediaSource,
    Medium,
    Person,
    RemoteItem,
    SocialInteract,
    Soundbite,
    SourceFeed,
    Trailer,
    Transcript,
    TxtRecord,
    UpdateFrequency,
    Value,
    ValueRecipient,
    ValueTimeSplit,
)

# --- shared by the channel and items -----------------------------------------------


def explicit(element: Element, fields: Fields) -> None:
    text = element_text(element)
    if text is not None:
        fields.set("explicit", checked(_values.parse_explicit, text, element, fields), element)


def weak_explicit(element: Element, fields: Fields) -> None:
    text = element_text(element)
    if text is not None:
        fields.fallback("explicit", checked(_values.parse_explicit, text, element, fields))


def yes_into(name: str) -> Handler:
    # itunes:complete: Apple reads only "Yes"; any other value is "no".
    def handle(element: Element, fields: Fields) -> None:
        text = element_text(element)
        if text is not None:
            fields.set(name, text.lower() in ("yes", "true"), element)

    return handle


def platform_block(platform: str) -> Handler:
    """``itunes:block`` (Apple) and ``googleplay:block`` (Google): only "yes" blocks."""

    def handle(element: Element, fields: Fields) -> None:
        text = element_text(element)
        if text is not None:
            fields.add("blocks", Block(blocked=text.lower() in ("yes", "true"), platform=platform))

    return handle


def podcast_block(element: Element, fields: Fields) -> None:
    blocked = read_flag(required_text(element, fields), element, fields)
    if blocked is not None:
        fields.add("blocks", Block(blocked=blocked, platform=attribute(element, "id")))


def image_element(origin: ImageOrigin) -> Handler:
    """``itunes:image`` (href), Atom ``logo``/``icon`` and ``googleplay:image`` (text or
    href): an image only when it is a web address."""

    def handle(element: Element, fields: Fields) -> None:
        raw = attribute(element, "href") or attribute(element, "url") or element_text(element)
        if raw is None:
            fields.warn(
                "missing-value", f"<{display_name(element)}> without an address skipped", element
            )
            return
        url = raw if raw[0] != "/" else _values.absolute_url(raw)  # raw is stripped
        if not _values.is_web_url(url):
            fields.warn(
                "value-invalid",
                f"<{display_name(element)}> {raw[:80]!r} is no web address",
                element,
            )
            return
        fields.add("images", Image(url=url, origin=origin))

    return handle


def podcast_image(element: Element, fields: Fields) -> None:
    url = url_attribute(element, "href", fields, required=True)
    if url is None:
        return
    purposes = (attribute(element, "purpose") or "").lower().split()
    fields.add(
        "images",
        Image(
            url=url,
            origin="podcast",
            alt=attribute(element, "alt"),
            aspect_ratio=attribute(element, "aspect-ratio"),
            width=read_count(attribute(element, "width"), element, fields, "image width"),
            height=read_count(attribute(element, "height"), element, fields, "image height"),
            mime_type=attribute(element, "type"),
            purposes=tuple(purposes),
        ),
    )


def podcast_images(element: Element, fields: Fields) -> None:
    """The older ``podcast:images srcset="url 1500w, url 600w"``."""
    srcset = required_attribute(element, "srcset", fields)
    for candidate in (srcset or "").split(","):
        url, _, descriptor = candidate.strip().partition(" ")
        if not url:
            continue
        descriptor = descriptor.strip()
        width = None
        if descriptor.endswith("w"):
            width = read_count(descriptor[:-1], element, fields, "image width")
        fields.add("images", Image(url=_values.absolute_url(url), origin="podcast", width=width))


def media_thumbnail(element: Element, fields: Fields) -> None:
    url = url_attribute(element, "url", fields, required=True)
    if url is not None:
        fields.add(
            "images",
            Image(
                url=url,
                origin="media",
                width=read_count(attribute(element, "width"), element, fields, "image width"),
                height=read_count(attribute(element, "height"), element, fields, "image height"),
            ),
        )


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
            image_url=url_attribute(element, "img", fields),
            url=url_attribute(element, "href", fields),
        ),
    )


def media_credit(element: Element, fields: Fields) -> None:
    name = element_text(element)
    if name is not None:
        role = attribute(element, "role")
        fields.add("credits", Person(name=name, role=role.lower() if role else None))


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
    url = url_attribute(element, "url", fields, required=True)
    if url is not None:
        fields.add("funding", Funding(url=url, label=element_text(element)))


def license(element: Element, fields: Fields) -> None:
    name = required_text(element, fields)
    if name is not None:
        url = url_attribute(element, "url", fields)
        fields.set("license", License(name=name, url=url), element)


def txt(element: Element, fields: Fields) -> None:
    text = required_text(element, fields)
    if text is not None:
        fields.add("txt_records", TxtRecord(text=text, purpose=attribute(element, "purpose")))


def social_interact(element: Element, fields: Fields) -> None:
    protocol = required_attribute(element, "protocol", fields)
    if protocol is None:
        return
    # The first drafts put the URI in the text; the final spec in an attribute.
    url = url_attribute(element, "uri", fields) or element_text(element)
    fields.add(
        "social_interacts",
        SocialInteract(
            protocol=protocol,
            url=url,
            account_id=attribute(element, "accountId"),
            account_url=url_attribute(element, "accountUrl", fields),
            priority=read_count(attribute(element, "priority"), element, fields, "priority"),
        ),
    )


def chat(element: Element, fields: Fields) -> None:
    server = required_attribute(element, "server", fields)
    protocol = required_attribute(element, "protocol", fields)
    if server is not None and protocol is not None:
        found = Chat(
            server=server,
            protocol=protocol,
            account_id=attribute(element, "accountId"),
            space=attribute(element, "space"),
        )
        fields.set("chat", found, element)


def value(element: Element, fields: Fields) -> None:
    kind = required_attribute(element, "type", fields)
    method = required_attribute(element, "method", fields)
    if kind is None or method is None:
        return
    recipients = _recipients(element, fields)
    splits = tuple(
        split
        for child in element
        if is_element(child, PODCAST, "valueTimeSplit")
        and (split := _time_split(child, fields)) is not None
    )
    if not recipients and not splits:
        # An empty block would hide the channel's from apps that take the item's first.
        fields.warn("missing-value", "<podcast:value> without recipients skipped", element)
        return
    fields.add(
        "values",
        Value(
            type=kind,
            method=method,
            suggested=attribute(element, "suggested"),
            recipients=recipients,
            time_splits=splits,
        ),
    )


def _recipients(element: Element, fields: Fields) -> tuple[ValueRecipient, ...]:
    recipients = []
    for child in element:
        if not is_element(child, PODCAST, "valueRecipient"):
            continue
        address = required_attribute(child, "address", fields)
        address_type = required_attribute(child, "type", fields)
        split = read_count(required_attribute(child, "split", fields), child, fields, "split")
        if address is None or address_type is None or split is None:
            continue
        recipients.append(
            ValueRecipient(
                address=address,
                address_type=address_type,
                split=split,
                name=attribute(child, "name"),
                custom_key=attribute(child, "customKey"),
                custom_value=attribute(child, "customValue"),
                fee=(attribute(child, "fee") or "").lower() == "true",
            )
        )
    return tuple(recipients)


def _time_split(element: Element, fields: Fields) -> ValueTimeSplit | None:
    start = read_seconds(required_attribute(element, "startTime", fields), element, fields)
    length = read_seconds(required_attribute(element, "duration", fields), element, fields)
    if start is None or length is None:
        return None
    remote = next(
        (
            _remote_item(child, fields)
            for child in element
            if is_element(child, PODCAST, "remoteItem")
        ),
        None,
    )
    percentage = read_decimal(
        attribute(element, "remotePercentage"), element, fields, "remote percentage"
    )
    return ValueTimeSplit(
        start=start,
        duration=length,
        remote_item=remote,
        # The spec's defaults, and its bounds: below 0 is 0, above 100 is 100.
        remote_start=read_seconds(attribute(element, "remoteStartTime"), element, fields)
        or timedelta(0),
        remote_percentage=100.0 if percentage is None else min(100.0, max(0.0, percentage)),
        recipients=_recipients(element, fields),
    )


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
    return Enclosure(url=url, mime_type=attribute(element, "type"), length=length or None)


def rss_category(element: Element, fields: Fields) -> None:
    name = element_text(element) or attribute(element, "term")
    fields.add("rss_categories", name)


def itunes_title(element: Element, fields: Fields) -> None:
    # Its own field; and the title, where <title> is missing.
    text = element_text(element)
    fields.set("itunes_title", text, element)
    fields.fallback("title", text)


# --- the channel -------------------------------------------------------------------


def channel_atom_link(element: Element, fields: Fields) -> None:
    url = url_attribute(element, "href", fields)
    if url is None:
        return
    rel = (attribute(element, "rel") or "alternate").lower()
    fields.add(
        "atom_links",
        AtomLink(rel=rel, url=url, mime_type=attribute(element, "type"),
                 title=attribute(element, "title")),
    )  # fmt: skip
    if rel == "self":
        fields.set("feed_url", url, element)
    elif rel == "alternate":
        fields.fallback("link", url)


def rss_image(element: Element, fields: Fields) -> None:
    parts = {split_tag(child.tag)[1]: element_text(child) for child in element
             if isinstance(child.tag, str)}  # fmt: skip
    raw = parts.get("url") or attribute(element, "url")
    if raw is None:
        return
    fields.add(
        "images",
        Image(
            url=_values.absolute_url(raw),
            origin="rss",
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
    if name is not None or email is not None:
        fields.set("owner", Contact(name=name, email=email), element)


def contact_into(name: str) -> Handler:
    """``managingEditor`` and ``webMaster``: "info@example.com (Info Desk)"."""

    def handle(element: Element, fields: Fields) -> None:
        text = element_text(element)
        if text is not None:
            contact_name, email = _values.parse_contact(text)
            fields.set(name, Contact(name=contact_name, email=email), element)
            if name == "managing_editor":
                fields.fallback("author", contact_name or email)

    return handle


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


def googleplay_category(element: Element, fields: Fields) -> None:
    fields.add("rss_categories", attribute(element, "text") or element_text(element))


def locked(element: Element, fields: Fields) -> None:
    fields.set("locked", read_flag(element_text(element), element, fields), element)
    fields.set("locked_owner", attribute(element, "owner"), element)


def trailer(element: Element, fields: Fields) -> None:
    url = url_attribute(element, "url", fields, required=True)
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
            mime_type=attribute(element, "type"),
            season=read_count(attribute(element, "season"), element, fields, "season"),
        ),
    )


def podroll(element: Element, fields: Fields) -> None:
    for child in element:
        if is_element(child, PODCAST, "remoteItem"):
            fields.add("podroll", _remote_item(child, fields))


def remote_item(element: Element, fields: Fields) -> None:
    fields.add("remote_items", _remote_item(element, fields))


def publisher(element: Element, fields: Fields) -> None:
    for child in element:
        if is_element(child, PODCAST, "remoteItem"):
            fields.set("publisher", _remote_item(child, fields), element)
            return
    fields.warn("missing-value", "<podcast:publisher> without a remoteItem skipped", element)


def _remote_item(element: Element, fields: Fields) -> RemoteItem | None:
    feed_guid = required_attribute(element, "feedGuid", fields)
    if feed_guid is None:
        return None
    return RemoteItem(
        feed_guid=feed_guid,
        feed_url=url_attribute(element, "feedUrl", fields),
        item_guid=attribute(element, "itemGuid"),
        medium=_medium(attribute(element, "medium"), element, fields),
        title=attribute(element, "title"),
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


def podping(element: Element, fields: Fields) -> None:
    # The tag says the feed announces its updates on Podping; usesPodping may say no.
    uses = read_flag(attribute(element, "usesPodping"), element, fields)
    fields.set("uses_podping", True if uses is None else uses, element)


def ttl(element: Element, fields: Fields) -> None:
    minutes = read_count(element_text(element), element, fields, "ttl")
    if minutes is not None:
        fields.set("ttl", timedelta(minutes=minutes), element)


def medium(element: Element, fields: Fields) -> None:
    fields.set("medium", _medium(element_text(element), element, fields), element)


# The spec's tokens, found case-insensitively: "musicL" is the list variant of "music".
_MEDIA: Final[dict[str, Medium]] = {token.lower(): token for token in typing.get_args(Medium)}


def _medium(text: str | None, element: Element, fields: Fields) -> Medium | None:
    if text is None:
        return None
    token = _MEDIA.get(text.strip().lower())
    if token is None:
        message = f"<{display_name(element)}> medium {text!r} is not a spec token"
        fields.warn("value-invalid", message, element)
    return token


# --- episodes ----------------------------------------------------------------------


def enclosure(element: Element, fields: Fields) -> None:
    url = url_attribute(element, "url", fields, required=True)
    if url is not None:
        fields.add("enclosures", _enclosure_from(url, element, "length", fields))


def episode_atom_link(element: Element, fields: Fields) -> None:
    # An entry links to its web page (alternate) and its media (enclosure).
    url = url_attribute(element, "href", fields)
    rel = (attribute(element, "rel") or "alternate").lower()
    if url is not None and rel == "alternate":
        fields.fallback("link", url)
    elif url is not None and rel == "enclosure":
        fields.add("enclosures", _enclosure_from(url, element, "length", fields))


def original_enclosure(element: Element, fields: Fields) -> None:
    # feedburner:origEnclosureLink: the first enclosure's address before it was rewritten.
    text = element_text(element)
    if text is not None:
        fields.set("original_enclosure_url", _values.absolute_url(text), element)


def media_content(element: Element, fields: Fields) -> None:
    url = url_attribute(element, "url", fields)
    if url is None:
        return
    fields.add(
        "media_contents",
        MediaContent(
            url=url,
            mime_type=attribute(element, "type"),
            medium=attribute(element, "medium"),
            file_size=read_count(attribute(element, "fileSize"), element, fields, "file size")
            or None,
            bitrate=read_decimal(attribute(element, "bitrate"), element, fields, "bitrate"),
            duration=read_seconds(attribute(element, "duration"), element, fields),
            width=read_count(attribute(element, "width"), element, fields, "width"),
            height=read_count(attribute(element, "height"), element, fields, "height"),
            language=attribute(element, "lang"),
            default=(attribute(element, "isDefault") or "").lower() == "true",
        ),
    )


def media_group(element: Element, fields: Fields) -> None:
    """``media:group``: alternatives of one media object, read as if they stood alone."""
    for child in element:
        tag: object = child.tag
        if not isinstance(tag, str):
            continue
        handler = _IN_MEDIA_GROUP.get(split_tag(tag))
        if handler is not None:
            handler(child, fields)


def media_category(element: Element, fields: Fields) -> None:
    fields.add("rss_categories", element_text(element))


_IN_MEDIA_GROUP: Final[dict[tuple[str | None, str], Handler]] = {
    (MEDIA, "content"): media_content,
    (MEDIA, "thumbnail"): media_thumbnail,
    (MEDIA, "credit"): media_credit,
    (MEDIA, "category"): media_category,
}


def guid(element: Element, fields: Fields) -> None:
    text = element_text(element)
    fields.set("guid", text, element)
    permalink = attribute(element, "isPermaLink")
    if text is not None and permalink is not None:
        fields.set("guid_is_permalink", permalink.lower() != "false", element)


def item_author(element: Element, fields: Fields) -> None:
    # RSS <author> is an e-mail address, with the name in brackets if at all.
    text = element_text(element)
    if text is not None:
        name, email = _values.parse_contact(text)
        fields.fallback("author", name or email)
        fields.set("author_email", email, element)


def comments(element: Element, fields: Fields) -> None:
    text = element_text(element)
    if text is not None:
        fields.set("comments_url", _values.absolute_url(text), element)


def source(element: Element, fields: Fields) -> None:
    url = url_attribute(element, "url", fields)
    title = element_text(element)
    if url is not None or title is not None:
        fields.set("source_feed", SourceFeed(url=url, title=title), element)


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
    url = url_attribute(element, "url", fields, required=True)
    if url is not None:
        fields.add(
            "transcripts",
            Transcript(
                url=url,
                mime_type=attribute(element, "type"),
                language=attribute(element, "language"),
                rel=attribute(element, "rel"),
            ),
        )


def podcast_chapters(element: Element, fields: Fields) -> None:
    # Some hosts write href= where the spec says url=.
    url = url_attribute(element, "url", fields) or url_attribute(element, "href", fields)
    if url is None:
        fields.warn("missing-value", "<podcast:chapters> without its 'url' skipped", element)
        return
    found = ChaptersFile(url=url, mime_type=attribute(element, "type"))
    fields.set("chapters_file", found, element)


def soundbite(element: Element, fields: Fields) -> None:
    start = read_seconds(required_attribute(element, "startTime", fields), element, fields)
    length = read_seconds(required_attribute(element, "duration", fields), element, fields)
    if start is not None and length is not None:
        fields.add(
            "soundbites", Soundbite(start=start, duration=length, title=element_text(element))
        )


def content_link(element: Element, fields: Fields) -> None:
    url = url_attribute(element, "href", fields, required=True)
    if url is not None:
        fields.add("content_links", ContentLink(url=url, title=element_text(element)))


def alternate_enclosure(element: Element, fields: Fields) -> None:
    mime_type = required_attribute(element, "type", fields)
    if mime_type is None:
        return
    sources = tuple(
        MediaSource(url=url, mime_type=attribute(child, "contentType"))
        for child in element
        if is_element(child, PODCAST, "source")
        and (url := url_attribute(child, "uri", fields, required=True))
    )
    integrity = next(
        (
            Integrity(type=kind, value=text)
            for child in element
            if is_element(child, PODCAST, "integrity")
            and (kind := required_attribute(child, "type", fields))
            and (text := required_attribute(child, "value", fields))
        ),
        None,
    )
    fields.add(
        "alternate_enclosures",
        AlternateEnclosure(
            mime_type=mime_type,
            length=read_count(attribute(element, "length"), element, fields, "length") or None,
            bitrate=read_decimal(attribute(element, "bitrate"), element, fields, "bitrate"),
            height=read_count(attribute(element, "height"), element, fields, "height"),
            # Some feeds write language= where the spec says lang=.
            language=attribute(element, "lang") or attribute(element, "language"),
            title=attribute(element, "title"),
            rel=attribute(element, "rel"),
            codecs=attribute(element, "codecs"),
            default=(attribute(element, "default") or "").lower() == "true",
            sources=sources,
            integrity=integrity,
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
                    url=url_attribute(child, "href", fields),
                    image_url=url_attribute(child, "image", fields),
                ),
            )


def atom_entry_content(element: Element, fields: Fields) -> None:
    fields.set("content", element_markup(element), element)
