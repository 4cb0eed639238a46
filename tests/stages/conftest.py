import pytest

from newsclean.document import Document
from newsclean.segment.text import segment_text
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.features import compute_features


@pytest.fixture
def text_doc():
    """Build a text-path document with features computed."""

    def build(text: str) -> Document:
        doc = segment_text(text)
        compute_features(doc)
        return doc

    return build


@pytest.fixture
def judged(text_doc):
    """The chrome rules' (label, reason) for one line alone."""

    def judge(line: str):
        doc = text_doc(line)
        ChromeRules()(doc)
        return doc.blocks[0].label, doc.blocks[0].reason

    return judge
