"""Settings of the text region search and its shapes.

Each field is one threshold: its default, what it means, and the module that reads it."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.settings.knob import knob


@dataclass(frozen=True, kw_only=True)
class RegionSettings:
    prose_min_words: int = knob(
        8,
        "a block is prose when it reads as sentences of some length",
        "newsclean.stages.html_region",
    )

    html_region_linked: float = knob(
        0.6,
        'a line is "made of a link" above this share of its characters',
        "newsclean.stages.html_region",
    )

    label_max_words: int = knob(
        3,
        'the label of a label-and-link line ("Related:", "SEE MORE:") has at most this many words',
        "newsclean.stages.html_region",
    )

    label_rest_linked: float = knob(
        0.8,
        "share of the text after the label inside the link: the rest is (almost) all link",
        "newsclean.stages.html_region",
    )

    label_link_min_words: int = knob(
        2,
        "the link names another story: a headline of a few words, not a handle",
        "newsclean.stages.html_region",
    )

    link_line_max_words: int = knob(
        30,
        'a label-and-link line ("Related: Other headline") has at most this many words',
        "newsclean.stages.html_region",
    )

    footer_lines: int = knob(
        2,
        "footer lines under trailing teasers: at most this many, each at most this long",
        "newsclean.stages.html_region",
    )

    footer_words: int = knob(
        12,
        "... each at most this many words (a copyright, an address, a site note)",
        "newsclean.stages.html_region",
    )

    linked_headline: float = knob(
        0.9,
        "share of its text inside a link that makes a headline-shaped element between paragraphs a "
        "link to another story",
        "newsclean.stages.html_region",
    )

    author_line_words: int = knob(
        16,
        'an author line with a job title: "Ann Lee, Senior Reporter, Harbour Desk"',
        "newsclean.stages.html_region",
    )

    opening_heading_words: int = knob(
        15,
        "a heading this long that ends like a sentence may be the story's opening paragraph",
        "newsclean.stages.html_region",
    )

    paragraph_heading_words: int = knob(
        50,
        "a heading this long is a paragraph in a heading's markup whatever follows it: headlines and "
        "standfirsts are a sentence or two (the longest standfirsts on the dev pages have about 35 words)"
        " ...",
        "newsclean.stages.html_region",
    )

    prose_clause_words: int = knob(
        5,
        '... when it reads as prose: a run of tags or names ("Tags: Ann Lee, Tom Okafor, ...") has a '
        "separator every two or three words, a sentence's clauses run longer",
        "newsclean.stages.html_region",
    )

    teaser_body_share: float = knob(
        0.7,
        "share of the body's words found in the summaries of the page's teaser cards above which the page"
        " is a listing, not a story",
        "newsclean.stages.html_region",
    )

    byline_prose_words: int = knob(
        15,
        "a byline is a name line; a block this long that ends like a sentence is story text",
        "newsclean.stages.html_region",
    )

    # --------------------------------------------------------------- head trimming
    edge_ellipsis_min_words: int = knob(
        12,
        "a paragraph ending in an ellipsis right at the region's start or end, this long or longer and not "
        "one of a run of such paragraphs, is the story's own first or last paragraph (a blogger's trailing "
        "'...'), not a teaser summary",
        "newsclean.stages.region",
    )

    head_trim_blocks: int = knob(
        12,
        "a byline/date this close to the region's start opens the story",
        "newsclean.stages.region",
    )

    head_trim_max_words: float = knob(
        80.0,
        "prose allowed before it (a deck, a caption, a newsletter box)",
        "newsclean.stages.region",
    )

    head_trim_max_blocks: int = knob(
        2,
        "... in at most this many prose-sized blocks",
        "newsclean.stages.region",
    )

    head_anchor_gap: int = knob(
        4,
        "byline and date lines this close form one head cluster",
        "newsclean.stages.region",
    )

    tail_stamp_max_words: float = knob(
        25.0,
        'a blog post closes with its stamp ("Posted by Ann Lee at 12:32 PM", "posted by jo @ 6:43 '
        'PM", "Posted at 11:09 AM | Permalink", "Eingestellt von Ann Lee um 12:32"): a line of at '
        "most this many words holding a time of day (not at its start: a timeline's entries open with "
        "their time) under the post's prose; what follows it (the comments, the author's box, the "
        "sidebar) is not the post",
        "newsclean.stages.region",
    )

    tail_stamp_min_story_words: float = knob(
        60.0,
        "story prose in the region above the stamp",
        "newsclean.stages.region",
    )

    teaser_section_story_score: float = knob(
        20.0,
        'a story above a teaser section\'s heading ("You may also like") wins over a denser run of teaser '
        "summaries or a publisher's boilerplate under it, when it holds at least this much prose: the "
        "article gate's min_article_words (a short video or photo post is one paragraph of a few lines)",
        "newsclean.stages.region",
    )

    teaser_section_min_share: float = knob(
        0.25,
        "... and at least this share of the score of the run under it",
        "newsclean.stages.region",
    )

    comments_story_score: float = knob(
        10.0,
        "a story stands above its readers' comments: when the region found lies under the page's comment "
        "section (a blog's sidebar under the comments holds more prose than a short post), the best run "
        'ending shortly above the section\'s first opener ("Post a comment", "12 responses to ...", a '
        "thread of signed comments) is the story, when it scores this much and holds at least the words "
        "the article gate asks of a body (min_article_words: a shorter run would leave the page "
        "empty)",
        "newsclean.stages.region",
    )

    comments_story_min_words: float = knob(
        20.0,
        "words such a run holds at least: the article gate's min_article_words (a shorter run would "
        "leave the page empty)",
        "newsclean.stages.region",
    )

    comments_max_gap: int = knob(
        8,
        "lines between the story's end and the opener (its footer, share links)",
        "newsclean.stages.region, newsclean.stages.gate",
    )

    comments_closing_lines: int = knob(
        16,
        "... or a farther gap, when it holds only short lines (a signature, an address, the post's "
        'stamp "Posted by Ann Lee at 9:22 AM", share links: the close of a short post), at most this many',
        "newsclean.stages.region",
    )

    comments_head_link_gap: int = knob(
        2,
        "an opener this close above the region is a link in the story's head",
        "newsclean.stages.region",
    )

    comment_signature_max_words: int = knob(
        12,
        'a reader comment is signed by a short line holding its author and its posting time ("Ann — July '
        '18th, 2012, 4:09 pm", "Jo Lee October 25, 2012 at 12:22 pm", "Tuesday, October 30, 2012 at 8:37 '
        'pm | Permalink"); a story prints its own date once, at its head',
        "newsclean.stages.region_runs",
    )

    comment_heading_stem_chars: int = knob(
        6,
        'a bare comment label ("COMMENTS") heads the comment section when the line under it holds the '
        'label\'s first this many letters ("LOGIN TO COMMENT", "One comment so far"); shorter labels are '
        "not judged",
        "newsclean.stages.region_runs",
    )

    comment_heading_max_label_words: int = knob(
        2,
        'words of such a bare label ("Comments", "Reader comments")',
        "newsclean.stages.region_runs",
    )

    comment_heading_next_max_words: int = knob(
        12,
        "words of the line under it at most (a sign-in link, a counter: a widget's line, not a comment)",
        "newsclean.stages.region_runs",
    )

    comment_heading_story_words: float = knob(
        20.0,
        "words of sentences above the label at least: the comments follow a story (a label in a page's "
        "head, over no story yet, is a link)",
        "newsclean.stages.region_runs",
    )

    comment_min_signatures: int = knob(
        3,
        "signed comments in a row that make a thread",
        "newsclean.stages.region_runs",
    )

    comment_max_gap: int = knob(
        15,
        "lines between two signatures (a long comment, its Reply link)",
        "newsclean.stages.region_runs",
    )

    comment_split_min_words: float = knob(
        60.0,
        "prose between two signatures beyond this (and this many times the thread's typical comment) is a"
        " story between its own stamp and the first comment: the thread splits there",
        "newsclean.stages.region_runs",
    )

    comment_split_factor: float = knob(
        3.0,
        "prose between two of the first signatures beyond this many times the thread's typical "
        "comment (the median) splits the thread there (with comment_split_min_words)",
        "newsclean.stages.region_runs",
    )

    contents_min_items: int = knob(
        3,
        'numbered items under a "Contents" heading that make a table of contents',
        "newsclean.stages.region_runs",
    )

    typed_list_min_items: int = knob(
        5,
        'items with a typed bullet ("+ Added ...", "* Fixed ...") in one box that make a list the '
        "author wrote (a changelog, a list of steps)",
        "newsclean.stages.region_runs",
    )

    typed_list_min_median_words: float = knob(
        4.0,
        "menus typed with dashes hold one or two words an item",
        "newsclean.stages.region_runs",
    )

    typed_list_max_capitalised: float = knob(
        0.5,
        "items written as phrases, not headline links in Title Case",
        "newsclean.stages.region_runs",
    )

    data_rows_min: int = knob(
        8,
        'numbered rows in a row that make a table (a "top 5" teaser list is shorter)',
        "newsclean.stages.region_runs",
    )

    data_row_max_words: float = knob(
        30.0,
        'a numbered row of a table printed as text ("1 Kyle Lee 5040 5 1") has at most this many words',
        "newsclean.stages.region_runs",
    )

    row_max_words: float = knob(
        20.0,
        'a row of a schedule or a table printed as text ("June 9 -- Arena, City") has at most this many words',
        "newsclean.stages.region_runs",
    )

    row_min_run: int = knob(
        4,
        "rows of one shape in a row that make a schedule",
        "newsclean.stages.region_runs",
    )

    row_attach_blocks: int = knob(
        2,
        "the schedule follows a story paragraph this closely",
        "newsclean.stages.region_runs",
    )

    numbered_min_items: int = knob(
        3,
        "items numbered 1, 2, 3 ... in order that make a list the story introduces",
        "newsclean.stages.region_runs",
    )

    numbered_max_gap: int = knob(
        3,
        "lines between two items (a link, a price, a picture's credit)",
        "newsclean.stages.region_runs",
    )

    intro_box_min_items: int = knob(
        2,
        "lines in one box under a lead-in ending in ':' that make the list it introduces",
        "newsclean.stages.region_runs",
    )

    intro_box_max_items: int = knob(
        12,
        "... and at most this many: a box running on past any list's length is a menu or an ad feed",
        "newsclean.stages.region_runs",
    )

    intro_box_item_max_words: float = knob(
        25.0,
        "an item of such a list has at most this many words",
        "newsclean.stages.region_runs",
    )

    intro_box_paragraph_max_words: float = knob(
        80.0,
        'a longer lead-in (a paragraph whose last sentence introduces the list: "... The seven pieces in '
        'this issue are:") introduces the box under it only when a paragraph of prose follows the box',
        "newsclean.stages.region_runs",
    )

    intro_box_lead_max_words: float = knob(
        30.0,
        "a list's lead-in is a short sentence, not a teaser's cut summary",
        "newsclean.stages.region_runs",
    )

    # --------------------------------------------------------------- teaser shapes
    # A teaser list (related stories, section fronts, mega-menus) repeats one shape: a
    # headline line, a one-sentence summary, then a label or an age ("2H ago"). Article
    # paragraphs stand next to other paragraphs; a summary stands alone between short lines.
    isolated_min_words: float = knob(
        8.0,
        "a block this long is prose-sized",
        "newsclean.stages.region_shapes, newsclean.stages.region, newsclean.stages.region_runs",
    )

    isolated_max_words: float = knob(
        60.0,
        "teaser summaries are one or two sentences",
        "newsclean.stages.region_shapes",
    )

    isolated_max_gap: int = knob(
        4,
        "short lines allowed between two summaries of one list",
        "newsclean.stages.region_shapes",
    )

    isolated_min_run: int = knob(
        3,
        "summaries in a row that make a list",
        "newsclean.stages.region_shapes",
    )

    story_min_words: float = knob(
        150.0,
        "prose outside the lists needed before lone summaries count as teasers",
        "newsclean.stages.region_shapes",
    )

    teaser_median_words: float = knob(
        50.0,
        "teaser summaries are short: a run of lone paragraphs longer than this (median words) is no teaser list",
        "newsclean.stages.region_shapes",
    )

    context_blocks: int = knob(
        6,
        "how far on each side of a list to look for story paragraphs",
        "newsclean.stages.region_shapes",
    )

    context_words: float = knob(
        80.0,
        "story words needed on both sides to keep a list inside the story (a list whose middle summary is"
        " longer is a listicle's items)",
        "newsclean.stages.region_shapes",
    )

    between_story_words: float = knob(
        80.0,
        "story words between the lone lines that make them the story's own (quotes, figures)",
        "newsclean.stages.region_shapes",
    )

    repeated_min_words: float = knob(
        4.0,
        "a line this long that recurs on the page is a teaser or caption",
        "newsclean.stages.region_shapes",
    )

    repeated_caption_max_words: float = knob(
        40.0,
        "a sentence printed twice in a row up to this long is a slideshow's caption (its alt text and "
        "its visible caption)",
        "newsclean.stages.region_shapes",
    )

    caps_link_min_words: float = knob(
        6.0,
        'a whole line in capitals this long is a link to another story ("SEAN SPICER ELIMINATED FROM '
        "'DANCING WITH THE STARS'\"), not a paragraph",
        "newsclean.stages.region_shapes",
    )

    caps_link_upper_share: float = knob(
        0.9,
        "share of such a line's letters that are capitals",
        "newsclean.stages.region_shapes",
    )

    glued_min_headline_words: int = knob(
        4,
        "a Title Case headline glued to its summary sentence (a teaser card's text run together) has "
        "at least this many words ...",
        "newsclean.stages.region_shapes",
    )

    glued_min_summary_words: int = knob(
        5,
        "... and the summary after it at least this many",
        "newsclean.stages.region_shapes",
    )

    glued_capitalised_share: float = knob(
        0.8,
        "share of the glued headline's words that do not start in lower case (Title Case)",
        "newsclean.stages.region_shapes",
    )

    self_repeat_head_words: int = knob(
        3,
        "a phrase of at least this many words printed twice or more in one line is a teaser's "
        "headline repeated (its renditions glued by innerText)",
        "newsclean.stages.region_shapes",
    )

    code_box_min_lines: int = knob(
        3,
        "lines in one box (no blank line between them) that may make a listing of code",
        "newsclean.stages.region_shapes",
    )

    code_box_share: float = knob(
        0.3,
        "share of a box's lines that look like code for the box to be a code listing",
        "newsclean.stages.region_shapes",
    )

    cjk_prose_share: float = knob(
        0.6,
        "share of a line's characters that are CJK for it to read as CJK prose",
        "newsclean.stages.region_shapes",
    )

    menu_line_min_words: float = knob(
        20.0,
        "a menu printed as one line: twenty or more link labels in Title Case run together without a "
        'sentence\'s punctuation ("Europe News Smart Regions State Of The Union The Cube ..."); a '
        "sentence, even in German, writes most of its words in lower case",
        "newsclean.stages.region_shapes",
    )

    menu_line_capitalised: float = knob(
        0.8,
        "share of such a line's words written with a capital or a digit",
        "newsclean.stages.region_shapes",
    )

    menu_line_max_commas: float = knob(
        0.1,
        "commas, colons or semicolons per word: a menu's labels are set apart by spaces",
        "newsclean.stages.region_shapes",
    )

    skip_chrome_neighbours: int = knob(
        1,
        "a chrome line (a promo link, a caption) looked through for a neighbour",
        "newsclean.stages.region_shapes",
    )

    separator_min_repeat: int = knob(
        5,
        'a short label the page prints again and again between the story\'s paragraphs ("Article content",'
        ' "Advertisement"): a separator, looked through like a chrome line. A section\'s label between '
        "teaser cards recurs too, but next to headlines, not between sentences",
        "newsclean.stages.region_shapes",
    )

    separator_max_words: float = knob(
        3.0,
        'a separator label ("Article content", "Advertisement") has at most this many words',
        "newsclean.stages.region_shapes",
    )

    separator_flanked_share: float = knob(
        0.3,
        "share of its copies with a sentence-like paragraph on both sides",
        "newsclean.stages.region_shapes",
    )

    # a feed of story cards (a label, the source, the card's comment counter, a headline, then
    # a summary of a few sentences): a story's paragraphs carry no comment counter of their own
    card_max_gap: int = knob(
        12,
        "lines between two cards' summaries (related links, a sponsor)",
        "newsclean.stages.region_shapes",
    )

    card_min_counted: int = knob(
        3,
        "summaries with a counter above them that make a feed",
        "newsclean.stages.region_shapes",
    )

    head_anchor_max_words: float = knob(
        25.0,
        'a signed byline line ("By Ann Lee", "May 2, 2024 by Ann Lee") or a quoted post\'s attribution '
        '("— Harbour Board (@harbourboard) March 4, 2024") has at most this many words',
        "newsclean.stages.region_shapes, newsclean.stages.region",
    )

    named_stamp_max_name_words: int = knob(
        4,
        "a comment signed without a time: the commenter's name (a few words without digits, no sentence) "
        'then when ("07 Nov 12", "March 3, 2012", "12 days ago"); a story\'s own byline and date line are '
        "printed once, so only a run of them (comment_min_signatures) is a thread",
        "newsclean.stages.region_runs",
    )

    named_stamp_text_lines: int = knob(
        2,
        "the comment's first sentence is this close under its signature",
        "newsclean.stages.region_runs",
    )

    isolated_long_line_words: float = knob(
        20.0,
        "an unpunctuated line this long (words) is prose, not a headline",
        "newsclean.stages.region_shapes",
    )

    cut_paragraph_min_words: float = knob(
        20.0,
        "words of a paragraph cut short with an ellipsis (and of the story paragraph above it) for it to "
        "count as the story's last paragraph, not a teaser summary",
        "newsclean.stages.region_shapes",
    )

    card_summary_min_words: float = knob(
        20.0,
        "a card's summary: sentences of at least this many words, not a related headline",
        "newsclean.stages.region_shapes",
    )
