"""Settings of the segmenters: page to blocks.

Each field is one threshold: its default, what it means, and the module that reads it."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.settings.knob import knob


@dataclass(frozen=True, kw_only=True)
class SegmentSettings:
    full_retry_chars: int = knob(
        1000,
        "a body shorter than this (characters) from trafilatura's fast mode is extracted again, "
        "compared with trafilatura's fallbacks",
        "newsclean.segment.html",
    )

    headline_post_min_words: int = knob(
        5,
        "a page whose every candidate gave no article: the post under its own headline is the "
        "headline's nearest container holding this many words of its own outside links (a micro "
        "post's line, a list of links with their captions)",
        "newsclean.segment.html_headline",
    )

    loose_min_chars: int = knob(
        100,
        "a container is rebuilt when its loose text holds at least this many characters",
        "newsclean.segment.html_breaks",
    )

    linked_max_share: float = knob(
        0.5,
        "... and at most this share of it is link text",
        "newsclean.segment.html_breaks",
    )

    hidden_page_share: float = knob(
        0.8,
        "when the hidden elements hold this share of the page's text or more, the page shows them with a "
        "script (the whole story hidden until it loads): they stay",
        "newsclean.segment.html_clean",
    )

    hidden_story_paragraphs: int = knob(
        4,
        'a hidden element that is the rest of a story (a paywall or "continue reading" box that a script '
        "opens): this many paragraphs of hidden_story_words words or more, and at most hidden_story_links"
        " of its words inside links. Hidden chrome (menus, dialogs, sign-up and ad-blocker notices, "
        "comment threads) is made of links, short lines and one or two paragraphs at most",
        "newsclean.segment.html_clean",
    )

    hidden_story_words: int = knob(
        12,
        "a paragraph of a hidden story has at least this many words (see hidden_story_paragraphs)",
        "newsclean.segment.html_clean",
    )

    hidden_story_links: float = knob(
        0.1,
        "share of a hidden story's words inside links, at most (see hidden_story_paragraphs)",
        "newsclean.segment.html_clean",
    )

    teaser_max_paragraphs: int = knob(
        2,
        "a teaser card: an <article> element holding a linked headline and at most this many paragraphs "
        "(a story has more); a page with at least teaser_cards of them may be a listing",
        "newsclean.segment.html_clean",
    )

    teaser_cards: int = knob(
        3,
        "teaser cards (<article> elements with a linked headline) that make the page a possible listing",
        "newsclean.segment.html_clean",
    )

    max_captions: int = knob(
        20,
        "picture captions read from a page",
        "newsclean.segment.html_extras",
    )

    max_tags: int = knob(
        30,
        "tags kept from a page (twice as many tag links are read)",
        "newsclean.segment.html_extras",
    )

    bio_min_words: int = knob(
        8,
        "an author bio box's text has at least this many words: a sentence, not a name or a link",
        "newsclean.segment.html_extras",
    )

    html_extras_tag_max_words: int = knob(
        5,
        "a tag is a topic or a name: a longer link text is a headline or a sentence",
        "newsclean.segment.html_extras",
    )

    prose_min_paragraphs: int = knob(
        3,
        "a cell holds a story when it has a headline or this many prose paragraphs of its own",
        "newsclean.segment.html_layout",
    )

    html_layout_paragraph_min_chars: int = knob(
        80,
        "a prose paragraph of a layout table's cell: a <p> of at least this many characters",
        "newsclean.segment.html_layout",
    )

    own_min_words: int = knob(
        8,
        "a page block of at least this many words whose word pairs (two words in a row) are "
        "own_pair_share of its pairs in the candidate's text is the candidate's own paragraph with "
        'some inline chrome trimmed (a "Tweet" button inside it, a link trafilatura dropped): not '
        'outside text; shorter blocks must be a stretch of the candidate\'s text ("Home" is a word of '
        "many stories)",
        "newsclean.segment.html_outside",
    )

    own_pair_share: float = knob(
        0.9,
        "share of a long block's word pairs found in the candidate's text that makes it the "
        "candidate's own paragraph (see own_min_words)",
        "newsclean.segment.html_outside",
    )

    gap_min_words: int = knob(
        12,
        "a page block just before a candidate paragraph that ends with that paragraph's whole text (the "
        "candidate trimmed its first words) replaces it when both have at least this many words and it "
        "ends like a sentence",
        "newsclean.segment.html_gaps",
    )

    gap_max_cap_ratio: float = knob(
        0.5,
        "... and at most this share of its words starts with a capital (a line of capitalised "
        "words is a headline or a breadcrumb, not a paragraph; see gap_min_words)",
        "newsclean.segment.html_gaps",
    )

    max_depth: int = knob(
        2,
        "a story inside a JSON document that is itself a string of a script (Next.js streams its data so)"
        " is searched for again in the decoded string, this many levels deep",
        "newsclean.segment.html_payload",
    )

    repeat_min_chars: int = knob(
        80,
        'a repeated text shorter than this is more likely a widget label or an ad slot ("Advertisement", '
        '"Loading...") than a paragraph, and trafilatura keeps short duplicates anyway',
        "newsclean.segment.html_repeats",
    )

    html_split_paragraph_min_chars: int = knob(
        80,
        "a member's own prose: direct <p> children this long, at least this many, this much text",
        "newsclean.segment.html_split",
    )

    member_min_chars: int = knob(
        400,
        "characters of prose a member needs (with enough paragraphs) to count as a part of a split body",
        "newsclean.segment.html_split",
    )

    quoted_share: float = knob(
        0.5,
        "the result quotes a member when it holds at least this share of the member's paragraphs",
        "newsclean.segment.html_split",
    )

    left_out_share: float = knob(
        0.2,
        "the result leaves a member out when it holds at most this share of the member's paragraphs: "
        "that member's paragraphs are restored next to the quoted members'",
        "newsclean.segment.html_split",
    )

    max_continue_link_chars: int = knob(
        120,
        'a link longer than this is a teaser\'s headline or a paragraph, not a "continue reading" link',
        "newsclean.segment.syndication",
    )

    max_links: int = knob(
        3000,
        "at most this many links are looked at (a huge page of links costs no more than this)",
        "newsclean.segment.syndication",
    )

    logo_siblings: int = knob(
        2,
        "the siblings before the <h1> searched for the publisher's logo (the card sits right above it)",
        "newsclean.segment.syndication",
    )

    logo_max_words: int = knob(
        6,
        "a publisher's name is short",
        "newsclean.segment.syndication",
    )

    logo_max_images: int = knob(
        3,
        "in a sibling holding more pictures than this, they are a gallery or a rail",
        "newsclean.segment.syndication",
    )

    wrap_min_words: int = knob(
        6,
        "a hard-wrapped paragraph (plain-text mail, RFCs, <pre> blocks) runs on over several lines: a "
        "line this long that does not end a sentence, followed without a blank line by one that starts in"
        " lower case, continues the same sentence",
        "newsclean.segment.text",
    )

    gram_after_searches: int = knob(
        256,
        "speed only: after this many searches through the candidate's text, its substrings of "
        "gram_chars characters go in a set, and a block whose first or last gram_chars characters "
        "(spaces left out) are not among them is no stretch of the candidate without a search (a page "
        "of tens of thousands of comment lines made of the story's words); a page's few hundred blocks "
        "never build the set",
        "newsclean.segment.html_outside",
    )

    gram_chars: int = knob(
        8,
        "speed only: the length of the substrings of that set (any length gives the same answer)",
        "newsclean.segment.html_outside",
    )

    trafilatura_jsonld_max_chars: int = knob(
        200_000,
        "JSON-LD blocks longer than this (characters) are hidden from trafilatura's JSON-LD reader, "
        "whose search of a block it cannot parse is quadratic in the block's size; newsclean's own "
        "reader still reads them",
        "newsclean.segment.html",
    )

    retry_page_share: float = knob(
        0.5,
        "a fast extraction shorter than full_retry_chars that covers less than this share of the page's "
        "text is retried with trafilatura's comparison against readability (recall mode)",
        "newsclean.segment.html",
    )

    rescue_page_share: float = knob(
        0.05,
        "a result still that short covering less than this share of the page's text gets trafilatura's "
        "balanced mode, whose escalation adds a jusText candidate (a tenth of the retries)",
        "newsclean.segment.html",
    )

    payload_min_chars: int = knob(
        500,
        "script fallback: a script (and a string value in it) is searched only when it holds at least "
        "this many characters and a marker of paragraph markup",
        "newsclean.segment.html_payload, newsclean.segment.html_clean",
    )

    payload_min_paragraphs: int = knob(
        3,
        "script fallback: paragraphs a string value needs to be the story (a caption, a teaser or a "
        "share text is one short paragraph)",
        "newsclean.segment.html_payload",
    )

    payload_min_text: int = knob(
        400,
        "script fallback: characters of text the string value needs once its markup is stripped",
        "newsclean.segment.html_payload",
    )

    member_min_paragraphs: int = knob(
        2,
        "a body split into sibling containers: paragraphs of its own a classed container needs to be a member",
        "newsclean.segment.html_split",
    )
