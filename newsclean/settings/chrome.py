"""Settings of the chrome stages: boxes, rule patterns, source cards, features.

Each field is one threshold: its default, what it means, and the module that reads it."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.settings.knob import knob


@dataclass(frozen=True, kw_only=True)
class ChromeSettings:
    ad_box_max_words: int = knob(
        30,
        "ad copy is short; a longer line is story text",
        "newsclean.stages.boxes",
    )

    profile_box_max_lines: int = knob(
        4,
        'lines above a blog\'s profile link ("View my complete profile") read as its profile box: the '
        "blogger's name, place and self-description (text path)",
        "newsclean.stages.boxes",
    )

    ad_box_max_lines: int = knob(
        6,
        "lines under an ad label read as its box (text path: the box ends at a blank line)",
        "newsclean.stages.boxes",
    )

    poll_min_answers: int = knob(
        3,
        "short answer lines under a question that make it a reader poll (fewer: a question and its reply)",
        "newsclean.stages.boxes",
    )

    poll_max_answers: int = knob(
        6,
        "answer lines a reader poll offers at most; a longer run under a question is a list",
        "newsclean.stages.boxes",
    )

    poll_answer_max_words: int = knob(
        8,
        'a poll\'s answer is a short choice ("Yes, certainly.", "I am not sure."); a longer line is prose',
        "newsclean.stages.boxes",
    )

    poll_question_max_words: int = knob(
        25,
        "a poll's question is one sentence; a longer block ending with a question mark is prose",
        "newsclean.stages.boxes",
    )

    key_points_max_lines: int = knob(
        6,
        'lines under a "Key points" heading read as its box (the box ends at a blank line)',
        "newsclean.stages.boxes",
    )

    key_points_line_max_words: int = knob(
        60,
        "a key point is a sentence or two; a longer line is the story's text",
        "newsclean.stages.boxes",
    )

    consent_head_chars: int = knob(
        120,
        "the consent wording is at the start of its block",
        "newsclean.stages.boxes",
    )

    consent_max_lines: int = knob(
        4,
        "the box's buttons printed right under its text",
        "newsclean.stages.boxes",
    )

    consent_button_max_words: int = knob(
        8,
        'a consent box\'s button line ("Accept all", "Manage settings") is short and unpunctuated',
        "newsclean.stages.boxes",
    )

    player_min_controls: int = knob(
        3,
        "control lines that make a player box",
        "newsclean.stages.boxes",
    )

    player_line_max_words: int = knob(
        12,
        "the player's settings lines (colours, font sizes) are short",
        "newsclean.stages.boxes",
    )

    player_max_gap: int = knob(
        40,
        "short lines allowed between two control lines (menu items not counted)",
        "newsclean.stages.boxes",
    )

    player_menu_item_words: int = knob(
        3,
        'a settings menu\'s item: a colour, a size, a font ("White", "75%", "Text Edge Style", "Proportional Serif")',
        "newsclean.stages.boxes",
    )

    player_menu_min_items: int = knob(
        4,
        "menu items after the box's last control join it when there are at least this many (a story's "
        "subheading under the video is one line, a menu is a run)",
        "newsclean.stages.boxes",
    )

    gallery_min_slides: int = knob(
        3,
        'numbered slide captions in a row ("3/50 ...", "4/50 ...") that make a gallery',
        "newsclean.stages.boxes",
    )

    gallery_title_lines: int = knob(
        2,
        "the gallery's title above its slides (printed twice at times)",
        "newsclean.stages.boxes",
    )

    gallery_title_max_words: int = knob(
        8,
        "the gallery's title above its slides is a short heading",
        "newsclean.stages.boxes",
    )

    brand_heading_max_words: int = knob(
        4,
        "a teaser box's heading naming the portal in capitals has at most this many words (\"PLOVER "
        'MONEY", "VISTALINE FINANCE", "NEWSPRISM TOP STORIES")',
        "newsclean.stages.boxes",
    )

    brand_first_line_max_words: int = knob(
        12,
        "text path: the portal's name opens the page's first line (its logo, or the window title \"Plover "
        'Money - Markets, stocks ..."); a first line longer than this is no logo or title',
        "newsclean.stages.boxes",
    )

    card_run_min: int = knob(
        3,
        "teaser cards in a row, each closed by its own byline line",
        "newsclean.stages.boxes",
    )

    card_lines_max: int = knob(
        3,
        "a card's lines above its byline: headline, summary (and a kicker)",
        "newsclean.stages.boxes",
    )

    card_byline_max_words: int = knob(
        16,
        'a teaser card\'s closing byline line ("By Hal Brennan · 1 day ago"); a paragraph of twice '
        "this length between two such lines breaks the run of cards",
        "newsclean.stages.boxes",
    )

    chrome_prose_words: int = knob(
        8,
        "a block this long (words) is prose-sized: the pattern files are tried only near one, long "
        "runs of short lines far from prose (menus, footers of links) fall outside the article anyway",
        "newsclean.stages.chrome",
    )

    end_pattern_max_words: int = knob(
        8,
        "a teaser section's heading is short",
        "newsclean.stages.chrome",
    )

    long_caption_tail: int = knob(
        80,
        "characters at the end of a long block searched for a caption's credit",
        "newsclean.stages.chrome",
    )

    comment_heading_max_words: int = knob(
        30,
        '"10 thoughts on “<the headline>”" can be long',
        "newsclean.stages.chrome",
    )

    reach_min_blocks: int = knob(
        40,
        "smaller pages are cheap: every block gets the patterns",
        "newsclean.stages.chrome",
    )

    key_chars: int = knob(
        2,
        "a block's first (last) this many characters select the patterns worth trying on it",
        "newsclean.stages.chrome",
    )
    plan_cache_keys: int = knob(
        50_000,
        "the pattern plans kept per key before the cache starts over (bounds memory over a long batch of scripts)",
        "newsclean.stages.chrome",
    )

    tag_line_max_words: int = knob(
        8,
        "a wrapped tag list's next line: a few tags",
        "newsclean.stages.chrome",
    )

    tag_lines: int = knob(
        6,
        "... and at most this many lines of them",
        "newsclean.stages.chrome",
    )

    alternative_min_chars: int = knob(
        3,
        "a guard of alternatives shorter than this rejects too few blocks to pay for itself",
        "newsclean.stages.chrome_guards",
    )

    alternative_max_joined: int = knob(
        16,
        "a guard joining a group to the group after it spells out at most this many literals",
        "newsclean.stages.chrome_guards",
    )

    phrase_max_words: int = knob(
        12,
        "blocks longer than this are prose-sized: phrase lists never match them whole",
        "newsclean.stages.features, newsclean.stages.chrome",
    )

    html_pattern_words: int = knob(
        25,
        "HTML blocks are whole paragraphs: a chrome pattern (newsletter, credit, ...) judging a paragraph"
        " longer than this was wrong on the benchmark pages, and costs time",
        "newsclean.stages.chrome",
    )

    source_line_max_words: int = knob(
        5,
        "the publisher's name on a line of its own under the byline is this short",
        "newsclean.stages.sources",
    )

    role_line_max_words: int = knob(
        5,
        'a job title alone on a line under the byline ("Staff Writer", "Sentinel Staff Writer") is this short',
        "newsclean.stages.sources",
    )

    source_card_above: int = knob(
        4,
        "a portal prints the original publisher's card (its name with a date or an age: \"The Bugle · 3 "
        'hours ago", or the two on lines of their own) this many blocks above the headline at most',
        "newsclean.stages.sources",
    )

    source_card_max_words: int = knob(
        6,
        "a publisher's name is short",
        "newsclean.stages.sources",
    )

    card_when_max_words: int = knob(
        8,
        'a card\'s date or age line has at most this many words ("Sat, Mar 3, 2012 4:15 PM EST")',
        "newsclean.stages.sources",
    )

    source_card_outside_lines: int = knob(
        8,
        "HTML: the lines left outside the main content just before the headline searched for the card "
        "(the portal's menu and breadcrumb come before it, the headline's tools after it)",
        "newsclean.stages.sources",
    )

    source_card_below: int = knob(
        2,
        "the card printed right under the headline, before the story",
        "newsclean.stages.sources",
    )

    outside_byline_lines: int = knob(
        4,
        "HTML: the lines left outside the main content after the headline searched for its byline",
        "newsclean.stages.sources",
    )

    brand_label_min_chars: int = knob(
        4,
        'a shorter host label ("www", "m") names no brand',
        "newsclean.stages.sources",
    )

    max_candidates: int = knob(
        8,
        "per field: a page of teasers has dozens of byline and date lines",
        "newsclean.stages.choice_notes",
    )

    comment_counter_max_words: int = knob(
        4,
        'words of a comment counter printed as a heading with its colon ("13 comments:", "No hay comentarios:")',
        "newsclean.stages.chrome",
    )

    pattern_max_words: int = knob(
        60,
        "text path: a line longer than this is never judged chrome by a pattern alone (text that long is "
        "almost always prose, and the bound keeps the patterns' cost bounded too)",
        "newsclean.stages.chrome",
    )

    pattern_reach: int = knob(
        3,
        "patterns run on blocks within this many blocks of a prose-sized one (chrome_prose_words or "
        "more), on pages of reach_min_blocks blocks or more",
        "newsclean.stages.chrome",
    )

    share_bar_item_max_words: int = knob(
        2,
        'a share bar\'s buttons are one or two words each ("twitter-x", "mail", "copy link")',
        "newsclean.stages.structure",
    )

    share_bar_min_known: int = knob(
        2,
        "a run of button-sized lines is a share bar when at least this many of them are known share "
        "widgets (and they are half of the run or more): its other buttons go with them",
        "newsclean.stages.structure",
    )

    repeated_label_min_lines: int = knob(
        3,
        'a label set before a link with a bar ("READ ALSO | <headline>") that opens this many lines of '
        "the page or more is a widget's label: its lines leave the body",
        "newsclean.stages.structure",
    )

    repeated_label_max_words: int = knob(
        6,
        "such a label is a few words long",
        "newsclean.stages.structure",
    )
