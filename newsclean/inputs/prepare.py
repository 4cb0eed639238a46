"""Make a heavy HTML page parseable before it reaches the HTML parser.

Pages weigh many megabytes mostly because of what a reader never sees: inline
application state in ``<script>``, inlined CSS, images inlined as ``data:`` URIs.
libxml2 (under lxml and trafilatura) refuses a single text node or attribute above
10 MB and then drops the rest of the page, article included. :func:`shrink_payloads`
empties the content of ``<script>``/``<style>`` elements and ``data:`` URIs larger than
:data:`PAYLOAD_LIMIT` (no article text lives there) in one linear pass, and says
how much it removed. Smaller scripts stay: JSON-LD metadata is read from them.

>>> html, removed = shrink_payloads("<p>Hi</p><script>" + "x" * 2_000_000 + "</script>")
>>> html, removed
('<p>Hi</p><script></script>', 2000000)
"""

from __future__ import annotations

import regex

# well below libxml2's 10 MB node limit, far above any JSON-LD block
PAYLOAD_LIMIT = 1_000_000

_OPEN = regex.compile(r"<(script|style)\b[^>]{0,4000}>", regex.IGNORECASE)
_CLOSE = {
    "script": regex.compile(r"</script\s*>", regex.IGNORECASE),
    "style": regex.compile(r"</style\s*>", regex.IGNORECASE),
}
# the run of base64 / percent-encoded data after "data:<type>[;params],": one pass, no backtracking
_DATA_URI = regex.compile(r"data:[\w.+/-]{0,100}(?:;[\w.+=-]{0,100}){0,4},([A-Za-z0-9+/=%_-]++)")


def shrink_payloads(html: str, limit: int = PAYLOAD_LIMIT) -> tuple[str, int]:
    """``(html, characters removed)``: oversized script/style contents and data: URIs emptied."""
    if len(html) <= limit:
        return html, 0
    out: list[str] = []
    removed = 0
    pos = 0
    while True:
        m = _OPEN.search(html, pos)
        if m is None:
            break
        start = m.end()
        close = _CLOSE[m.group(1).lower()].search(html, start)
        end = close.start() if close is not None else len(html)
        if end - start > limit:
            out.append(html[pos:start])
            removed += end - start
            pos = end
        else:
            out.append(html[pos:end])
            pos = end
        if close is None:
            break
    out.append(html[pos:])
    html = "".join(out) if removed else html

    if len(html) > limit:
        cut = 0

        def _empty(m: regex.Match) -> str:
            nonlocal cut
            if len(m.group(1)) <= limit:
                return m.group(0)
            cut += len(m.group(1))
            return m.group(0)[: m.start(1) - m.start(0)]

        html = _DATA_URI.sub(_empty, html)
        removed += cut
    return html, removed
