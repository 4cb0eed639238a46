"""Settings of the metadata readers: bylines, dates, titles, tags, HTML metadata.

Each field is one threshold: its default, what it means, and the module that reads it."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.settings.knob import knob


@dataclass(frozen=True, kw_only=True)
class ReaderSettings:
    max_screen_name_words: int = knob(
        4,
        'a declared author written as an account ("Name (username)"): the display name has at most this many words',
        "newsclean.metadata.bylines.credits",
    )

    placeholder_max_words: int = knob(
        2,
        "a credit of at most this many placeholder words after the line's last role marker "
        '("by Admin", "by Guest") names no one',
        "newsclean.metadata.bylines.detection",
    )

    marker_line_max_words: int = knob(
        8,
        "a byline opening with its marker is short",
        "newsclean.metadata.bylines.detection",
    )

    doubled_min_words: int = knob(
        2,
        "a doubled name of one word (\"Yang Yang\") is a person's; of two or more, a brand's",
        "newsclean.metadata.bylines.grammar",
    )

    reporter_place_max_words: int = knob(
        3,
        'words of a place before the name ("순천, 광양")',
        "newsclean.metadata.bylines.reporter",
    )

    reporter_line_max_chars: int = knob(
        120,
        'a CJK reporter credit line ("부산=홍길동·김영희 기자 hong@example.com") is only the credit: at most '
        "this many characters",
        "newsclean.metadata.bylines.reporter",
    )

    title_after_name_max_words: int = knob(
        4,
        '"Deputy Content Hub Director": a longer run after a name is no job title',
        "newsclean.metadata.bylines.names",
    )

    employer_after_title_max_words: int = knob(
        4,
        '"Ann Lee Education reporter BBC News": the most words of the outlet printed after a job title '
        "written with a lower-case title word, no separator between them",
        "newsclean.metadata.bylines.names",
    )

    glued_label_min_head_chars: int = knob(
        5,
        '"Ann HendricksOpinion": a capital inside a byline part\'s last word after at least this many '
        'letters glues a label to the name ("McDonald", "LaMotte", "FitzGerald" stay whole)',
        "newsclean.metadata.bylines.text",
    )

    outlet_byline_max_words: int = knob(
        4,
        '"BBC News", "Reuters Staff": a byline element this short without a marker may credit an outlet alone',
        "newsclean.metadata.html_byline",
    )

    role_compound_min_chars: int = knob(
        4,
        '"Juli", "Newsdesk", "Gastautor": a month name or a newsroom word this long, alone or after'
        " a word one letter shorter, makes one word no name",
        "newsclean.metadata.bylines.names",
    )

    title_label_max_words: int = knob(
        3,
        '"Senior Political Reporter Ann Lee": the most words of a job title printed as a label before a name',
        "newsclean.metadata.bylines.names",
    )

    desk_after_title_max_words: int = knob(
        2,
        '"Redakteurin Politik", "Reporter Foreign Desk": the desk after a title',
        "newsclean.metadata.bylines.names",
    )

    vocabulary_max_byline_chars: int = knob(
        400,
        "parse_byline reads at most this much; a byline is short",
        "newsclean.metadata.bylines.credits, newsclean.metadata.bylines.text",
    )

    max_line_chars: int = knob(
        250,
        "looks_like_byline: longer lines are prose, not bylines",
        "newsclean.metadata.bylines.detection",
    )

    max_line_words: int = knob(
        30,
        "looks_like_byline: a line of more words than this is prose, not a byline",
        "newsclean.metadata.bylines.detection",
    )

    max_name_tokens: int = knob(
        6,
        "a person's name has at most this many words",
        "newsclean.metadata.bylines.names",
    )

    stopword_name_max_tokens: int = knob(
        3,
        "a marked name part of at most this many words keeps a function word that is also a name at "
        'its edge ("By An Nguyen"); longer parts are phrases',
        "newsclean.metadata.bylines.grammar",
    )

    max_name_chars: int = knob(
        60,
        "a person's name has at most this many characters",
        "newsclean.metadata.bylines.names",
    )

    max_unmarked_org_words: int = knob(
        10,
        "a line without a role marker, a date or a known agency, whose only sign of a byline is an "
        'outlet-shaped part ("Ann Lee and Bo Chen, Lakeside Herald"), is short',
        "newsclean.metadata.bylines.detection",
    )

    max_bare_name_words: int = knob(
        4,
        'a bare name line ("Hazel Sheffield") names people of at most this many words besides particles '
        "and initials: a longer run of capitalised words is a heading in title case",
        "newsclean.metadata.bylines.detection",
    )

    account_min_segments: int = knob(
        3,
        "a blog's meta line split into at least this many segments (\"October 12, 2018 / 0 Comments / "
        'in Travel / by siteadmin") credits the account that posted after its "by"',
        "newsclean.metadata.bylines.grammar",
    )

    max_stamp_chars: int = knob(
        140,
        "longer lines are not date stamps",
        "newsclean.metadata.dates.stamps",
    )

    max_dateline_scan: int = knob(
        200,
        "a dateline sits in the first characters of a paragraph",
        "newsclean.metadata.dates.datelines",
    )

    numeric_date_clock_reach: int = knob(
        16,
        'characters after a numeric date its own time starts within ("12/03/2024 a las 14:05"): '
        "a 24-hour time there reads the date day first",
        "newsclean.metadata.dates.values",
    )

    max_jsonld_chars: int = knob(
        1_000_000,
        "a live blog's JSON-LD holds every post (840 kB seen); inline scripts over 1 MB are emptied "
        "before parsing anyway (see newsclean.segment.html)",
        "newsclean.metadata.html_jsonld",
    )

    title_kicker_max_words: int = knob(
        6,
        'a label glued before a headline ("Party congress on migration: Mayor calls for ...") that a '
        "declared title of the page leaves out has at most this many words: a kicker, not the headline's",
        "newsclean.metadata.html_titles",
    )

    max_h1: int = knob(
        5,
        "<h1> headings read from a page as headline candidates",
        "newsclean.metadata.html",
    )

    max_meta_tags: int = knob(
        1000,
        "real pages have a few dozen",
        "newsclean.metadata.html",
    )

    desk_name_max_words: int = knob(
        3,
        'a desk credited as the author ("Web Desk", "Redaktion Digital", "Tim Redaksi") has at most this '
        "many words, its desk word first or last: a longer name holding the word is an organisation's",
        "newsclean.metadata.bylines.names",
    )

    max_author_tags: int = knob(
        20,
        "a page with more author tags than this is not listing its article's authors",
        "newsclean.metadata.html, newsclean.metadata.html_byline",
    )

    max_byline_elements: int = knob(
        400,
        "elements with a byline-ish attribute looked at",
        "newsclean.metadata.html_byline",
    )

    html_max_byline_chars: int = knob(
        160,
        "an element with a byline-ish attribute whose text is longer than this (characters) is a box "
        "of more than a byline",
        "newsclean.metadata.html_byline",
    )

    tags_tag_max_words: int = knob(
        8,
        "a tag is a topic or a name: longer than this it is a headline or a sentence",
        "newsclean.metadata.tags",
    )

    share_networks_min: int = knob(
        3,
        "this many network names among the tags are a share bar, not topics",
        "newsclean.metadata.tags",
    )

    title_crumb_max_words: int = knob(
        3,
        'each part of a backward trail after a title ("Headline < Society < Article") has at most this '
        "many words: longer parts are the headline's own words",
        "newsclean.metadata.titles",
    )

    max_title_chars: int = knob(
        600,
        "characters of a title read; a longer line is no headline",
        "newsclean.metadata.titles",
    )

    agency_max_words: int = knob(
        6,
        'a line naming an agency in at most this many words ("The Associated Press") is the agency\'s '
        "credit line, not a headline",
        "newsclean.metadata.titles",
    )

    share_bar_max_words: int = knob(
        20,
        "a share bar's line: network names and a few verbs",
        "newsclean.metadata.titles",
    )

    share_bar_networks: int = knob(
        3,
        'this many network names in one line ("Facebook X LinkedIn ... Print")',
        "newsclean.metadata.titles",
    )

    title_place_max_words: int = knob(
        3,
        '"Correspondent in New York City": the place after a job title',
        "newsclean.metadata.bylines.names",
    )

    max_text_depth: int = knob(
        50,
        "a byline box is a few levels deep; deeper markup is read without spaces",
        "newsclean.metadata.html_byline",
    )

    max_name_elements: int = knob(
        20,
        "elements holding a declared name looked at for its role",
        "newsclean.metadata.html_byline",
    )

    role_context_levels: int = knob(
        3,
        "the name's element and this many ancestors read for a role label",
        "newsclean.metadata.html_byline, newsclean.metadata.html_shown_date",
    )

    max_date_elements: int = knob(
        200,
        "date-ish elements looked at",
        "newsclean.metadata.html_shown_date",
    )

    max_shown_date_chars: int = knob(
        160,
        "a date line or a byline with its date, not a paragraph",
        "newsclean.metadata.html_shown_date",
    )

    section_max_words: int = knob(
        4,
        'a section name ("Politik", "UK News", "Aerospace & Defense"); longer is a headline',
        "newsclean.metadata.titles",
    )

    section_max_chars: int = knob(
        40,
        "characters of a declared section name stripped from the end of a title; longer is a headline",
        "newsclean.metadata.titles",
    )
