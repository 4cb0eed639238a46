"""Bylines and credit lines: who wrote, edited and photographed an article.

A byline is read as segments (split at ``;``, ``|``, ``/``, dashes and line
breaks), each optionally opened by a role marker ("By", "Edited by", "Par",
"Von", "Photos:"), then as parts split at commas and conjunctions. Every part is
classified: a person's name, a news agency, an outlet, a job title, a date, or
interface noise. Only names become authors; agencies and outlets are kept apart.
When unsure, no author is better than a bad one.

>>> b = parse_byline("By ABBY GOODNOUGH, THOMAS KAPLAN and ROBERT PEAR")
>>> b.authors
['Abby Goodnough', 'Thomas Kaplan', 'Robert Pear']
>>> b = parse_byline("Tom Krisher, Ap Auto Writer")
>>> b.authors, b.agency
(['Tom Krisher'], 'AP')
>>> c = parse_credits("Reporting by Sophie Yu and Brenda Goh; Editing by Himani Sarkar")
>>> c.authors, [x.name for x in c.contributors if x.role == "editor"]
(['Sophie Yu', 'Brenda Goh'], ['Himani Sarkar'])

Word lists are rule data files: ``rules/data/<lang>/byline_*.txt``, ``job_titles.txt``,
``name_particles.txt`` and ``rules/data/xx/agencies.txt``.

The package: :mod:`.vocabulary` (word lists), :mod:`.names` (name shapes), :mod:`.text` (a
byline's text made ready), :mod:`.grammar` (reading a byline), :mod:`.detection` (is this line a
byline?), :mod:`.credits` (credit lines and declared author lists).
"""

from __future__ import annotations

from newsclean.metadata.bylines.credits import (  # noqa: F401
    looks_like_credits,
    normalise_author_list,
    parse_credits,
)
from newsclean.metadata.bylines.detection import (  # noqa: F401
    after_date_stamp,
    ends_open,
    is_agency,
    is_interface_line,
    is_lone_marker,
    looks_like_byline,
    looks_like_job_title,
    looks_like_name_line,
    opens_with_author_marker,
    source_agencies,
)
from newsclean.metadata.bylines.grammar import (  # noqa: F401
    parse_byline,
)
from newsclean.metadata.bylines.reporter import (  # noqa: F401
    reporter_credit,
)
from newsclean.metadata.bylines.text import (  # noqa: F401
    MARKED,
    NAME_LINE,
    UNMARKED,
)
from newsclean.metadata.bylines.vocabulary import (  # noqa: F401
    Byline,
    stopwords,
)

__all__ = [
    "Byline",
    "is_agency",
    "is_interface_line",
    "is_lone_marker",
    "looks_like_byline",
    "looks_like_credits",
    "looks_like_job_title",
    "looks_like_name_line",
    "normalise_author_list",
    "parse_byline",
    "parse_credits",
    "source_agencies",
]
