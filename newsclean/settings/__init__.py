"""Every numeric threshold of newsclean in one frozen, typed object.

newsclean's stages decide with thresholds: how many words make a paragraph prose, how far a
byline may stand from the headline, what share of links makes a block a link list. Each is a
field of :class:`Settings` with its default (the value the benchmarks were measured with),
its meaning and the module that reads it (``Settings.describe()`` lists them all;
``python -m benchmarks.sensitivity`` shows which ones move the figures).

``extract(page, settings=Settings(story_min_words=100))`` (or a mapping of the changed
fields) uses other values for that call only. The code reads the values of the call in
progress with :func:`settings`: a context variable that :func:`using` sets for the call and
restores when it ends, so no value outlives its call, calls in threads or in other workers
never see each other's settings, and a :class:`Settings` pickles with the task that uses it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, fields, replace
from typing import Any, NamedTuple

from newsclean.settings.chrome import ChromeSettings
from newsclean.settings.inputs import InputSettings
from newsclean.settings.metadata_lines import MetadataLineSettings
from newsclean.settings.readers import ReaderSettings
from newsclean.settings.region import RegionSettings
from newsclean.settings.segment import SegmentSettings
from newsclean.settings.story import StorySettings


class Knob(NamedTuple):
    """One line of :meth:`Settings.describe`."""

    name: str
    default: int | float
    type: str
    meaning: str
    module: str


@dataclass(frozen=True, kw_only=True)
class Settings(
    SegmentSettings,
    RegionSettings,
    StorySettings,
    ChromeSettings,
    MetadataLineSettings,
    ReaderSettings,
    InputSettings,
):
    """All thresholds, one field each (grouped by the part of newsclean that reads them, in
    the modules of :mod:`newsclean.settings`). Frozen: change values with :meth:`replace`."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"setting {f.name} must be a number, not {value!r}")

    @classmethod
    def from_mapping(cls, changes: Mapping[str, Any]) -> Settings:
        """The defaults with ``changes`` applied; an unknown name raises ``ValueError``
        naming the closest known settings."""
        return DEFAULT.replace(**dict(changes))

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied (unknown names raise ``ValueError``)."""
        known = {f.name for f in fields(self)}
        for name in changes:
            if name not in known:
                close = difflib.get_close_matches(name, sorted(known), n=3)
                hint = f" (did you mean {', '.join(close)}?)" if close else ""
                raise ValueError(f"unknown setting {name!r}{hint}")
        return replace(self, **changes)

    def changed(self) -> dict[str, int | float]:
        """The fields whose value differs from the default."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) != f.default}

    @classmethod
    def describe(cls) -> list[Knob]:
        """Every setting: name, default, type, meaning and the module that reads it."""
        return [
            Knob(f.name, f.default, type(f.default).__name__, f.metadata["meaning"], f.metadata["module"])  # type: ignore[arg-type]
            for f in fields(cls)
        ]


DEFAULT = Settings()

_ACTIVE: ContextVar[Settings] = ContextVar("newsclean_settings", default=DEFAULT)


def settings() -> Settings:
    """The settings of the extraction in progress (the defaults outside one)."""
    return _ACTIVE.get()


def as_settings(value: Settings | Mapping[str, Any] | None) -> Settings | None:
    """``extract``'s ``settings=`` argument as a :class:`Settings` (a mapping holds the changed
    fields); anything else raises ``TypeError``."""
    if value is None or isinstance(value, Settings):
        return value
    if isinstance(value, Mapping):
        return Settings.from_mapping(value)
    raise TypeError(f"settings must be a Settings or a mapping of setting names, not {type(value).__name__}")


@contextmanager
def using(value: Settings | None) -> Iterator[Settings]:
    """Make ``value`` the settings of the code run inside the ``with`` block, and restore the
    previous ones when it ends, however it ends. ``None`` keeps the current settings."""
    if value is None:
        yield _ACTIVE.get()
        return
    token = _ACTIVE.set(value)
    try:
        yield value
    finally:
        _ACTIVE.reset(token)


__all__ = ["DEFAULT", "Knob", "Settings", "as_settings", "settings", "using"]
