"""Compute, once per block, the cheap text features the other stages read.

Features are language-light on purpose: lengths count CJK characters (which carry
no spaces) as half a word each, so no stage drops a paragraph for lacking spaces.
This stage runs on every block of every page, so it prefers ``str`` methods
(C speed) to regular expressions and leaves rarely needed features to
:func:`shape_features`, computed on demand.
"""

from __future__ import annotations

from collections import Counter

import regex

from newsclean.document import Block, Document, Features
from newsclean.rules import APOSTROPHES, normalise_phrase
from newsclean.settings import settings
from newsclean.stages.base import stage

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_NOT_LETTER = regex.compile(r"\P{L}+")
_NOT_UPPER = regex.compile(r"\P{Lu}+")
# sentence-final punctuation (Latin and CJK); closing quotes and brackets may follow it
_FINAL = frozenset(".!?。！？:;")
_CLOSERS = "\"'”’»)]」』"


def word_count(text: str) -> float:
    """Words, with CJK-like characters counted as half a word each."""
    if text.isascii():
        return float(len(text.split()))
    cjk = len(_CJK.findall(text))
    if cjk:
        return len(_CJK.sub(" ", text).split()) + cjk / 2
    return float(len(text.split()))


# emoji, symbols and joiners a sentence may end with ("See you soon! 🙂")
_TRAILING_SYMBOLS = regex.compile(r"[\p{So}\p{Sk}\p{Cf}\p{Mn}\s]+$")


def _ending(text: str) -> tuple[bool, bool]:
    """(terminal, ellipsis): does the block end like a sentence, or like a teaser ("...")?"""
    if not text[-1].isascii() and not text[-1].isalnum():
        text = _TRAILING_SYMBOLS.sub("", text) or text  # the sentence before a closing emoji
    core = text.rstrip(_CLOSERS) or text
    last = core[-1]
    if last == "…" or core.endswith("..."):
        return False, True
    if last in _FINAL:
        return True, False
    # a quotation closing a sentence ends with the quote mark itself
    if text[-1] in '"”»' and len(text) > 1:
        return True, False
    # a parenthesised aside "($1 = 6.37 yuan)" closes like a sentence
    return text[0] == "(" and text[-1] == ")", False


# the characters newsclean.rules.normalise_phrase strips (kept in step with it)
_PHRASE_STRIP = " \t:.·|-–—>»›"


def block_features(text: str, spaced: bool = False, phrase_max_words: float | None = None) -> Features:
    """The block's features; ``spaced`` says its whitespace is already one plain space
    between words (the text segmenter guarantees it), which saves the phrase
    normalisation a regular expression. ``phrase_max_words``: the setting, when the caller
    has read it."""
    # (word_count's ASCII case inline: this runs on every block)
    words = float(len(text.split())) if text.isascii() else word_count(text)
    terminal, ellipsis = _ending(text)
    if phrase_max_words is None:
        phrase_max_words = settings().phrase_max_words
    if words > phrase_max_words:
        norm = text
    elif spaced:
        norm = text.strip(_PHRASE_STRIP).casefold().translate(APOSTROPHES)
    else:
        norm = normalise_phrase(text)
    return {
        "words": words,
        "chars": len(text),
        "terminal": terminal,
        "ellipsis": ellipsis,
        "norm": norm,
    }


def shape_features(b: Block) -> Features:
    """Capitalisation features, computed once when a stage asks for them."""
    f = b.features
    if "upper_ratio" not in f:
        text = b.text
        letters = len(_NOT_LETTER.sub("", text))
        upper = len(_NOT_UPPER.sub("", text)) if letters else 0
        tokens = text.split()
        f["upper_ratio"] = upper / letters if letters else 0.0
        f["cap_ratio"] = sum(1 for t in tokens if t[:1].isupper()) / len(tokens) if tokens else 0.0
    return f


@stage(
    "features",
    assigns=[
        "features.words",
        "features.chars",
        "features.terminal",
        "features.ellipsis",
        "features.norm",
        "features.repeat",
    ],
)
def compute_features(doc: Document) -> None:
    spaced = doc.source_kind == "text"
    phrase_max_words = settings().phrase_max_words
    for b in doc.blocks:
        b.features = block_features(b.text, spaced, phrase_max_words)
    # (counted in C)
    counts: Counter[str] = Counter(b.features["norm"] for b in doc.blocks)
    for b in doc.blocks:
        f = b.features
        f["repeat"] = counts[f["norm"]]
