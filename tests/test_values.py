"""Dates, durations, flags and episode numbers as feeds write them (podnotes._values)."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from podnotes import _values
from podnotes._values import InvalidValue

UTC = timezone.utc


def _zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "expected", "zone_assumed"),
    [
        ("Tue, 02 Apr 2026 19:28:00 +0000", datetime(2026, 4, 2, 19, 28, tzinfo=UTC), False),
        ("Tue, 02 Apr 2026 19:28:00 EDT", datetime(2026, 4, 2, 19, 28, tzinfo=_zone(-4)), False),
        ("Tue, 02 Apr 2026 19:28:00 IST", datetime(2026, 4, 2, 19, 28, tzinfo=_zone(5.5)), False),
        ("02 Apr 2026 19:28 +0100", datetime(2026, 4, 2, 19, 28, tzinfo=_zone(1)), False),
        ("Tuesday, 02-Apr-26 19:28:00 GMT", datetime(2026, 4, 2, 19, 28, tzinfo=UTC), False),
        ("2 Apr 99 01:00:00 GMT", datetime(1999, 4, 2, 1, 0, tzinfo=UTC), False),
        (
            "Mon, 19 Jul 2021 16:14:29 +0000 EST",
            datetime(2021, 7, 19, 16, 14, 29, tzinfo=UTC),
            False,
        ),
        ("Apr 2nd, 2026 7:28 PM", datetime(2026, 4, 2, 19, 28, tzinfo=UTC), True),
        ("April 2, 2026", datetime(2026, 4, 2, tzinfo=UTC), True),
        (
            "Thu Apr 02 2026 19:28:00 GMT+0200 (Central European Summer Time)",
            datetime(2026, 4, 2, 19, 28, tzinfo=_zone(2)),
            False,
        ),
        (
            "2026-04-02T19:28:00.5-03:00",
            datetime(2026, 4, 2, 19, 28, 0, 500000, tzinfo=_zone(-3)),
            False,
        ),
        ("2026-04-02 19:28:00", datetime(2026, 4, 2, 19, 28, tzinfo=UTC), True),
        ("13/04/2026 10:00", datetime(2026, 4, 13, 10, 0, tzinfo=UTC), True),
        # A leap second in the common form: datetime cannot hold it, so 59.
        ("Tue, 30 Jun 2026 23:59:60 +0000", datetime(2026, 6, 30, 23, 59, 59, tzinfo=UTC), False),
    ],
)
def test_dates_are_read_exactly(text: str, expected: datetime, zone_assumed: bool) -> None:
    value, assumed = _values.parse_date(text)
    assert value == expected
    assert value.utcoffset() == expected.utcoffset()
    assert assumed is zone_assumed


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Tue, 31 Feb 2026 10:00:00 GMT",
            "impossible date 'Tue, 31 Feb 2026 10:00:00 GMT': day is out of range for month",
        ),
        (
            "Tue, 02 Foo 2026 10:00:00 GMT",
            "unknown month 'Foo' in date 'Tue, 02 Foo 2026 10:00:00 GMT'",
        ),
        (
            "Tue, 02 Apr 2026 10:00:00 XYZ",
            "unknown time zone 'XYZ' in date 'Tue, 02 Apr 2026 10:00:00 XYZ'",
        ),
        ("02/03/2026", "ambiguous day and month in '02/03/2026'"),
        ("yesterday", "unreadable date 'yesterday'"),
        ("2026", "incomplete date '2026'"),
        ("1" * 200, "date too long to be one (200 characters)"),
        (
            "Tue, 02 Apr 2026 24:00:00 +0000",
            "impossible date 'Tue, 02 Apr 2026 24:00:00 +0000': hour must be in 0..23",
        ),
    ],
)
def test_unreadable_dates_are_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        _values.parse_date(text)
    assert raised.value.code == "date-invalid"
    assert raised.value.message == message


def test_dates_do_not_depend_on_the_host_time_zone() -> None:
    original = os.environ.get("TZ")
    try:
        results = []
        for zone in ("UTC", "America/Los_Angeles", "Asia/Kolkata"):
            os.environ["TZ"] = zone
            time.tzset()
            results.append(_values.parse_date("Thu, 02 Apr 2026 19:28:00"))
        assert results[0] == results[1] == results[2]
    finally:
        if original is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = original
        time.tzset()


_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@given(
    moment=st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2099, 12, 31)),
    offset_minutes=st.integers(min_value=-14 * 60 + 1, max_value=14 * 60 - 1),
)
def test_an_rfc822_date_written_is_read_back(moment: datetime, offset_minutes: int) -> None:
    moment = moment.replace(microsecond=0)
    sign = "+" if offset_minutes >= 0 else "-"
    hours, minutes = divmod(abs(offset_minutes), 60)
    text = (
        f"{moment:%a}, {moment.day:02d} {_MONTH_NAMES[moment.month - 1]} {moment.year} "
        f"{moment:%H:%M:%S} {sign}{hours:02d}{minutes:02d}"
    )
    value, assumed = _values.parse_date(text)
    assert not assumed
    assert value == moment.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("3723", 3723),
        ("3723.5", 3723.5),
        ("62:03", 3723),
        ("1:02:03", 3723),
        ("1:2:3", 3723),
        ("00:62:03", 3723),
        ("01:02:03.500", 3723.5),
        ("1h 2m 3s", 3723),
        ("1 hour 2 min 3 sec", 3723),
        ("45m", 2700),
        ("PT1H2M3S", 3723),
        ("pt45m", 2700),
        (" 0 ", 0),
    ],
)
def test_durations_in_every_form(text: str, seconds: float) -> None:
    assert _values.parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["about an hour", "-5", "1:", ":30", "PT", "h", "1::2", "9" * 50])
def test_unreadable_durations_are_refused(text: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        _values.parse_duration(text)
    assert raised.value.code == "duration-invalid"


@given(st.integers(min_value=0, max_value=100 * 3600), st.sampled_from([0, 250, 500]))
def test_a_clock_time_written_is_read_back(seconds: int, milliseconds: int) -> None:
    value = timedelta(seconds=seconds, milliseconds=milliseconds)
    assert _values.parse_duration(_values.format_clock(value)) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes", True),
        ("True", True),
        ("explicit", True),
        ("no", False),
        ("false", False),
        ("Clean", False),
    ],
)
def test_explicit_words(text: str, expected: bool) -> None:
    assert _values.parse_explicit(text) is expected


@pytest.mark.parametrize("text", ["maybe", "1", "y"])
def test_other_explicit_words_are_refused(text: str) -> None:
    with pytest.raises(InvalidValue):
        _values.parse_explicit(text)


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("84: Trust But Canary", 84),
        ("#84 - Trust But Canary", 84),
        ("Ep. 84 Trust", 84),
        ("Episode 84: Trust", 84),
        ("EPISODE 7 - Loud", 7),
        ("Folge 12: Auf Deutsch", 12),
        ("My Show | Ep 9: Nine", 9),
        ("Something (Episode 31)", 31),
        ("Show #101: Hundred and one", 101),
        ("12. Twelve", 12),
        ("2024: A look back", None),
        ("We revisit Episode 12 today", None),
        ("Top 10 tools", None),
        ("3 ways to test", None),
        ("", None),
    ],
)
def test_episode_number_from_title(title: str, number: int | None) -> None:
    assert _values.number_from_title(title) == number
