"""The article's tags, cleaned of what pages put among them that is not a topic.

Tags come from the page's declared keywords and tag links (HTML) and from tag lines of the
text. Some of what arrives is not a topic: a share bar read as a tag list, a CMS's internal
flags and desk handles, a headline. (A site's whole keyword list repeated on every page
cannot be told from one page's own long list without the other pages: both stay.)

>>> clean_tags(["Ferries", "@desk", "autoplay_video", "Port Ellery", "ferries"])
['Ferries', 'Port Ellery']
>>> clean_tags(["Harbour", "Facebook", "Twitter", "Email", "Pinterest"])
['Harbour']
>>> clean_tags(["Facebook", "Privacy"])
['Facebook', 'Privacy']
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from newsclean import rules
from newsclean.settings import settings

# a CMS's internal flag: a lower-case identifier joined with underscores ("autoplay_video")
_FLAG = regex.compile(r"[a-z0-9]+(?:_[a-z0-9]+)+")


def clean_tags(tags: Iterable[str]) -> list[str]:
    """The tags without handles ("@desk"), internal flags ("autoplay_video"), headline-long
    entries, a share bar's network names (when three or more come together) and repeats
    (compared without case; the first spelling stays)."""
    networks = rules.phrases("share_networks")
    kept: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        tag = " ".join(str(tag).split()).strip(" ,;|")
        key = tag.casefold()
        if (
            not tag
            or key in seen
            or tag.startswith("@")
            or _FLAG.fullmatch(tag)
            or len(tag.split()) > settings().tags_tag_max_words
        ):
            continue
        seen.add(key)
        kept.append(tag)
    shared = [t for t in kept if rules.normalise_phrase(t) in networks]
    if len(shared) >= settings().share_networks_min:
        kept = [t for t in kept if t not in shared]
    return kept
