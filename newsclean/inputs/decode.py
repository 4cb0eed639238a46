"""Bytes to text, refusing what is not a page.

Order of trust for the charset (users report mojibake when a declared charset is
ignored, and wrong guesses when it is trusted blindly): a byte-order mark, then the
charset declared in the page's ``<meta>`` if the bytes decode cleanly with it, then
UTF-8 if the bytes are valid UTF-8, then charset-normalizer's detection, then cp1252
with replacement as the last resort.

>>> decode_source(b"<meta charset='iso-8859-1'><p>m\\xf6se</p>")[0]
"<meta charset='iso-8859-1'><p>möse</p>"
"""

from __future__ import annotations

import codecs

import regex

from newsclean.errors import BinaryInputError, EmptyInputError, InputTooLargeError

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

_META_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", regex.IGNORECASE)
# C0 controls other than tab, newline, carriage return and form feed
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _sniff_binary(data: bytes) -> str | None:
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            if magic == b"RIFF" and data[8:12] not in (b"WEBP", b"WAVE", b"AVI "):
                continue
            return what
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
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # detection is a best effort; never let it crash extraction
        best = None
    if best is not None and best.encoding:
        warnings.append(f"charset not declared or wrong; detected {best.encoding}")
        return data.decode(best.encoding, errors="replace")
    warnings.append("charset unknown; decoded as cp1252 with replacement characters")
    return data.decode("cp1252", errors="replace")


def _is_utf8_multibyte(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b >= 0x80 for b in data[:100_000])


def decode_source(source: str | bytes, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  truncate: bool = True) -> tuple[str, list[str]]:
    """Return ``(text, warnings)`` or raise a typed :class:`~newsclean.errors.UnusableInputError`.

    Input longer than ``max_bytes`` is cut to that size with a warning (``truncate=True``)
    or refused with :class:`~newsclean.errors.InputTooLargeError`.
    """
    warnings: list[str] = []
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if not data.strip():
            raise EmptyInputError("input is empty: got 0 non-whitespace bytes")
        what = _sniff_binary(data)
        if what:
            raise BinaryInputError(f"input is binary ({what}), not an HTML page or text")
        if len(data) > max_bytes:
            if not truncate:
                raise InputTooLargeError(f"input is {len(data):,} bytes, above the limit of {max_bytes:,}")
            warnings.append(f"input truncated from {len(data):,} to {max_bytes:,} bytes")
            data = data[:max_bytes]
        text = _decode_bytes(data, warnings)
    elif isinstance(source, str):
        text = source
        if len(text) > max_bytes:
            if not truncate:
                raise InputTooLargeError(f"input is {len(text):,} characters, above the limit of {max_bytes:,}")
            warnings.append(f"input truncated from {len(text):,} to {max_bytes:,} characters")
            text = text[:max_bytes]
    else:
        raise TypeError(f"extract() takes str or bytes, not {type(source).__name__}")

    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:4096]
    if sample and _CONTROL.sub("", sample) != sample:
        controls = len(_CONTROL.findall(sample))
        if controls > 0.1 * len(sample):
            raise BinaryInputError(
                f"input looks binary: {controls} of its first {len(sample)} characters are control characters")
        warnings.append("control characters removed from the input")
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if "\ufffd" in sample and sample.count("\ufffd") > 0.3 * len(sample):
        raise BinaryInputError("input looks binary: most characters could not be decoded")
    if not text.strip():
        raise EmptyInputError("input holds only whitespace or control characters")
    return text, warnings
