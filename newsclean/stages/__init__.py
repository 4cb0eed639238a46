"""Named stages that label the blocks of a document.

Each stage is a callable ``stage(doc) -> None`` with a ``name``; a
:class:`~newsclean.stages.base.Pipeline` runs them in order. The default pipelines
for visible text and for HTML are built in :mod:`newsclean.stages.pipelines`.
"""

from newsclean.stages.base import Pipeline, Stage, stage

__all__ = ["Pipeline", "Stage", "stage"]
