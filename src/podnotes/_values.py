"""Text in, typed value out: dates, durations, numbers and flags as feeds write them.

Each reader returns the value or raises :class:`InvalidValue`, whose ``code`` and
message the feed reader turns into a warning. None of them guesses: a value that cannot
be read exactly is refused.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Final

from dateutil import parser as dateutil_parser

from podnotes.errors import WarningCode

# Dates are short; anything longer is not one and is refused before any regex runs.
_MAX_DATE_LENGTH: Final = 120
_MAX_DURATION_LENGTH: Final = 40
#: The longest duration read or written (an episode, a chapter's start, a soundbite):
#: ten years, past anything real, and short enough that a float of seconds holds its
#: microseconds exactly, so that JSON gives back what it was given.
MAX_DURATION: Final = timedelta(days=3650)


class InvalidValue(Exception):
    """A value could not be read; never leaves podnotes (it becomes a warning)."""

    def __init__(self, code: WarningCode, message: str):
        super().__init__(message)
        self.code: WarningCode = code
        self.message = message


# --- dates -------------------------------------------------------------------------

_MONTHS: Final[dict[str, int]] = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

# Offsets in minutes. RFC 822 defines the US zones; the rest are the names real feeds use.
# Where a name is ambiguous we take its most common meaning in feeds: CST is US Central
# (as RFC 822 says), IST is India.
_ZONE_OFFSETS: Final[dict[str, int]] = {
    "Z": 0, "UT": 0, "UTC": 0, "GMT": 0, "WET": 0,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AKST": -540, "AKDT": -480, "HST": -600, "AST": -240, "ADT": -180,
    "NST": -210, "NDT": -150, "BRT": -180, "ART": -180,
    "BST": 60, "IST": 330, "CET": 60, "CEST": 120, "MET": 60, "MEST": 120,
    "WEST": 60, "EET": 120, "EEST": 180, "MSK": 180,
    "SGT": 480, "HKT": 480, "AWST": 480, "JST": 540, "KST": 540,
    "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
}  # fmt: skip

_TIME_AND_ZONE: Final = r"""
    (?:[\sT,]+|\s*at\s+)
    (?P<hour>\d{1,2}) : (?P<minute>\d{2}) (?: : (?P<second>\d{2}) (?:[.,]\d{1,9})? )?
    \s* (?P<ampm>[AaPp]\.?[Mm]\.?)?
    \s* (?P<zone>
          [A-Za-z]{1,5} (?:\s*[+-]\d{1,2}(?::?\d{2})?)?
        | [+-]\d{1,2}(?::?\d{2})?
        )?
    (?:(?<=\d)\s+[A-Za-z]{2,5})?  # "+0000 EST": the numeric offset is the one that counts
    (?:\s*\([^()]{0,60}\))?
"""
_WEEKDAY: Final = r"(?:[A-Za-z]{2,9}\.?(?:\s*,\s*|\s+))?"

# "Tue, 02 Apr 2026 19:28:00 +0000" and its variants: no weekday, no comma, no seconds,
# two-digit years, "2nd", dashes.
_DAY_FIRST: Final = re.compile(
    rf"""\s* {_WEEKDAY}
    (?P<day>\d{{1,2}})(?:st|nd|rd|th)? \s*[\s/-]\s*
    (?P<month>[A-Za-z]{{3,9}})\.? \s*[\s/,-]\s*
    (?P<year>\d{{4}}|\d{{2}})
    (?:{_TIME_AND_ZONE})? \s*""",
    re.VERBOSE,
)
# "Apr 2nd, 2026 7:28 PM", "Thu Apr 02 2026 19:28:00 GMT+0000 (Coordinated Universal Time)".
_MONTH_FIRST: Final = re.compile(
    rf"""\s* {_WEEKDAY}
    (?P<month>[A-Za-z]{{3,9}})\.? \s+
    (?P<day>\d{{1,2}})(?:st|nd|rd|th)? ,?\s+
    (?P<year>\d{{4}})
    (?:{_TIME_AND_ZONE})? \s*""",
    re.VERBOSE,
)
_ISO_DATE: Final = re.compile(r"\s*\d{4}-\d{2}-\d{2}")
_ZONE_NAME_AND_OFFSET: Final = re.compile(r"([A-Za-z]*)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?")


def parse_date(text: str) -> tuple[datetime, bool]:
    """Read a feed date; return it timezone-aware, and whether UTC had to be assumed.

    Grammar, in order of trial::

        rfc822   = [weekday [","]] day [suffix] month year [time [zone]]
        reversed = [weekday [","]] month day [suffix] [","] year [time [zone]]
        iso8601  = yyyy "-" mm "-" dd ["T" | " " hh ":" mm [":" ss ["." fraction]]] [zone]

    Anything else goes to dateutil, whose answer is kept only when the text named the
    year, month and day itself (never filled in from a default).
    """
    if len(text) > _MAX_DATE_LENGTH:
        raise InvalidValue("date-invalid", f"date too long to be one ({len(text)} characters)")
    common = _from_common_rfc822(text)
    if common is not None:
        return common, False
    match = _DAY_FIRST.fullmatch(text) or _MONTH_FIRST.fullmatch(text)
    if match is not None:
        return _from_rfc822_match(match, text)
    if _ISO_DATE.match(text):
        return _from_iso8601(text)
    return _from_anything(text)


# The one form most feeds write, "Tue, 02 Apr 2026 19:28:00 +0000": read with a plain
# pattern, as the general grammar's optional parts make it several times slower.
_COMMON_RFC822: Final = re.compile(
    r"\s*(?:[A-Za-z]{3},\s*)?(\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) "
    r"([+-]\d{4}|GMT|UTC)\s*",
    re.ASCII,
)


def _from_common_rfc822(text: str) -> datetime | None:
    """The date in the common form, or ``None`` to leave it to the general grammar."""
    match = _COMMON_RFC822.fullmatch(text)
    if match is None:
        return None
    day, month_name, year, hour, minute, second, zone = match.groups()
    month = _MONTHS.get(month_name.lower())
    offset = _ZONES.get(zone)
    if month is None or offset is None or second == "60":
        return None  # the general path words the error, caches the zone, or clamps
    try:
        return datetime(
            int(year), month, int(day), int(hour), int(minute), int(second), tzinfo=offset
        )
    except ValueError:
        return None


def _from_rfc822_match(match: re.Match[str], text: str) -> tuple[datetime, bool]:
    month = _MONTHS.get(match["month"].lower())
    if month is None:
        raise InvalidValue("date-invalid", f"unknown month {match['month']!r} in date {text!r}")
    year = int(match["year"])
    if len(match["year"]) == 2:
        # RFC 2822 section 4.3: two-digit years below 50 are 20xx, the rest 19xx.
        year += 2000 if year < 50 else 1900
    hour = int(match["hour"] or 0)
    minute = int(match["minute"] or 0)
    second = int(match["second"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise InvalidValue("date-invalid", f"hour {hour} with AM/PM in date {text!r}")
        hour = hour % 12 + (12 if match["ampm"][0] in "Pp" else 0)
    if second == 60:  # a leap second; datetime cannot hold it
        second = 59
    zone = match["zone"]
    offset = _ZONES.get(zone) if zone else None
    if offset is None:
        offset = _zone_offset(zone, text)
        if offset is not None and len(_ZONES) < 1_000:  # a feed uses one or two zones
            _ZONES[zone] = offset
    try:
        naive = datetime(year, month, int(match["day"]), hour, minute, second)
    except ValueError as error:
        raise InvalidValue("date-invalid", f"impossible date {text.strip()!r}: {error}") from None
    if offset is None:
        return naive.replace(tzinfo=timezone.utc), True
    return naive.replace(tzinfo=offset), False


_ZONES: dict[str, timezone] = {}


def _zone_offset(zone: str | None, text: str) -> timezone | None:
    if not zone:
        return None
    match = _ZONE_NAME_AND_OFFSET.fullmatch(zone.strip())
    if match is None:
        raise InvalidValue("date-invalid", f"unreadable time zone {zone!r} in date {text!r}")
    name, sign, hours, minutes = match.groups()
    minutes_total = 0
    if name:
        known = _ZONE_OFFSETS.get(name.upper())
        if known is None:
            raise InvalidValue("date-invalid", f"unknown time zone {name!r} in date {text!r}")
        if sign and name.upper() not in ("GMT", "UTC", "UT"):
            raise InvalidValue("date-invalid", f"unreadable time zone {zone!r} in date {text!r}")
        minutes_total = known
    if sign:
        if minutes is None and len(hours) > 2:
            raise InvalidValue("date-invalid", f"unreadable time zone {zone!r} in date {text!r}")
        delta = int(hours) * 60 + int(minutes or 0)
        minutes_total += delta if sign == "+" else -delta
    if abs(minutes_total) >= 24 * 60:
        raise InvalidValue("date-invalid", f"time zone offset out of range in date {text!r}")
    return timezone(timedelta(minutes=minutes_total))


def _from_iso8601(text: str) -> tuple[datetime, bool]:
    try:
        value = dateutil_parser.isoparse(text.strip())
    except (ValueError, OverflowError) as error:
        raise InvalidValue("date-invalid", f"unreadable date {text.strip()!r}: {error}") from None
    return _with_fixed_zone(value)


def _with_fixed_zone(value: datetime) -> tuple[datetime, bool]:
    """Aware with a plain :class:`timezone` (not dateutil's), or UTC and ``True``."""
    try:
        offset = value.utcoffset()
    except ValueError:  # dateutil builds zones of any size; a day or more is no zone
        raise InvalidValue("date-invalid", f"time zone offset out of range in {value!r}") from None
    if offset is None:
        return value.replace(tzinfo=timezone.utc), True
    return value.replace(tzinfo=timezone.utc if not offset else timezone(offset)), False


# Two defaults that differ in year, month and day: a field dateutil filled in from its
# default differs between the two parses, so equal results mean the text named them all.
_DEFAULT_A: Final = datetime(2001, 1, 1)
_DEFAULT_B: Final = datetime(2002, 2, 2)


class _UnknownZone(Exception):
    pass


def _dateutil_zone(name: str | None, offset: int | None) -> int | None:
    """dateutil's tzinfos hook: our offsets for the names we know.

    An unknown name raises, where dateutil would otherwise warn on the global warnings
    channel and return a date with no zone at all.
    """
    if name is None or name.upper() in ("Z", "UTC", "UT", "GMT"):
        return offset
    minutes = _ZONE_OFFSETS.get(name.upper())
    if minutes is None:
        raise _UnknownZone(name)
    return minutes * 60


# "02/04/2026" is 2 April in most of the world and February 4 in the US.
_NUMERIC_DATE: Final = re.compile(r"\s*(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}\b")


def _from_anything(text: str) -> tuple[datetime, bool]:
    numeric = _NUMERIC_DATE.match(text)
    if (
        numeric is not None
        and numeric.group(1) != numeric.group(2)
        and int(numeric.group(1)) <= 12
        and int(numeric.group(2)) <= 12
    ):
        raise InvalidValue("date-invalid", f"ambiguous day and month in {text.strip()!r}")
    try:
        first = dateutil_parser.parse(text, default=_DEFAULT_A, tzinfos=_dateutil_zone)
        second = dateutil_parser.parse(text, default=_DEFAULT_B, tzinfos=_dateutil_zone)
    except _UnknownZone as zone:
        message = f"unknown time zone {zone.args[0]!r} in date {text.strip()!r}"
        raise InvalidValue("date-invalid", message) from None
    except (ValueError, ArithmeticError, TypeError, LookupError):
        # dateutil is a heuristic parser: besides ValueError it raises what its internals
        # do, such as decimal.InvalidOperation for a 50-digit minute.
        raise InvalidValue("date-invalid", f"unreadable date {text.strip()!r}") from None
    if first != second:
        raise InvalidValue("date-invalid", f"incomplete date {text.strip()!r}")
    return _with_fixed_zone(first)


# --- durations ---------------------------------------------------------------------

_CLOCK: Final = re.compile(r"(?:(\d+):)?(\d+):(\d+(?:[.,]\d+)?)")
_SECONDS: Final = re.compile(r"\d+(?:[.,]\d+)?")
# "1h 2m 3s", "1h2m", "90 min": a unit ends where no letter follows it.
_UNITS: Final = re.compile(
    r"(?:(\d+(?:[.,]\d+)?)\s*h(?:ours?|rs?)?(?![a-z])\s*)?"
    r"(?:(\d+(?:[.,]\d+)?)\s*m(?:in(?:utes?|s)?)?(?![a-z])\s*)?"
    r"(?:(\d+(?:[.,]\d+)?)\s*s(?:ec(?:onds?|s)?)?(?![a-z]))?",
    re.IGNORECASE,
)
_ISO_DURATION: Final = re.compile(
    r"P(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?"
    r"(?:(\d+(?:[.,]\d+)?)S)?)?",
    re.IGNORECASE,
)


def _number(text: str | None) -> float:
    return float(text.replace(",", ".")) if text else 0.0


def parse_duration(text: str) -> timedelta:
    """Read an episode length.

    Grammar::

        seconds = digits ["." digits]                      "3723", "3723.5"
        clock   = [hours ":"] minutes ":" seconds          "62:03", "1:2:3", "01:02:03.500"
        units   = [n "h"] [n "m"] [n "s"]                  "1h 2m 3s", "1 hour 2 min"
        iso8601 = "P" [n "D"] ["T" [n "H"] [n "M"] [n "S"]]  "PT1H2M3S"
    """
    try:
        value = _parse_duration(text)
    except OverflowError:  # "999999999999:00:00": longer than a timedelta can hold
        value = MAX_DURATION + MAX_DURATION
    if value > MAX_DURATION:
        raise InvalidValue("duration-invalid", f"duration out of range: {text.strip()[:40]!r}")
    return value


def seconds_in_range(seconds: float) -> timedelta | None:
    """``seconds`` as a duration, or ``None`` past :data:`MAX_DURATION`."""
    if not 0 <= seconds <= MAX_DURATION.total_seconds():
        return None
    return timedelta(seconds=seconds)


def _parse_duration(text: str) -> timedelta:
    stripped = text.strip()
    if len(stripped) > _MAX_DURATION_LENGTH:
        raise InvalidValue("duration-invalid", f"duration too long to be one: {stripped[:40]!r}…")
    if stripped.isascii():
        # The common forms, "3723", "62:03" and "1:02:03", without a regex.
        parts = stripped.split(":")
        if len(parts) <= 3 and "" not in parts and "".join(parts).isdigit():
            numbers = list(map(int, parts))
            # As _check_clock: seconds below 60, and minutes too under a nonzero hour.
            if len(numbers) > 1 and (
                numbers[-1] >= 60 or (len(numbers) == 3 and numbers[0] and numbers[1] >= 60)
            ):
                raise InvalidValue(
                    "duration-invalid", f"minutes or seconds past 59 in {stripped!r}"
                )
            total = 0
            for number in numbers:
                total = total * 60 + number
            return timedelta(seconds=total)
    if _SECONDS.fullmatch(stripped):
        return timedelta(seconds=_number(stripped))
    match = _CLOCK.fullmatch(stripped)
    if match is not None:
        hours, minutes, seconds = match.groups()
        _check_clock([part for part in match.groups() if part is not None], stripped)
        return timedelta(hours=_number(hours), minutes=_number(minutes), seconds=_number(seconds))
    match = _ISO_DURATION.fullmatch(stripped)
    if match is not None and any(match.groups()):
        days, hours, minutes, seconds = map(_number, match.groups())
        return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
    match = _UNITS.fullmatch(stripped)
    if match is not None and any(match.groups()):
        hours, minutes, seconds = map(_number, match.groups())
        return timedelta(hours=hours, minutes=minutes, seconds=seconds)
    raise InvalidValue("duration-invalid", f"unreadable duration {stripped!r}")


def _check_clock(parts: list[str], text: str) -> None:
    """Seconds below 60, and minutes too when hours are given. Minutes past 59 are
    read where they can only mean total minutes: "62:03", and "00:62:03", which some
    hosts write; "1:60:00" is no time at all."""
    if len(parts) < 2:
        return  # seconds alone: any number
    limited = parts[-1:] if len(parts) == 2 or _number(parts[0]) == 0 else parts[1:]
    for part in limited:
        if _number(part) >= 60:
            raise InvalidValue("duration-invalid", f"minutes or seconds past 59 in {text!r}")


# --- numbers and flags -------------------------------------------------------------

_INTEGER: Final = re.compile(r"\+?\d{1,18}")
_DECIMAL: Final = re.compile(r"[+-]?\d{1,18}(?:\.\d{1,18})?|[+-]?\.\d{1,18}")


def parse_count(text: str, what: str) -> int:
    """A non-negative whole number, such as a season, an episode number or a byte length.

    The one reader of every count in a feed: at most 18 digits, so that no count is
    longer than a 64-bit integer or Python's limit on converting long digit strings.
    """
    if len(text) <= 18 and text.isascii() and text.isdigit():
        return int(text)  # the common case, without a regex
    stripped = text.strip()
    if not _INTEGER.fullmatch(stripped):
        if _DECIMAL.fullmatch(stripped) and float(stripped).is_integer() and "-" not in stripped:
            return int(float(stripped))
        raise InvalidValue("value-invalid", f"{what} is not a whole number: {stripped!r}")
    return int(stripped)


def is_whole_number(text: str) -> bool:
    if text.isascii() and text.isdigit():
        return len(text) <= 18  # the common case, without a regex
    return _INTEGER.fullmatch(text.strip()) is not None


def parse_decimal(text: str, what: str) -> float:
    stripped = text.strip()
    if not _DECIMAL.fullmatch(stripped):
        raise InvalidValue("value-invalid", f"{what} is not a number: {stripped!r}")
    return float(stripped)


_TRUE_WORDS: Final = frozenset({"yes", "true", "1"})
_FALSE_WORDS: Final = frozenset({"no", "false", "0"})


def parse_flag(text: str, what: str) -> bool:
    """``yes``/``true``/``1`` or ``no``/``false``/``0``, in any case."""
    word = text.strip().lower()
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    raise InvalidValue("value-invalid", f"{what} is neither yes nor no: {text.strip()!r}")


_EXPLICIT_WORDS: Final = {"yes": True, "true": True, "explicit": True,
                          "no": False, "false": False, "clean": False}  # fmt: skip


def parse_explicit(text: str) -> bool:
    """``itunes:explicit``: yes/true/explicit are explicit, no/false/clean are not."""
    word = text.strip().lower()
    if word in _EXPLICIT_WORDS:
        return _EXPLICIT_WORDS[word]
    raise InvalidValue("value-invalid", f"itunes:explicit is not yes, no or clean: {word!r}")


# "Episode 84:", "Ep. 84" at the start or right after a separator ("Show | Episode 84",
# "Talk (Ep. 84)"); "#84" anywhere; a bare "84:" or "84 -" only at the start. A marked
# number inside a sentence ("our favourite Episode 12 moments") refers to another
# episode; a bare four-digit year ("2024: A look back") is no number.
_NUMBER_MARKED: Final = re.compile(
    r"(?:^|[:|(\[–—-])\s*(?:episode|episodio|épisode|folge|aflevering|ep)\.?\s*(\d{1,5})\b"
    r"|(?:^|\s)#(\d{1,5})\b",
    re.IGNORECASE,
)
_NUMBER_LEADING: Final = re.compile(r"\s*(\d{1,4})\s*(?:[:.|)\]]|\s[-–—]|\s*$)")
# A title that starts with a date ("18.03.2022 – News", "2024-01-05: ...", "5. März
# 2024") names no episode number.
_DATE_LEADING: Final = re.compile(
    r"\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"|\d{1,2}\.?\s+(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]"
    r"|janv|févr|mars|avr|mai|juin|juil|août|sept|déc|ene|abr|ago|dic)[a-zéû]*\.?\s+\d{2,4})",
    re.IGNORECASE,
)


def number_from_title(title: str | None) -> int | None:
    """The episode number a title states, such as ``84: Trust But Canary``."""
    if not title:
        return None
    marked = _NUMBER_MARKED.search(title)
    if marked is not None:
        return int(marked.group(1) or marked.group(2))
    leading = _NUMBER_LEADING.match(title)
    if leading is not None and not _DATE_LEADING.match(title):
        number = int(leading.group(1))
        if len(leading.group(1)) == 4 and 1900 <= number <= 2100:
            return None
        return number
    return None


def format_clock(value: timedelta) -> str:
    """``1:02:03`` or ``2:03``: the way show notes and chapter files write times."""
    total = value.total_seconds()
    whole = int(total)
    hours, rest = divmod(whole, 3600)
    minutes, seconds = divmod(rest, 60)
    fraction = total - whole
    tail = f"{fraction:.3f}"[1:] if fraction else ""
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}{tail}"
    return f"{minutes}:{seconds:02d}{tail}"


# --- addresses ---------------------------------------------------------------------


def absolute_url(text: str) -> str:
    """A URL as written, but a protocol-relative one (``//cdn.example/x.mp3``) given the
    scheme every podcast app fetches with: https."""
    url = text.strip()
    return "https:" + url if url.startswith("//") else url


def is_web_url(url: str) -> bool:
    """Whether ``url`` is an http(s) address with a host."""
    if url.startswith("https://"):
        return len(url) > 8  # the common case, without lowering a copy
    lowered = url[:8].lower()
    return lowered.startswith(("http://", "https://")) and len(url) > len(lowered.split(":")[0]) + 3


_CONTACT_EMAIL: Final = re.compile(
    r"(?:mailto:)?([^\s<>()\[\]@,;\"']{1,64}@[^\s<>()\[\]@,;\"']{1,255})"
)
_MAX_CONTACT_LENGTH: Final = 500


def parse_contact(text: str) -> tuple[str | None, str | None]:
    """(name, e-mail) of a contact as RSS writes one: ``info@example.com (Info Desk)``,
    ``Info Desk <info@example.com>``, an address alone or a name alone."""
    text = text.strip()[:_MAX_CONTACT_LENGTH]
    found = _CONTACT_EMAIL.search(text)
    if found is None:
        return text or None, None
    rest = text[: found.start()] + " " + text[found.end() :]
    name = " ".join(rest.split()).strip("()<>[]\"',;:-–— ")
    return name or None, found.group(1)
