"""Turning what the user passes (str or bytes) into text, and deciding HTML vs visible text."""

from newsclean.inputs.decode import DEFAULT_MAX_BYTES, decode_source, decode_source_utf8
from newsclean.inputs.detect import Kind, detect_kind
from newsclean.inputs.prepare import shrink_payloads

__all__ = ["DEFAULT_MAX_BYTES", "Kind", "decode_source", "decode_source_utf8", "detect_kind", "shrink_payloads"]
