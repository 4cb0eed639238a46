"""Typed errors raised by newsclean.

Every error newsclean raises on purpose derives from :class:`NewscleanError`, so a
scraper can catch one class. Input problems raise :class:`UnusableInputError`
subclasses whose message says what was wrong with the input.

>>> from newsclean.errors import EmptyInputError, NewscleanError
>>> issubclass(EmptyInputError, NewscleanError)
True
"""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class UnusableInputError(NewscleanError, ValueError):
    """The input cannot be read as a web page or as visible text."""


class EmptyInputError(UnusableInputError):
    """The input is empty or holds only whitespace / control characters."""


class BinaryInputError(UnusableInputError):
    """The input is binary data (an image, a PDF, an archive...), not a page."""


class DecodingError(UnusableInputError):
    """Bytes could not be decoded to text with any plausible charset."""


class InputTooLargeError(UnusableInputError):
    """The input exceeds the configured size limit and truncation was not allowed."""


class InvalidReferenceDateError(NewscleanError, TypeError, ValueError):
    """``reference_date`` is neither a date, a datetime, an ISO 8601 string nor None.

    Raised at the call, before any work. It is a ``TypeError`` (a value of the wrong
    type) and a ``ValueError`` (a string that is not an ISO date), so code that caught
    either before still catches it.
    """


class ExtractionTimeout(NewscleanError, TimeoutError):
    """A page exceeded its time budget inside a batch (raised by worker management only)."""


class PipelineError(NewscleanError, ValueError):
    """A pipeline whose stages do not fit together: a stage requires a field that no earlier
    stage (nor the input path) assigns, or declares a field the Document does not have.
    Raised when the pipeline is built, before any page runs through it."""
