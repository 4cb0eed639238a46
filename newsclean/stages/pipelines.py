"""The default pipelines. Both paths share every chrome stage; they differ only in
how hard the region search penalises short lines (HTML has already been cleaned by
trafilatura, so its short blocks are usually real headings and list items)."""

from __future__ import annotations

from newsclean.language import language
from newsclean.stages import boxes, choices, completeness, gate, metadata, sources, story_end, structure
from newsclean.stages.above_headline import above_headline
from newsclean.stages.base import Pipeline
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.features import compute_features
from newsclean.stages.html_region import HtmlRegion, html_byline_guard, html_gate
from newsclean.stages.region import TEXT_WEIGHTS, MainRegion

# the fields the input paths fill before the first stage: the HTML path's findings about the
# page and its declared metadata (segment_html, then api.extract's date parsing and language
# lookup); the text path gives blocks only (tests/stages/test_contracts.py checks both)
HTML_INPUT = frozenset(
    {
        "found.hidden",
        "found.left_out",
        "found.link_share",
        "found.outside",
        "found.second_look",
        "found.teaser_texts",
        "meta.title",
        "meta.headlines",
        "meta.authors",
        "meta.authors_source",
        "meta.author_raw",
        "meta.author_bio",
        "meta.agencies",
        "meta.editors",
        "meta.publisher_credit",
        "meta.published",
        "meta.published_raw",
        "meta.published_source",
        "meta.modified",
        "meta.shown_published",
        "meta.shown_published_source",
        "meta.site_name",
        "meta.url",
        "meta.language",
        "meta.declared_language",
        "meta.tags",
        "meta.categories",
        "meta.description",
        "meta.captions",
        "meta.syndication",
    }
)
TEXT_INPUT: frozenset[str] = frozenset()


def _common_tail() -> list:
    return [
        # alt text first: a picture's alt line above the story must not pass for the headline
        structure.caption_alt_text,
        metadata.head_metadata,
        sources.source_line,
        sources.source_card,
        sources.outside_byline,
        story_end.article_end,
        structure.author_bio,
        metadata.dateline,
        structure.body_structure,
        structure.inline_residue,
        metadata.credits_and_bylines,
        gate.article_gate,
        structure.finalise,
        # whether the body is the whole story: read where the body stops, once it is decided
        completeness.completeness,
        # the language of what the body says (else the headline), once the body is decided
        language,
        # the choices among the candidates the stages collected: who wrote it, when
        choices.credited_people,
        choices.published_date,
    ]


def text_pipeline() -> Pipeline:
    pipeline = Pipeline(
        [
            compute_features,
            ChromeRules(),
            boxes.brand_headings,
            boxes.teaser_card_runs,
            boxes.ad_boxes,
            boxes.gallery_runs,
            MainRegion(TEXT_WEIGHTS),
            *_common_tail(),
        ],
        TEXT_INPUT,
    )
    # the box printed over the post's headline, once the headline is found
    return pipeline.insert_after("head_metadata", above_headline)


def html_pipeline() -> Pipeline:
    """The HTML path: trafilatura already chose the main content, so the region stage
    trusts its blocks and only trims their edges (:mod:`newsclean.stages.html_region`);
    the teaser-list gate is left out (trafilatura's choice is not a list of teaser cards
    because its blocks are short), the too-little-text check stays."""
    tail = [s if s is not gate.article_gate else html_gate for s in _common_tail()]
    pipeline = Pipeline(
        [compute_features, ChromeRules(), boxes.brand_headings, boxes.gallery_runs, HtmlRegion(), *tail], HTML_INPUT
    )
    return pipeline.insert_after("head_metadata", html_byline_guard)
