"""Settings of where the story ends, its structure, completeness and the article gate.

Each field is one threshold: its default, what it means, and the module that reads it."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.settings.knob import knob


@dataclass(frozen=True, kw_only=True)
class StorySettings:
    excerpt_tail_lines: int = knob(
        3,
        "lines after the body's last block read for an excerpt link: the link follows the excerpt "
        'directly (a "Follow" button or a share row may sit between)',
        "newsclean.stages.completeness",
    )

    paywall_tail_lines: int = knob(
        6,
        "lines after the body read for a paywall notice: the notice box has a heading, a pitch and "
        "buttons, and the notice proper may be its third or fourth line",
        "newsclean.stages.completeness",
    )

    paywall_max_words: int = knob(
        30,
        "a paywall notice is a short line; a longer one is a paragraph about paywalls",
        "newsclean.stages.completeness",
    )

    cut_min_words: int = knob(
        12,
        "a last paragraph at least this long with no closing punctuation stops mid-sentence; a shorter "
        "one is a label, a sign-off or a heading-like line",
        "newsclean.stages.completeness",
    )

    goes_on_sentence_words: int = knob(
        12,
        "a body paragraph under an excerpt link that reads as story prose (a sentence of at least "
        "this many words, or any run of goes_on_words words, as a paragraph that leads into "
        'a quotation "As the saying goes:"; not mostly link text) shows the story goes on: the line was a'
        ' link to more on a topic ("Read more on the ruling here."), not to the rest',
        "newsclean.stages.completeness",
    )

    goes_on_words: int = knob(
        20,
        "... or any run of this many words, with or without a sentence's end",
        "newsclean.stages.completeness",
    )

    goes_on_max_link_share: float = knob(
        0.5,
        "share of such a paragraph's text inside links above which it is a teaser's summary under its "
        "linked headline, not the story going on",
        "newsclean.stages.completeness",
    )

    min_article_words: int = knob(
        20,
        "words of body text a page needs to hold an article (fewer: gate.too_little_text)",
        "newsclean.stages.gate, newsclean.stages.html_region, newsclean.stages.region",
    )

    linked_line_share: float = knob(
        0.6,
        "share of a line's text inside links from which it is a line of link text (a menu entry, a teaser "
        "link), for the link-list check of the article gate",
        "newsclean.stages.gate",
    )

    post_above_comment_lines: int = knob(
        2,
        "a region under the first comment-section opener lies in the comment section (a blog's form, a thread, "
        "its sidebar under them) when at least this many lines of the section stand above it; the short post "
        "under its date or byline line right above the opener is the story then (one opener alone may be a "
        "comment link or counter over the story)",
        "newsclean.stages.region",
    )

    tag_line_story_words: float = knob(
        60.0,
        'a tag line ("Tags: ferries, harbour") inside the region under at least this many words of story '
        "closes the story: the body under it is the page's other boxes (a pager, teasers, promotions)",
        "newsclean.stages.story_end",
    )

    short_post_min_words: int = knob(
        4,
        "a body shorter than min_article_words is still a short post (a photo post's line, a link post) when "
        "it follows the page's own headline in the main content (text path: its head line, with the comment "
        "section under it) and one of its lines ends "
        "like a sentence or has at least this many words; a headline printed with its date on one line is "
        "found by a part of the page's <title> this long at the line's end",
        "newsclean.stages.html_region, newsclean.stages.gate, newsclean.stages.region",
    )

    card_summary_max_words: int = knob(
        45,
        "a teaser card's summary under its headline has at most this many words",
        "newsclean.stages.gate",
    )

    min_cards: int = knob(
        3,
        "headline+summary cards that make a page a list of teasers; a link list has at least this many body lines too",
        "newsclean.stages.gate",
    )

    card_share: float = knob(
        0.7,
        "share of the body's prose words inside teaser cards above which a page without a byline is a list of teasers",
        "newsclean.stages.gate",
    )

    list_line_max_words: int = knob(
        12,
        "... or when every line of such a body is this short",
        "newsclean.stages.gate",
    )

    link_list_share: float = knob(
        0.8,
        "share of list items/headings in a body without prose that makes it a link list",
        "newsclean.stages.gate",
    )

    sentence_line_share: float = knob(
        0.5,
        'a body of short lines that end like clauses of a sentence ("And sin afflicts me every day:", '
        '"Oh, when shall I be pure?") is verse, lyrics or a post written one line at a time, not a '
        "menu or a list of headlines: link texts, section names and headlines do not end in a comma "
        "or a full stop; when at least this share of the body's lines are such lines (and not list "
        "items, headings or link text), the body is not a link list",
        "newsclean.stages.gate",
    )

    continued_line_share: float = knob(
        0.2,
        "... and at least this share of them end mid-sentence (a comma or a semicolon: the sentence goes "
        "on in the next line), which a list of one-sentence teasers never does",
        "newsclean.stages.gate",
    )

    post_head_min_words: int = knob(
        4,
        "HTML path: a post whose every candidate gave no body gets its headline and date lines as its body "
        "when they hold at least this many words together (fewer: a lone label, the body stays empty)",
        "newsclean.stages.html_region",
    )

    gate_prose_words: int = knob(
        8,
        "a sentence this long is prose, not a headline or a menu entry",
        "newsclean.stages.gate",
    )

    bio_window: int = knob(
        6,
        "a bio is among the last body blocks",
        "newsclean.stages.structure",
    )

    bio_heading_words: int = knob(
        8,
        '"About Ann Lee": a heading whose next block is the bio',
        "newsclean.stages.structure, newsclean.stages.above_headline",
    )

    bio_lead_in_words: int = knob(
        6,
        "the name line and social links just above a bio",
        "newsclean.stages.structure, newsclean.stages.above_headline",
    )

    bio_max_prose_after: int = knob(
        60,
        "sentence words allowed after a bio (and its heading's paragraph)",
        "newsclean.stages.structure",
    )

    stamp_list_min_items: int = knob(
        3,
        "a post's stamp may run on into the list of sections or labels the post is filed under (\"Posted "
        'by Ann Lee at 12:05 PM in Harbours, Ferries, Local News", "Posted by Jo at 17:35 Labels: '
        'harbours, ferries, weekend"): past its time, a line of at least this many short items '
        "parted by commas, bars or semicolons is such a list, and the stamp's length is counted up to its time",
        "newsclean.stages.region_footer",
    )

    stamp_list_item_words: int = knob(
        5,
        'words an item of such a list holds at most (the first keeps the cue: "PM in Harbours", '
        '"Labels: harbour walks")',
        "newsclean.stages.region_footer",
    )

    stamp_list_mean_words: float = knob(
        3.0,
        "... and its items hold at most this many words on average (clauses parted by commas run longer)",
        "newsclean.stages.region_footer",
    )

    above_headline_max_blocks: int = knob(
        6,
        "text path: the body blocks the region holds above the page's headline are the box printed over "
        "the post (the blog's tagline, the author's profile, a contact notice), when there are at most "
        "this many",
        "newsclean.stages.above_headline",
    )

    above_headline_story_words: float = knob(
        60.0,
        "... and the story under the headline holds at least this many words",
        "newsclean.stages.above_headline",
    )

    above_headline_story_ratio: float = knob(
        1.5,
        "... and at least this many times the words above it (a story printed above a line taken for "
        "its headline stays)",
        "newsclean.stages.above_headline",
    )

    credit_line_max_words: int = knob(
        10,
        "a credit line on its own: the agency or photographer's name",
        "newsclean.stages.structure",
    )

    caption_max_words: int = knob(
        60,
        "a caption is a sentence or two",
        "newsclean.stages.structure",
    )

    split_credit_label_words: int = knob(
        2,
        'a label between a caption and its credit ("Image:")',
        "newsclean.stages.structure",
    )

    viewer_credit_max_words: int = knob(
        3,
        "the credit under a viewer's caption: an agency or a photographer",
        "newsclean.stages.structure",
    )

    residue_tail_chars: int = knob(
        120,
        "the tail of a paragraph searched for residue: a bracketed related-story link holds a headline of"
        ' up to 100 characters after its label ("[Related: ...]", "(Watch: ...)")',
        "newsclean.stages.structure",
    )

    wall_box_max_lines: int = knob(
        8,
        "a subscription offer's benefit lines stand between two of its wall lines (sign-in, newsletter "
        "or subscription appeal) at most this many lines apart",
        "newsclean.stages.structure",
    )

    wall_box_line_max_words: float = knob(
        25.0,
        "a benefit line of a subscription offer is at most this long: a longer line between two wall "
        "lines is story prose and keeps the lines around it",
        "newsclean.stages.structure",
    )

    shop_box_line_max_words: float = knob(
        12.0,
        "a line of a product or tariff box (a pro, a con, a term, the price, the shop's button) is at "
        "most this long: a longer line above the shop's button is story prose, where the box begins",
        "newsclean.stages.structure",
    )

    fact_box_max_lines: int = knob(
        20,
        "a fact box set into the story (a label such as 'Facts about ...' over it) is closed by its "
        "source line ('Source: ...') within this many lines, or it is not read as one",
        "newsclean.stages.structure",
    )

    heading_max_words: int = knob(
        14,
        'a headline-shaped line, a subheading or a numbered point of the story ("5. Beware the '
        'hairdryer") has at most this many words',
        "newsclean.stages.story_end, newsclean.stages.structure",
    )

    before_comments_lines: int = knob(
        4,
        "short lines between the story's last paragraph and its comments",
        "newsclean.stages.story_end",
    )

    before_comments_max_words: int = knob(
        8,
        "a line of the comment widget above its heading (a comment counter, a follow button) is short and unpunctuated",
        "newsclean.stages.story_end",
    )

    headline_box_min_lines: int = knob(
        3,
        "headlines in a row that make a box of links set into the story",
        "newsclean.stages.story_end",
    )

    headline_box_max_lines: int = knob(
        6,
        "... and at most this many",
        "newsclean.stages.story_end",
    )

    headline_min_words: int = knob(
        4,
        "a headline, not a name or a label",
        "newsclean.stages.story_end",
    )

    headline_capitalised: float = knob(
        0.6,
        "share of its words written with a capital (Title Case)",
        "newsclean.stages.story_end",
    )

    list_section_items: int = knob(
        3,
        "a story that is a list (a roundup of links, a week's headlines: list items and no paragraph of "
        'prose) goes on under a section heading of its own ("More:") when the body above the heading '
        "and the lines under it each hold at least this many list items",
        "newsclean.stages.story_end",
    )

    list_section_item_share: float = knob(
        0.8,
        "... and at least this share of the lines under the heading are list items",
        "newsclean.stages.story_end",
    )

    story_end_story_paragraph_words: int = knob(
        12,
        "a story paragraph on each side of a box of headlines set into the story ends like a sentence "
        "and has this many words",
        "newsclean.stages.story_end",
    )

    boilerplate_window: int = knob(
        4,
        "the company description is among the last body paragraphs",
        "newsclean.stages.story_end",
    )

    boilerplate_min_story_words: int = knob(
        80,
        "... of a page with a story above it",
        "newsclean.stages.story_end",
    )

    inline_box_max_blocks: int = knob(
        14,
        "an inline teaser box holds a few short headline lines; after it the story resumes with a run of "
        "real paragraphs inside the region",
        "newsclean.stages.story_end",
    )

    resume_paragraph_words: int = knob(
        12,
        "a paragraph that shows the story resumes under an inline box (or that a teaser heading's "
        "summaries are measured with) ends like a sentence and has this many words",
        "newsclean.stages.story_end",
    )

    resume_paragraphs: int = knob(
        2,
        "such paragraphs in a row under an inline box that show the story resumes (and the fewest "
        "under and above a teaser heading to compare their lengths)",
        "newsclean.stages.story_end",
    )

    resume_words: int = knob(
        45,
        "... holding this many words together",
        "newsclean.stages.story_end",
    )

    resume_subheading_words: int = knob(
        8,
        'a subheading between the resumed story\'s paragraphs ("How is it spread?") is this short',
        "newsclean.stages.story_end",
    )

    resume_subheading_lines: int = knob(
        1,
        "one subheading between two paragraphs; a kicker over a headline over a summary is a teaser card",
        "newsclean.stages.story_end",
    )

    point_lookback: int = knob(
        40,
        "blocks searched above an inline box for the story's last point",
        "newsclean.stages.story_end",
    )

    # the story goes on under a box ("Read more" and a headline, "Also read", a row of teaser
    # links) when the rest of the page, up to the next section heading, is story prose by its
    # own features; the box itself holds a few short lines and no other section heading
    story_follows_paragraphs: int = knob(
        3,
        "prose paragraphs under the box ...",
        "newsclean.stages.story_end",
    )

    story_follows_words: int = knob(
        100,
        "... holding this many words",
        "newsclean.stages.story_end",
    )

    story_follows_prose_words: int = knob(
        8,
        "a prose paragraph ends like a sentence and has this many words",
        "newsclean.stages.story_end",
    )

    story_follows_prose_share: float = knob(
        0.9,
        "share of the blocks under the box that are prose paragraphs: a teaser list alternates a headline"
        " and its summary, a comment thread names and dates each comment",
        "newsclean.stages.story_end",
    )

    story_follows_max_link: float = knob(
        0.2,
        "HTML: share of the text under the box inside links",
        "newsclean.stages.story_end",
    )

    story_follows_box_words: int = knob(
        25,
        "a line of the box: a label or a headline, not a paragraph",
        "newsclean.stages.story_end",
    )

    subheading_paragraphs: int = knob(
        2,
        "a subheading of the story heads a few paragraphs; a teaser list's headline heads one summary",
        "newsclean.stages.story_end",
    )

    summary_look: int = knob(
        4,
        "paragraphs read under the heading",
        "newsclean.stages.story_end",
    )

    story_look: int = knob(
        30,
        "blocks read above it for the story's paragraph length",
        "newsclean.stages.story_end",
    )

    summary_length_share: float = knob(
        0.5,
        "summaries are at most this share of the story's median paragraph",
        "newsclean.stages.story_end",
    )

    card_above_lines: int = knob(
        3,
        "a teaser card's kicker, headline and cut summary",
        "newsclean.stages.story_end",
    )

    tail_label_max_words: int = knob(
        4,
        "a tag box printed without its heading under the story: one- to four-word lines in a row, "
        "unpunctuated, the last lines of the body; a list the story introduces ends its lead-in with a "
        "colon, and its items are longer or hold figures",
        "newsclean.stages.story_end",
    )

    tail_label_min_lines: int = knob(
        6,
        "short label lines in a row at the end of the body that make a tag box printed without its heading",
        "newsclean.stages.story_end",
    )
