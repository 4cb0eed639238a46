"""Bytes to text, refusing what is not a page.

Order of trust for the charset (users report mojibake when a declared charset is
ignored, and wrong guesses when it is trusted blindly): a byte-order mark, then the
charset declared in the page's ``<meta>`` if the bytes decode cleanly with it, then
UTF-8 if the bytes are valid UTF-8, then UTF-8 with replacement characters if the
bytes are *mostly* UTF-8 (more valid multi-byte characters than broken sequences: a
page cut mid-character or with a few stray bytes must not become mojibake), then
charset-normalizer's detection (among equally good guesses windows-1252, the web's
default single-byte charset, wins), then cp1252 with replacement as the last resort.

Binary input is refused with :class:`~newsclean.errors.BinaryInputError`: known
magic numbers (images, PDF, archives, compressed data) are named; other data is
judged by its share of control bytes (text has almost none; compressed or random
data about one byte in ten). UTF-16 without a byte-order mark is recognised by its
zero bytes in every other position and decoded, not refused.

>>> decode_source(b"<meta charset='iso-8859-1'><p>m\\xf6se</p>")[0]
"<meta charset='iso-8859-1'><p>möse</p>"
"""

from __future__ import annotations

import codecs
import re

import regex

from newsclean.errors import BinaryInputError, EmptyInputError, InputTooLargeError
from newsclean.settings import settings

DEFAULT_MAX_BYTES = 50_000_000  # 50 MB: generous for a page, bounded for a batch

# magic numbers of formats people feed by mistake (images, documents, archives)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF container (WebP/WAV/AVI)"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"(\xb5/\xfd", "zstd-compressed data (decompress it first)"),
    (b"\x00\x00\x01\x00", "an ICO image"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# bytes that text never holds (C0 controls except tab, LF, FF, CR and ESC, which ISO-2022 uses; DEL)
_CONTROL_BYTES = bytes(
    sorted(set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x1B)) | set(range(0x1C, 0x20)) | {0x7F})
)

_BOM_PREFIXES = tuple(b for b, _ in _BOMS)
_META_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", regex.IGNORECASE)
# C0 controls other than tab, newline, carriage return and form feed (the standard library's
# engine: on whole pages about four times faster than the regex module's; only to remove them,
# :func:`_has_control` finds them)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# the same characters as bytes: in UTF-8 they never occur inside a multi-byte sequence
_CONTROL_CHARS = bytes(range(0x00, 0x09)) + b"\x0b" + bytes(range(0x0E, 0x20)) + b"\x7f"
# what the UTF-8 bytes decode_source_utf8 returns never hold
CONTROL_BYTES_REMOVED = _CONTROL_CHARS

# anything but whitespace and the zero-width characters that str.isspace() does not know
_VISIBLE = regex.compile(r"[^\s\u200b-\u200d\u2060\ufeff]")
# U+0080-U+009F -> the windows-1252 character of that byte; its five undefined bytes are dropped
_C1_AS_CP1252 = {c: bytes([c]).decode("cp1252", errors="ignore") or None for c in range(0x80, 0xA0)}
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
# C1 controls and surrogates are found in the text's UTF-8 bytes ("surrogatepass"):
# U+0080-U+009F is C2 80-9F, U+D800-U+DFFF is ED A0-BF xx, and 0xC2 and 0xED are only ever
# lead bytes, so a match is exactly such a character. The standard engine finds them in the
# bytes (encoded once for the control test) about five times faster than a str search.
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_SURROGATE_UTF8 = re.compile(rb"\xed[\xa0-\xbf]")


def _has_control(text: str) -> bool:
    """Whether ``text`` holds a character of ``_CONTROL``: its UTF-8 bytes lose some when
    the control bytes are deleted (a C-speed pass, several times faster than the search)."""
    return _has_control_utf8(text.encode("utf-8", "surrogatepass"))


def _has_control_utf8(data: bytes) -> bool:
    """:func:`_has_control` on the text's UTF-8 (``surrogatepass``) bytes."""
    return len(data.translate(None, _CONTROL_CHARS)) != len(data)


def _sniff_binary(data: bytes) -> str | None:
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            if magic == b"RIFF" and data[8:12] not in (b"WEBP", b"WAVE", b"AVI "):
                continue
            return what
    return None


def _control_share(sample: bytes) -> float:
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample) if sample else 0.0


def _bomless_utf16(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the bytes look like UTF-16 without a byte-order mark."""
    sample = data[: settings().binary_sample]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    # mostly Latin text: the high byte of every character is zero
    if zeros_odd > 0.4 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.4 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decode_bytes(data: bytes, warnings: list[str]) -> str:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    declared = _declared_charset(data)
    if declared:
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            warnings.append(f"declared charset {declared!r} does not fit the bytes; detected instead")
        else:
            # a page declaring a single-byte charset while holding valid multi-byte UTF-8 is mislabelled
            if declared not in ("utf-8", "utf_8") and _is_utf8_multibyte(data):
                warnings.append(f"declared charset {declared!r} but the bytes are UTF-8; read as UTF-8")
                return data.decode("utf-8")
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        text, broken = mostly
        warnings.append(f"input is UTF-8 with {broken:,} invalid byte sequence(s); replaced with U+FFFD")
        return text
    encoding = _detect(data[:200_000])
    if encoding:
        warnings.append(f"charset not declared or wrong; detected {encoding}")
        return data.decode(encoding, errors="replace")
    warnings.append("charset unknown; decoded as cp1252 with replacement characters")
    return data.decode("cp1252", errors="replace")


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, number of broken sequences) when valid multi-byte UTF-8 outnumbers the broken bytes."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    valid = non_ascii - broken
    if valid > 0 and valid >= 2 * broken:
        return text, broken
    return None


def _detect(sample: bytes) -> str | None:
    """charset-normalizer's guess; on a tie, the guess that windows-1252 also explains wins."""
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(sample))
    except Exception:  # detection is a best effort; never let it crash extraction
        return None
    if not matches:
        return None
    best = matches[0]
    for m in matches:
        if (
            m.chaos <= best.chaos + settings().detection_tie
            and m.coherence >= best.coherence - settings().detection_tie
            and "cp1252" in m.could_be_from_charset
        ):
            return "cp1252"
    return best.encoding or None


def _is_utf8_multibyte(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b >= 0x80 for b in data[:100_000])


def decode_source(
    source: str | bytes, *, max_bytes: int | None = DEFAULT_MAX_BYTES, truncate: bool = True
) -> tuple[str, list[str]]:
    """Return ``(text, warnings)`` or raise a typed :class:`~newsclean.errors.UnusableInputError`.

    Input longer than ``max_bytes`` (bytes for ``bytes`` input, characters for ``str``)
    is cut to that size with a warning (``truncate=True``; bytes are cut at a character
    boundary) or refused with :class:`~newsclean.errors.InputTooLargeError`
    (``truncate=False``). ``max_bytes=None`` disables the limit.
    """
    text, warnings, _utf8 = decode_source_utf8(source, max_bytes=max_bytes, truncate=truncate)
    return text, warnings


def decode_source_utf8(
    source: str | bytes, *, max_bytes: int | None = DEFAULT_MAX_BYTES, truncate: bool = True
) -> tuple[str, list[str], bytes | None]:
    """:func:`decode_source`, with the text's UTF-8 bytes (``surrogatepass``) when the checks
    made them and the text kept them: none of :data:`CONTROL_BYTES_REMOVED` in them. The
    HTML parser reads the page as UTF-8 bytes; it is spared a second encoding and a second
    scan for control characters (None when the text was changed after it was encoded)."""
    if max_bytes is not None and (isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0):
        raise ValueError(f"max_bytes must be a positive integer or None, not {max_bytes!r}")
    warnings: list[str] = []
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if not data.strip():
            raise EmptyInputError("input is empty: got 0 non-whitespace bytes")
        what = _sniff_binary(data)
        if what:
            raise BinaryInputError(f"input is binary ({what}), not an HTML page or text")
        has_bom = data.startswith(_BOM_PREFIXES)
        utf16 = None if has_bom else _bomless_utf16(data)
        byte_sample = data[: settings().binary_sample]
        share = 0.0 if has_bom or utf16 else _control_share(byte_sample)
        if share > settings().binary_control_share:
            raise BinaryInputError(
                f"input looks binary: {share:.0%} of its first {len(byte_sample):,} bytes are control bytes "
                "(compressed, encrypted or an unknown binary format)"
            )
        if max_bytes is not None and len(data) > max_bytes:
            if not truncate:
                raise InputTooLargeError(f"input is {len(data):,} bytes, above the limit of {max_bytes:,}")
            warnings.append(f"input truncated from {len(data):,} to {max_bytes:,} bytes")
            cut = max_bytes
            # do not split a UTF-8 character: back off over its continuation bytes
            while cut > max_bytes - 3 and cut > 0 and 0x80 <= data[cut] <= 0xBF:
                cut -= 1
            data = data[:cut]
        if utf16 is not None:
            warnings.append(f"no byte-order mark; read as {utf16.upper()}")
            text = data[: len(data) // 2 * 2].decode(utf16, errors="replace")
        else:
            text = _decode_bytes(data, warnings)
    elif isinstance(source, str):
        text = source
        if max_bytes is not None and len(text) > max_bytes:
            if not truncate:
                raise InputTooLargeError(f"input is {len(text):,} characters, above the limit of {max_bytes:,}")
            warnings.append(f"input truncated from {len(text):,} to {max_bytes:,} characters")
            text = text[:max_bytes]
    else:
        raise TypeError(f"extract() takes str or bytes, not {type(source).__name__}")

    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:4096]
    if sample and _CONTROL.search(sample):
        controls = len(_CONTROL.findall(sample))
        if controls > 0.1 * len(sample):
            raise BinaryInputError(
                f"input looks binary: {controls} of its first {len(sample)} characters are control characters"
            )
    # (removing controls or C1 characters adds and removes no other character of these
    # ranges: the bytes of the text as it was answer all three tests)
    data = text.encode("utf-8", "surrogatepass")
    utf8: bytes | None = data
    if _has_control_utf8(data):
        text, utf8 = _CONTROL.sub("", text), None
        warnings.append("control characters removed from the input")
    if _C1_UTF8.search(data):
        # C1 controls in text are windows-1252 bytes read as ISO-8859-1 (a page labelled
        # latin-1, or requests' .text without a charset): "don\x92t" is "don’t"
        text, utf8 = text.translate(_C1_AS_CP1252), None
        warnings.append("C1 control characters read as windows-1252 (text decoded as ISO-8859-1?)")
    if _SURROGATE_UTF8.search(data):
        # lone surrogates (from a bad str conversion) cannot be encoded as UTF-8 or JSON
        text, utf8 = _SURROGATE.sub("\ufffd", text), None
        warnings.append("lone surrogate code points replaced with U+FFFD")
    if "\ufffd" in sample and sample.count("\ufffd") > 0.3 * len(sample):
        raise BinaryInputError("input looks binary: most characters could not be decoded")
    if not _VISIBLE.search(text):
        raise EmptyInputError("input holds only whitespace, invisible or control characters")
    return text, warnings, utf8
