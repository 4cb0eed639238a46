"""The stage interface and the pipeline that runs stages in order.

A stage is any callable taking the :class:`~newsclean.document.Document` and
returning nothing; it labels blocks with :meth:`Block.mark`. Give it a ``name``
(the :func:`stage` decorator does) so pipelines can be listed, reordered and
extended by users:

>>> from newsclean.document import Document, Label
>>> @stage("drop_shouting")
... def drop_shouting(doc):
...     for b in doc.undecided():
...         if b.text.isupper():
...             b.mark(Label.CHROME, "custom.shouting")
>>> doc = Document.from_lines(["BUY NOW", "A calm sentence."])
>>> Pipeline([drop_shouting]).run(doc)
>>> [b.label for b in doc.blocks]
['chrome', 'undecided']
"""

from __future__ import annotations

from typing import Callable, Iterable, Protocol, runtime_checkable

from newsclean.document import Document


@runtime_checkable
class Stage(Protocol):
    name: str

    def __call__(self, doc: Document) -> None: ...


def stage(name: str) -> Callable[[Callable[[Document], None]], Stage]:
    """Decorator naming a function as a stage."""

    def wrap(fn: Callable[[Document], None]) -> Stage:
        fn.name = name  # type: ignore[attr-defined]
        return fn  # type: ignore[return-value]

    return wrap


class Pipeline:
    """An ordered list of named stages."""

    def __init__(self, stages: Iterable[Stage]):
        self.stages: list[Stage] = list(stages)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, doc: Document) -> None:
        for s in self.stages:
            s(doc)

    def insert_before(self, name: str, new: Stage) -> "Pipeline":
        """A copy with ``new`` inserted before the stage called ``name``."""
        i = self.names.index(name)
        return Pipeline(self.stages[:i] + [new] + self.stages[i:])

    def insert_after(self, name: str, new: Stage) -> "Pipeline":
        i = self.names.index(name)
        return Pipeline(self.stages[: i + 1] + [new] + self.stages[i + 1 :])

    def without(self, name: str) -> "Pipeline":
        return Pipeline(s for s in self.stages if s.name != name)

    def __repr__(self) -> str:
        return f"Pipeline({' -> '.join(self.names)})"
