"""Settings of inputs, language and the other modules.

Each field is one threshold: its default, what it means, and the module that reads it."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.settings.knob import knob


@dataclass(frozen=True, kw_only=True)
class InputSettings:
    binary_sample: int = knob(
        8192,
        "bytes at the start of the input read to tell binary data from text and to spot UTF-16 "
        "written without a byte-order mark",
        "newsclean.inputs.decode",
    )

    binary_control_share: float = knob(
        0.05,
        "share of control bytes above which input is binary: random and compressed data have about 10%, "
        "text (even with stray NULs) well under 1%",
        "newsclean.inputs.decode",
    )

    sample_chars: int = knob(
        500,
        "characters of a text its language is guessed from: about 0.3 ms of classification, enough "
        "for a confident guess (the same answer as with 1,000 characters on all 242 benchmark bodies, "
        "and as with 300)",
        "newsclean.language",
    )

    min_confidence: float = knob(
        0.9,
        "normalised probability a short body's guess needs",
        "newsclean.language",
    )

    declared_scan_chars: int = knob(
        20_000,
        "where a page's declared language is looked for: the top of the document",
        "newsclean.language",
    )

    fold_digits_words: int = knob(
        12,
        "a block of at most this many words is compared with its digits folded to 0: counters and "
        "stamps are short, while two story paragraphs differing only in their figures are different "
        "paragraphs",
        "newsclean.profile",
    )

    detection_tie: float = knob(
        0.02,
        "when charset-normalizer's guesses are this close, they are a tie",
        "newsclean.inputs.decode",
    )

    language_min_letters: int = knob(
        60,
        "below this many letters a body's language guess needs the model to be sure (else the page's "
        "declared language is used)",
        "newsclean.language",
    )
