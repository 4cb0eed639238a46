"""Input paths: each turns a page into the one block document the stages work on."""

from newsclean.segment.html import segment_html
from newsclean.segment.text import segment_text

__all__ = ["segment_html", "segment_text"]
