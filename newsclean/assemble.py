"""The one assembler: a labelled block document in, an :class:`Article` out."""

from __future__ import annotations

from newsclean.article import Article, BodyBlock, Headline, RemovedBlock
from newsclean.document import Document, Kind, Label
from newsclean.metadata.tags import clean_tags
from newsclean.stages.choices import credited_people, published_date

_BODY_KIND = {
    Kind.HEADING: "heading",
    Kind.QUOTE: "quote",
    Kind.LIST_ITEM: "list_item",
    Kind.TABLE_ROW: "table_row",
    Kind.CODE: "code",
}


_BODY_FIELDS = frozenset({"kind", "text"})
_REMOVED_FIELDS = frozenset({"text", "rule", "index", "role"})
_set = object.__setattr__


def _body_model(kind: str, text: str) -> BodyBlock:
    """A BodyBlock built as ``model_construct`` does, without its per-call overhead.

    Every field is given (a str, and a kind from ``_BODY_KIND``), so nothing needs
    validating; a page has hundreds of such small models.
    """
    obj = BodyBlock.__new__(BodyBlock)
    _set(obj, "__dict__", {"kind": kind, "text": text})
    _set(obj, "__pydantic_fields_set__", set(_BODY_FIELDS))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def _removed_model(text: str, rule: str, index: int, role: str) -> RemovedBlock:
    """A RemovedBlock built like :func:`_body_model` (all four fields given, all valid)."""
    obj = RemovedBlock.__new__(RemovedBlock)
    _set(obj, "__dict__", {"text": text, "rule": rule, "index": index, "role": role})
    _set(obj, "__pydantic_fields_set__", set(_REMOVED_FIELDS))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def assemble(doc: Document) -> Article:
    body_model, removed_model = _body_model, _removed_model
    metadata = Label.METADATA
    body_blocks = [
        body_model(kind=_BODY_KIND.get(b.kind, "paragraph"), text=b.text)
        for b in doc.blocks
        if b.label == Label.BODY and b.text
    ]
    removed = [
        removed_model(
            text=b.text, rule=b.reason or "unlabelled", index=b.index, role=b.label if b.label in metadata else "chrome"
        )
        for b in doc.blocks
        if b.label != Label.BODY
    ]
    for index, text in doc.found.get("residue", []):
        removed.append(removed_model(text=text, rule="residue.link_text", index=index, role="chrome"))
    # what the page hides from readers, taken out of the HTML before it became blocks
    for text in doc.found.get("hidden", []):
        removed.append(removed_model(text=text, rule="html.hidden_element", index=-1, role="chrome"))
    # what the HTML segmenter took out before the stages (widgets, hover cards) and the
    # page's text outside the main-content candidate (page frames among it): never blocks,
    # but not lost without a trace either
    for rule, text in doc.found.get("left_out", []):
        removed.append(removed_model(text=text, rule=rule, index=-1, role="chrome"))
    for index, text, rule in doc.found.get("outside", []):
        removed.append(removed_model(text=text, rule=rule, index=index, role="chrome"))
    removed.sort(key=lambda r: r.index)

    warnings = list(doc.warnings)
    if not body_blocks:
        warnings.append("no article body recognised on this page")

    if "authors" not in doc.found:  # a document that did not go through the choosing stages
        credited_people(doc)
    if "date_source" not in doc.found:
        published_date(doc)
    found = doc.found
    authors, contributors = found.get("authors", []), found.get("contributors", [])
    byline, source = found.get("byline"), found.get("credit_source")
    published, date_source = found.get("published"), found.get("date_source")
    dateline = doc.found.get("dateline")
    # captions found among the blocks, then those the HTML path read from <figcaption>
    captions = list(
        dict.fromkeys([b.text for b in doc.blocks if b.label == Label.CAPTION] + list(doc.meta.get("captions") or []))
    )
    tags = clean_tags([*doc.found.get("tags", []), *(doc.meta.get("tags") or [])])
    bio = " ".join(b.text for b in doc.blocks if b.label == Label.AUTHOR_BIO) or doc.meta.get("author_bio") or None

    return Article(
        title=doc.found.get("title") or None,
        headlines=[Headline(source=source, text=text) for source, text in doc.meta.get("headlines") or []],
        authors=authors,
        contributors=contributors,
        byline=byline,
        published=published,
        modified=doc.meta.get("modified"),
        date_source=date_source,
        candidates=[*found.get("author_candidates", []), *found.get("date_candidates", [])],
        dateline=dateline.text if dateline is not None else None,
        body="\n\n".join(b.text for b in body_blocks),
        blocks=body_blocks,
        captions=captions,
        tags=tags,
        author_bio=bio,
        source=source,
        site_name=doc.meta.get("site_name"),
        url=doc.url or doc.meta.get("url"),
        language=doc.meta.get("language"),
        input_kind="html" if doc.source_kind == "html" else "text",
        completeness=doc.found.get("completeness") or "full",
        original_url=doc.found.get("original_url"),
        warnings=warnings,
        removed=removed,
    )
