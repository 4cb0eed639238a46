"""The stage interface, its contract, and the pipeline that runs stages in order.

A stage is any callable taking the :class:`~newsclean.document.Document` and returning
nothing; it labels blocks with :meth:`Block.mark`. Like a spaCy component it has a ``name``
and declares the typed fields (:data:`newsclean.document.FIELDS`) it works with:

- ``requires``: fields it reads and cannot do without; an earlier stage, or the input path,
  must assign them;
- ``may_read``: fields it reads when present (a missing one changes what it finds, not
  whether it runs);
- ``assigns``: fields it writes.

A :class:`Pipeline` checks these when it is built and raises
:class:`~newsclean.errors.PipelineError` on a stage whose requirement nothing before it
assigns, or on a name the Document does not have; ``describe()`` prints the stages with their
fields. A custom stage declares the same (the :func:`stage` decorator, or class attributes)
and is checked the same way; a stage that declares nothing requires nothing.
:mod:`newsclean.stages.tracing` records what stages really read and write, and the tests
compare that with the declarations on every sample page.

>>> from newsclean.document import Document, Label
>>> @stage("drop_shouting", requires=["features.words"])
... def drop_shouting(doc):
...     for b in doc.undecided():
...         if b.text.isupper() and b.features["words"] <= 3:
...             b.mark(Label.CHROME, "custom.shouting")
>>> Pipeline([drop_shouting])
Traceback (most recent call last):
...
newsclean.errors.PipelineError: stage 'drop_shouting' requires features.words, which no earlier stage assigns
>>> from newsclean.stages.features import compute_features
>>> doc = Document.from_lines(["BUY NOW", "A calm sentence."])
>>> Pipeline([compute_features, drop_shouting]).run(doc)
>>> [b.label for b in doc.blocks]
['chrome', 'undecided']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, runtime_checkable

from newsclean.document import FIELDS, Document
from newsclean.errors import PipelineError


@runtime_checkable
class Stage(Protocol):
    name: str

    def __call__(self, doc: Document) -> None: ...


def stage(
    name: str, *, requires: Iterable[str] = (), may_read: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[Callable[[Document], None]], Stage]:
    """Decorator naming a function as a stage and declaring its fields."""

    def wrap(fn: Callable[[Document], None]) -> Stage:
        fn.name = name  # type: ignore[attr-defined]
        fn.requires = tuple(requires)  # type: ignore[attr-defined]
        fn.may_read = tuple(may_read)  # type: ignore[attr-defined]
        fn.assigns = tuple(assigns)  # type: ignore[attr-defined]
        return fn  # type: ignore[return-value]

    return wrap


def contract(s: Stage) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A stage's (requires, may_read, assigns); empty for a stage that declares nothing."""
    return (tuple(getattr(s, "requires", ())), tuple(getattr(s, "may_read", ())), tuple(getattr(s, "assigns", ())))


def check_order(stages: Iterable[Stage], provided: Iterable[str] = ()) -> None:
    """Raise :class:`PipelineError` unless every stage's requirements are assigned before it
    (by ``provided``, the input path's fields, or an earlier stage) and every declared name
    is a field of the Document."""
    available = set(provided)
    for name in available - FIELDS:
        raise PipelineError(f"the input provides {name}, which is not a Document field")
    for s in stages:
        requires, may_read, assigns = contract(s)
        for field in (*requires, *may_read, *assigns):
            if field not in FIELDS:
                raise PipelineError(
                    f"stage {s.name!r} declares {field}, which is not a Document field (see newsclean.document.FIELDS)"
                )
        for field in requires:
            if field not in available and field not in assigns:
                raise PipelineError(f"stage {s.name!r} requires {field}, which no earlier stage assigns")
        available.update(assigns)


class Pipeline:
    """An ordered list of named stages, checked when built (see :func:`check_order`).

    ``provided`` names the fields the input path fills before the first stage (the HTML
    path's declared metadata, for instance)."""

    def __init__(self, stages: Iterable[Stage], provided: Iterable[str] = ()):
        self.stages: list[Stage] = list(stages)
        self.provided: frozenset[str] = frozenset(provided)
        check_order(self.stages, self.provided)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, doc: Document) -> None:
        for s in self.stages:
            s(doc)

    def _with(self, stages: Iterable[Stage]) -> Pipeline:
        return Pipeline(stages, self.provided)

    def insert_before(self, name: str, new: Stage) -> Pipeline:
        """A copy with ``new`` inserted before the stage called ``name``."""
        i = self.names.index(name)
        return self._with(self.stages[:i] + [new] + self.stages[i:])

    def insert_after(self, name: str, new: Stage) -> Pipeline:
        i = self.names.index(name)
        return self._with(self.stages[: i + 1] + [new] + self.stages[i + 1 :])

    def without(self, name: str) -> Pipeline:
        return self._with(s for s in self.stages if s.name != name)

    def starting_after(self, name: str) -> Pipeline:
        """The stages after the one called ``name``, for a document that has been through
        those up to it (a test that computed the features itself): what they assign counts
        as provided."""
        i = self.names.index(name)
        done = {f for s in self.stages[: i + 1] for f in contract(s)[2]}
        return Pipeline(self.stages[i + 1 :], self.provided | done)

    def replace(self, name: str, new: Stage) -> Pipeline:
        """A copy with the stage called ``name`` replaced by ``new``."""
        return self._with(new if s.name == name else s for s in self.stages)

    def describe(self) -> str:
        """The stages in order with the fields each requires, may read and assigns."""
        lines = []
        if self.provided:
            lines.append(f"input: assigns {', '.join(sorted(self.provided))}")
        for i, s in enumerate(self.stages, 1):
            requires, may_read, assigns = contract(s)
            lines.append(f"{i:2}. {s.name}")
            for label, fields in (("requires", requires), ("may read", may_read), ("assigns", assigns)):
                if fields:
                    lines.append(f"      {label}: {', '.join(sorted(fields))}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"Pipeline({' -> '.join(self.names)})"
