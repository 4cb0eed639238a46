"""The typed result of an extraction.

>>> from newsclean.article import Article
>>> a = Article(title="Rain expected", body="It will rain.")
>>> a.title
'Rain expected'
>>> Article.model_validate_json(a.model_dump_json()) == a
True
"""

from __future__ import annotations

import html as _html
import json
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

BlockKind = Literal["paragraph", "heading", "quote", "list_item", "table_row", "code"]
Role = Literal["author", "editor", "agency", "photographer", "contributor"]
Completeness = Literal["full", "excerpt", "paywalled", "cut"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BodyBlock(_Frozen):
    """One block of the article body, in reading order."""

    kind: BlockKind = "paragraph"
    text: str


class RemovedBlock(_Frozen):
    """A block taken out of the page, with the rule that took it."""

    text: str
    rule: str = Field(description="Name of the rule that removed the block, e.g. 'chrome.teaser_run'.")
    index: int = Field(
        description="Position of the block in the page's block sequence; -1 for an element "
        "taken out of the HTML before it became blocks (hidden from readers)."
    )
    role: str = Field(
        default="chrome",
        description="'chrome', or the Article field the block fed (title, byline, caption, ...).",
    )


class Contributor(_Frozen):
    """A person or organisation credited for the article, with a role."""

    name: str
    role: Role = "author"


class Headline(_Frozen):
    """A headline as one source of the page gives it (entities decoded, site name removed)."""

    source: str = Field(
        description="Where the page gives it: 'h1' (the visible headline), 'json-ld', "
        "'og:title', 'twitter:title', 'dc.title', 'title' (the <title>), ..."
    )
    text: str


class Candidate(_Frozen):
    """A value the page offers for an Article field, where it comes from, and whether the
    choice stage took it (``Article.candidates``; ``newsclean extract --explain`` lists them)."""

    field: Literal["authors", "published"]
    value: str = Field(description="A name, or an ISO date.")
    source: str = Field(
        description="Where the page gives it: 'byline' (a byline line), 'text.date_line', "
        "'html.jsonld', ... (the sources of ``date_source`` and of the declared authors)."
    )
    text: str | None = Field(default=None, description="The line of the page it was read from, if any.")
    chosen: bool = False


class Article(_Frozen):
    """A clean, typed news article.

    ``body`` is the paragraphs joined by one blank line; ``blocks`` keeps their kinds.
    ``removed`` records every block that was taken out, with the rule that did it.
    """

    title: str | None = None
    headlines: list[Headline] = Field(
        default_factory=list,
        description="HTML: every headline the page declares, with its source (the visible <h1>, the JSON-LD "
        "headline, og:title, <title>, ...); they may differ from `title` (a social or SEO variant, "
        "a kicker) and from each other.",
    )
    authors: list[str] = Field(default_factory=list, description="Names of the people who wrote the article.")
    contributors: list[Contributor] = Field(
        default_factory=list, description="Everyone credited, with a role (author, editor, agency, photographer)."
    )
    byline: str | None = Field(default=None, description="The raw byline as it appeared on the page.")
    published: datetime | date | None = Field(
        default=None, description="Publication time, as specific as known (a datetime with zone when known)."
    )
    modified: datetime | date | None = None
    date_source: str | None = Field(
        default=None, description="Where `published` came from (e.g. 'json-ld', 'text.dateline')."
    )
    dateline: str | None = Field(default=None, description="e.g. 'BEIJING, Jan 7 (Reuters)'.")
    body: str = ""
    blocks: list[BodyBlock] = Field(default_factory=list)
    captions: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    author_bio: str | None = None
    source: str | None = Field(
        default=None, description="Original source or agency, e.g. 'Reuters' from 'Via Reuters'."
    )
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    input_kind: Literal["html", "text"] = "text"
    completeness: Completeness = Field(
        default="full",
        description="Whether the body is the whole story: 'full'; 'excerpt' (it ends in a link to the rest, "
        "'Continue reading at ...'); 'paywalled' (a paywall or sign-in notice stands after it); "
        "'cut' (it stops mid-sentence). The evidence is in `warnings`.",
    )
    original_url: str | None = Field(
        default=None,
        description="HTML: the original story's address when the page links it (a 'continue reading at the "
        "publisher' link, declared syndication metadata, a canonical link to another site).",
    )
    candidates: list[Candidate] = Field(
        default_factory=list,
        description="Every author and publication date the page offers, the chosen ones marked.",
    )
    warnings: list[str] = Field(default_factory=list)
    removed: list[RemovedBlock] = Field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when no article body was recognised."""
        return not self.body

    @classmethod
    def json_schema(cls) -> dict:
        """The JSON schema of the Article (for validators and other languages)."""
        return cls.model_json_schema()

    def to_markdown(self) -> str:
        """The article as Markdown: title, byline line, then the body blocks."""
        out: list[str] = []
        if self.title:
            out.append(f"# {self.title}")
        meta = " · ".join(x for x in (self.byline or ", ".join(self.authors), _iso(self.published)) if x)
        if meta:
            out.append(f"*{meta}*")
        previous = None
        for block in self.blocks:
            if block.kind == "heading":
                out.append(f"## {block.text}")
            elif block.kind == "quote":
                out.append(f"> {block.text}")
            elif block.kind == "list_item":
                out.append(f"- {block.text}")
            elif block.kind == "table_row":
                # a row's cells are joined with " | "; the first row of a table is its header
                row = f"| {block.text} |"
                if previous == "table_row":
                    out[-1] += "\n" + row
                else:
                    out.append(row + "\n|" + "---|" * (block.text.count(" | ") + 1))
            elif block.kind == "code":
                # one block per line of a listing: consecutive lines share one fence
                if previous == "code":
                    out[-1] = out[-1][:-4] + f"\n{block.text}\n```"
                else:
                    out.append(f"```\n{block.text}\n```")
            else:
                out.append(block.text)
            previous = block.kind
        return "\n\n".join(out) + "\n"

    def _repr_html_(self) -> str:
        """A card for Jupyter: metadata, body, and the removed chrome grouped by rule."""
        esc = _html.escape
        parts = [
            '<div style="font-family:sans-serif;max-width:52em;border:1px solid #ccc;padding:1em;border-radius:6px">'
        ]
        parts.append(f"<h3 style='margin-top:0'>{esc(self.title or '(no title)')}</h3>")
        parts.append("<div style='font-size:95%'>" + self._people_html() + "</div>")
        meta = [
            ("byline", self.byline),
            ("published", _iso(self.published)),
            ("dateline", self.dateline),
            ("source", self.source),
            ("site", self.site_name),
            ("language", self.language),
            ("url", self.url),
        ]
        parts.append(
            "<div style='color:#555;font-size:90%'>"
            + " · ".join(f"<b>{k}</b>: {esc(str(v))}" for k, v in meta if v)
            + "</div>"
        )
        for w in self.warnings:
            parts.append(f"<div style='color:#a60'>⚠ {esc(w)}</div>")
        for block in self.blocks:
            tag = {"heading": "h4", "quote": "blockquote", "list_item": "li", "code": "pre"}.get(block.kind, "p")
            parts.append(f"<{tag}>{esc(block.text)}</{tag}>")
        if self.captions:
            parts.append("<div style='color:#555'><b>captions</b>: " + esc(" | ".join(self.captions)) + "</div>")
        if self.tags:
            parts.append("<div style='color:#555'><b>tags</b>: " + esc(", ".join(self.tags)) + "</div>")
        by_rule: dict[str, list[str]] = {}
        for r in self.removed:
            by_rule.setdefault(r.rule, []).append(r.text)
        if by_rule:
            parts.append(f"<details><summary>removed: {len(self.removed)} blocks by {len(by_rule)} rules</summary>")
            for rule, texts in sorted(by_rule.items(), key=lambda kv: -len(kv[1])):
                items = "".join(f"<li>{esc(t[:200])}</li>" for t in texts)
                parts.append(
                    f"<details style='margin-left:1em'><summary><code>{esc(rule)}</code> ({len(texts)})</summary>"
                    f"<ul>{items}</ul></details>"
                )
            parts.append("</details>")
        parts.append("</div>")
        return "".join(parts)

    def _people_html(self) -> str:
        """Everyone credited, grouped by role ("authors: Ann Lee, Tom Okafor · agency: Reuters")."""
        esc = _html.escape
        by_role: dict[str, list[str]] = {}
        for c in self.contributors:
            by_role.setdefault(c.role, []).append(c.name)
        for name in self.authors:  # an Article built by hand may list authors only
            if name not in by_role.setdefault("author", []):
                by_role["author"].append(name)
        groups = []
        for role, (one, many) in _ROLE_LABELS.items():
            names = by_role.get(role)
            if names:
                groups.append(f"<b>{many if len(names) > 1 else one}</b>: {esc(', '.join(names))}")
        if not by_role.get("author"):
            groups.insert(0, "<b>authors</b>: <span style='color:#888'>none found</span>")
        return " · ".join(groups)


# the card's people line: roles in this order, each with its label for one name and for several
_ROLE_LABELS: dict[str, tuple[str, str]] = {
    "author": ("author", "authors"),
    "editor": ("editor", "editors"),
    "agency": ("agency", "agencies"),
    "photographer": ("photographer", "photographers"),
    "contributor": ("contributor", "contributors"),
}


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def schema_json(indent: int = 2) -> str:
    """The Article JSON schema as a string."""
    return json.dumps(Article.model_json_schema(), indent=indent)
