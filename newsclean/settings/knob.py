"""One threshold of the settings: its default, what it means and the module that reads it."""

from __future__ import annotations

from dataclasses import field
from typing import Any


def knob(default: int | float, meaning: str, module: str) -> Any:
    """A settings field: ``default`` is the value newsclean was measured with, ``meaning`` says
    what the number bounds, ``module`` the module that reads it (several, comma-separated,
    when more than one does)."""
    return field(default=default, metadata={"meaning": meaning, "module": module})
