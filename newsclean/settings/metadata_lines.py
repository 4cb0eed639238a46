"""Settings of the metadata stages: headline, byline and date lines.

Each field is one threshold: its default, what it means, and the module that reads it."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.settings.knob import knob


@dataclass(frozen=True, kw_only=True)
class MetadataLineSettings:
    name_typo_min_chars: int = knob(
        5,
        "a surname this long may differ by one letter and name the same person",
        "newsclean.stages.choices",
    )

    teaser_list_bylines: int = knob(
        3,
        "this many byline lines naming different people: a list of teasers",
        "newsclean.stages.metadata",
    )

    byline_under_title: int = knob(
        3,
        "blocks under the headline where its byline sits",
        "newsclean.stages.metadata",
    )

    short_title_min_score: float = knob(
        0.4,
        'headline score a short title (two words: "Hermitian matrix") right above the story needs',
        "newsclean.stages.metadata_headline",
    )

    short_title_above: int = knob(
        3,
        "blocks just above the story (or at the top of the page) searched for a short title (two "
        "words) when no other line reads as the headline",
        "newsclean.stages.metadata_headline",
    )

    card_name_max_words: int = knob(
        6,
        "a publisher's or person's name before a card's date",
        "newsclean.stages.metadata_headline",
    )

    short_label_max_words: int = knob(
        4,
        "a label over a date stamp, not a headline",
        "newsclean.stages.metadata_headline",
    )

    date_over_headline_min_words: int = knob(
        8,
        "a headline under its date stamp is a full line",
        "newsclean.stages.metadata_headline",
    )

    far_headline_shared_min: int = knob(
        3,
        "content words a headline further up than the anchor's window shares with the story",
        "newsclean.stages.metadata_headline",
    )

    lede_blocks: int = knob(
        3,
        "the story's first paragraphs a headline shares words with",
        "newsclean.stages.metadata_headline",
    )

    lede_shared_min: int = knob(
        2,
        "content words a headline shares with them (an ad or a menu line shares none)",
        "newsclean.stages.metadata_headline",
    )

    unanchored_sharing_look: int = knob(
        3,
        "without a byline or date: the nearest headline-shaped lines weighed by the lede",
        "newsclean.stages.metadata_headline",
    )

    word_stem: int = knob(
        5,
        'words compared by their first letters ("Razzia"/"Razzien", "Gaza\'s"/"Gaza")',
        "newsclean.stages.metadata_headline",
    )

    breadcrumb_max_words: int = knob(
        2,
        '"Home" / "Economy": a breadcrumb\'s entries between two headline-shaped lines',
        "newsclean.stages.metadata_headline",
    )

    run_in_label_max_words: int = knob(
        6,
        "a section label or breadcrumb run into the first paragraph ahead of its dateline has at most "
        'this many words ("Home / News / Local", "Education |", "SPORTS:")',
        "newsclean.stages.metadata_headline",
    )

    section_label_max_words: int = knob(
        3,
        'a section label in capitals has at most this many words ("LOCAL NEWS", "BUSINESS", "ARTS & CULTURE")',
        "newsclean.stages.metadata_headline",
    )

    story_date_max_lines: int = knob(
        3,
        "more date lines than this in a story: a live blog's or a list's stamps",
        "newsclean.stages.metadata_lines",
    )

    foot_blocks: int = knob(
        6,
        "blocks after the story where its date stamp may be printed",
        "newsclean.stages.metadata_lines",
    )

    stacked_date_parts: int = knob(
        3,
        "a date badge over the story prints its day, month and year on this many lines of one word "
        '("24" / "Jul" / "2012")',
        "newsclean.stages.metadata_story_dates",
    )

    glued_date_max_words: int = knob(
        8,
        'a date glued to the end of a headline line has at most this many words ("Mon, Mar 5, 2012 6:48 PM CST")',
        "newsclean.stages.metadata_lines",
    )

    glued_headline_min_words: int = knob(
        3,
        'a headline line with a date or an age glued to its end ("... schoolhouse open Fri, Nov 9, '
        '2012") keeps at least this many words of headline',
        "newsclean.stages.metadata_lines",
    )

    glued_stamp_reach: int = knob(
        3,
        "blocks over the story's first block searched for a headline line with the story's date glued "
        "to its end, when nothing else dates the story (further up, such lines are a teaser list's rows)",
        "newsclean.stages.metadata_glued_stamp",
    )

    agency_line_max_words: int = knob(
        3,
        '"AFP", "dpa/AFP", "Reuters / AP": agencies credited on a line of their own',
        "newsclean.stages.metadata_lines",
    )

    name_by_date_place_words: int = knob(
        2,
        'a place between a bare name and its date stamp ("Ann Lee" / "Leeds" / date)',
        "newsclean.stages.metadata_lines",
    )

    name_below: int = knob(
        3,
        "blocks under the headline searched for a bare name",
        "newsclean.stages.metadata_lines",
    )

    name_past_standfirst: int = knob(
        8,
        "blocks under the headline searched for a bare name past the date stamp and a standfirst, "
        "taken only when it reads as a credit (a date, a widget or the headline again under it)",
        "newsclean.stages.metadata_past_standfirst",
    )

    standfirst_sentence_min_words: int = knob(
        4,
        "a sentence of a standfirst between the headline and such a name has at least this many words",
        "newsclean.stages.metadata_past_standfirst",
    )

    credit_widget_reach: int = knob(
        3,
        "lines under such a name where the date line, the widget or the repeated headline sits",
        "newsclean.stages.metadata_past_standfirst",
    )

    between_head_min_words: int = knob(
        8,
        "a standfirst between a headline and its byline; shorter lines are labels",
        "newsclean.stages.metadata_lines",
    )

    peer_label_max_words: int = knob(
        5,
        "a bare name followed by a short capitalised line of at most this many words is an entry of a "
        'menu or a results table ("Fast Boats", "Ida Brenner Seabirds"), not a byline',
        "newsclean.stages.metadata_lines",
    )

    kicker_headline_min_words: int = knob(
        6,
        "a headline under a label in capitals has at least this many words: the label over it "
        '("HARBOUR SAILING" / "Crews ...") is its kicker, not a bare name',
        "newsclean.stages.metadata_lines",
    )

    footer_date_max_words: int = knob(
        40,
        "words in a post's footer line read for the post's date (a longer line is prose)",
        "newsclean.stages.metadata_footer_date",
    )
    signature_after: int = knob(
        3,
        "blocks after the story where a post's signature line sits",
        "newsclean.stages.metadata_lines",
    )

    story_opener_words: int = knob(
        5,
        "the prose line under a bare name that opens the story",
        "newsclean.stages.metadata_lines",
    )

    name_opens_within: int = knob(
        6,
        "the region's first blocks where such a name sits",
        "newsclean.stages.metadata_lines",
    )

    name_opens_widget_lines: int = knob(
        2,
        "short widget lines (a share bar, an audio player, a reading time) that may sit between "
        "such a name and the story's first sentence",
        "newsclean.stages.metadata_lines",
    )

    editor_initials_max: int = knob(
        4,
        'letters of a desk editor\'s initials in lower case closing an agency credit ("dpa/jbe")',
        "newsclean.stages.metadata_lines",
    )

    head_zone: int = knob(
        60,
        "blocks above the region that may hold title/byline/date",
        "newsclean.stages.metadata_zone, newsclean.stages.metadata_headline",
    )

    stamp_label_max_words: int = knob(
        4,
        "a label printed beside a date stamp and set off from it by a bar, a dot or a dash (a place, "
        'an agency, a site\'s name, "Permalink", "Comments (3)") has at most this many words',
        "newsclean.stages.metadata_zone",
    )

    stamp_labels_max: int = knob(
        3,
        "at most this many such labels beside one date stamp (more: a row of a list or a teaser card)",
        "newsclean.stages.metadata_zone",
    )

    date_row_period: int = knob(
        4,
        "bare date stamps at most this many lines apart, at equal steps, are rows of a list of "
        "teasers (a headline and its date, again and again), not the story's stamp",
        "newsclean.stages.metadata_zone",
    )

    date_row_min: int = knob(
        3,
        "this many bare date stamps at equal steps make a list of teasers' dates",
        "newsclean.stages.metadata_zone",
    )

    stamp_row_reach: int = knob(
        2,
        "another labelled date stamp within this many lines makes one a row of a list (issues or "
        "teasers with their dates), not the story's stamp",
        "newsclean.stages.metadata_zone",
    )

    meta_line_reach: int = knob(
        6,
        "blocks under the headline searched for its meta line's date when nothing else dates the story",
        "newsclean.stages.metadata_lines",
    )

    meta_line_above: int = knob(
        2,
        "blocks over the headline searched for its meta line's date after those under it (a kicker "
        'line with the date: "Harbour · Stenford · March 9, 2024 · 4 min read")',
        "newsclean.stages.metadata_lines",
    )

    meta_stamp_tail_words: int = knob(
        3,
        'a meta line led by its date has at most this many words after the date and time ("Follow @annlee")',
        "newsclean.stages.metadata_zone",
    )

    meta_line_max_words: int = knob(
        16,
        'a meta line under the headline ("Filed as News on March 9, 2024 11:25 am") has at most this many words',
        "newsclean.stages.metadata_lines",
    )

    caption_date_min_words: int = knob(
        5,
        "a line whose only date closes it in parentheses after at least this many words is a "
        'caption ("Soldiers lay a wreath at the memorial in Kundus (Kundus, 6.12.2010)"), not the '
        "story's meta line",
        "newsclean.stages.metadata_story_dates",
    )

    page_stamp_max_words: int = knob(
        6,
        'a short line holding a full date among other words is a page or crawl stamp ("date '
        '2022-01-07 ContributorsPublishersAdvertisers"): weaker evidence than a date line',
        "newsclean.stages.metadata",
    )

    title_above_byline: int = knob(
        6,
        "blocks above the byline searched for the headline first",
        "newsclean.stages.metadata_headline",
    )

    standfirst_min_words: int = knob(
        12,
        "a standfirst under the headline has at least this many words (a shorter line is a label or "
        "the next teaser's headline)",
        "newsclean.stages.metadata_headline",
    )

    standfirst_longer_by: int = knob(
        2,
        "a standfirst is clearly longer than its headline (not the next teaser)",
        "newsclean.stages.metadata_headline",
    )

    byline_max_words: int = knob(
        25,
        "a date or byline line in the story's head has at most this many words (a line opening with "
        '"By" may be longer)',
        "newsclean.stages.metadata_zone, newsclean.stages.metadata, newsclean.stages.metadata_lines",
    )

    soft_near_region: int = knob(
        15,
        "blocks above the story within which such a line is trusted",
        "newsclean.stages.metadata, newsclean.stages.metadata_headline, newsclean.stages.metadata_lines",
    )

    byline_bio_max_words: int = knob(
        45,
        '"By Ann Lee, a deputy editor who covers ..." (the parser keeps the name)',
        "newsclean.stages.metadata_zone",
    )

    split_name_max_words: int = knob(
        8,
        'the line under a lone marker ("By" / "Ann Lee"), each co-author\'s line after it, and a '
        "byline's continued line are this short",
        "newsclean.stages.metadata_zone, newsclean.stages.metadata_lines, newsclean.stages.region_shapes",
    )

    stacked_names_max: int = knob(
        4,
        "co-authors printed one per line under the headline or over the date stamp",
        "newsclean.stages.metadata_lines, newsclean.stages.metadata_zone",
    )

    split_marker_more_names: int = knob(
        5,
        "co-authors listed one per line under a lone marker",
        "newsclean.stages.metadata_zone",
    )

    list_row_peers: int = knob(
        2,
        "a numbered line with this many like it around is a row of a list",
        "newsclean.stages.metadata_zone",
    )

    region_head_blocks: int = knob(
        13,
        "the region's first blocks searched for a byline or date line",
        "newsclean.stages.metadata_zone",
    )

    metadata_zone_story_paragraph_words: int = knob(
        40,
        "two such paragraphs in a row: the story has begun",
        "newsclean.stages.metadata_zone, newsclean.stages.metadata_lines, newsclean.stages.metadata_glued_stamp",
    )

    lede_min_words: int = knob(
        8,
        "a paragraph, not a label or caption credit",
        "newsclean.stages.metadata_headline, newsclean.stages.metadata_lines, newsclean.stages.metadata_zone",
    )

    menu_label_max_words: int = knob(
        5,
        "a menu's entry: a short capitalised label",
        "newsclean.stages.metadata_zone",
    )

    story_begun_paragraphs: int = knob(
        3,
        "prose paragraphs of the story above a line: the story has begun",
        "newsclean.stages.metadata_zone",
    )

    title_min_score: float = knob(
        0.5,
        "a line's headline shape score (0..1, titles.looks_like_headline: word count, no full stop, a "
        "capital first, one sentence, not a label, byline or date) from which it may be the headline",
        "newsclean.stages.metadata_headline, newsclean.stages.metadata_lines",
    )
