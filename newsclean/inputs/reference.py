"""The one reading of a ``reference_date`` argument, shared by every entry point.

``extract``, ``extract_many`` (its argument and each record's key), the command
line, the corpus readers, the Scrapy pipeline and the datatrove step all accept
the same forms: a ``date``, a ``datetime`` (with or without a zone), an ISO 8601
string (``"2022-01-12"``, ``"2022-01-12T08:30:00Z"``) or None. Anything else is
refused at the call with :class:`newsclean.errors.InvalidReferenceDateError`,
before any work is done.

>>> as_reference_date("2022-01-12")
datetime.date(2022, 1, 12)
>>> as_reference_date("2022-01-12T08:30:00Z")
datetime.datetime(2022, 1, 12, 8, 30, tzinfo=datetime.timezone.utc)
>>> as_reference_date(20220112)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
newsclean.errors.InvalidReferenceDateError: reference_date must be a date, ..., or None; got int 20220112
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from newsclean.errors import InvalidReferenceDateError

_FORMS = "a date, a datetime, an ISO 8601 string such as '2022-01-12' or '2022-01-12T08:30:00Z', or None"


def as_reference_date(value: Any, *, name: str = "reference_date") -> date | datetime | None:
    """``value`` as a ``date``/``datetime`` (None stays None); raises InvalidReferenceDateError otherwise.

    ``name`` is the argument's name in the message (e.g. a record key or a setting).
    """
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        # pandas' missing timestamp (NaT) is a datetime that is not equal to itself: no date known
        return None if value != value else value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise InvalidReferenceDateError(f"{name} is an empty string: pass {_FORMS}")
        # Python 3.10's fromisoformat does not read the "Z" suffix
        iso = text[:-1] + "+00:00" if text[-1:] in ("Z", "z") else text
        try:
            return datetime.fromisoformat(iso) if len(iso) > 10 else date.fromisoformat(iso)
        except ValueError:
            raise InvalidReferenceDateError(
                f"{name} {value!r} is not an ISO 8601 date or datetime: pass {_FORMS}"
            ) from None
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    raise InvalidReferenceDateError(f"{name} must be {_FORMS}; got {type(value).__name__} {shown}")


__all__ = ["as_reference_date"]
