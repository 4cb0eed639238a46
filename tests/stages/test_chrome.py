import pytest

from newsclean.document import Label
from newsclean.stages.chrome import ChromeRules


def labels(doc):
    return {b.text: (b.label, b.reason) for b in doc.blocks}


@pytest.mark.parametrize(
    "line, label, rule",
    [
        ("Comments / 0", Label.CHROME, "chrome.line_shape"),
        ("274K+", Label.CHROME, "chrome.line_shape"),
        ("1.2K Followers", Label.CHROME, "chrome.line_shape"),
        ("Followers", Label.CHROME, "chrome.counter"),
        ("https://img.example-cdn.net/image.php?url=0RAoy5_0df9", Label.CHROME, "chrome.line_shape"),
        ("YOU MAY ALSO LIKE", Label.CHROME, "chrome.section_header"),
        ("Related", Label.CHROME, "chrome.section_header"),
        ("Community Policy", Label.CHROME, "chrome.comment_widget"),
        ("Share on Facebook", Label.CHROME, "chrome.share_widget"),
        ("Privacy Policy", Label.CHROME, "chrome.policy_link"),
        ("Our Standards: The Harbour Press Trust Principles.", Label.CHROME, "chrome.line_shape"),
        ("Get our morning briefing delivered to your inbox every weekday", Label.CHROME, "chrome.newsletter"),
        ("Start your day with the Harbour Bell. It is the favourite read of the quay. Sign up for the free daily "
         "newsletter.", Label.CHROME, "chrome.newsletter"),
        ("Subscribe to the Harbour TV YouTube Channel for all of the latest videos, reviews, and more!", Label.CHROME,
         "chrome.newsletter"),
        ("Want me to send you an email when I publish something new?", Label.CHROME, "chrome.newsletter"),
        # footer notices: a copyright line led by the publisher's name, the note about linked
        # sites, an old browser notice
        ("Harbour Gazette © 2012 The Gazette is not responsible for the content of external sites. Read more.",
         Label.CHROME, "chrome.line_shape"),
        ("Dune Media (c) 2011. Reproduction without permission is prohibited.", Label.CHROME, "chrome.line_shape"),
        ("The Harbour Trust is not responsible for the content of external internet sites", Label.CHROME,
         "chrome.line_shape"),
        ("This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled. While you will be "
         "able to read this page in your current browser, you will not get the full visual experience.",
         Label.CHROME, "chrome.line_shape"),
        ("#Police#Computer Security#Harbour Board", Label.TAGS, "tags.tag_line"),
        ("Via Reuters", Label.SOURCE, "source.attribution"),
        ("(Image credit: Harbourside Council)", Label.CAPTION, "caption.pattern"),
        ("Fishing boats moored at dawn in Port Elms. REUTERS/Ana Lima/File Photo", Label.CAPTION, "caption.credit"),
        ("Photo: Dana Ruiz, AP", Label.CAPTION, "caption.pattern"),
        ("Image 1 of 23", Label.CHROME, "chrome.line_shape"),
        ("Facebook Twitter Google+ Whatsapp", Label.CHROME, "chrome.line_shape"),
        ("Next Post", Label.CHROME, "chrome.share_widget"),
        ("Share by email", Label.CHROME, "chrome.share_widget"),
        ("Voltar", Label.CHROME, "chrome.share_widget"),
        ("[ 167 comments ]", Label.CHROME, "chrome.line_shape"),
        ("200Comments. Click to view comments", Label.CHROME, "chrome.line_shape"),
        ("[button link=”http://example.org/send/” type=”big”] Send us your review[/button]", Label.CHROME,
         "chrome.line_shape"),
        ("Porto Alegre - RS - CNPJ: 12.345.678/0001-90 - Rua das Flores, 10", Label.CHROME, "chrome.line_shape"),
        ("Order Reprints", Label.CHROME, "chrome.line_shape"),
        ("Print Article", Label.CHROME, "chrome.line_shape"),
        ("Write to Dana Ruiz at dana.ruiz@harbourpress.example", Label.CHROME, "chrome.line_shape"),
        ("This copy is for your personal, non-commercial use only. To order copies for your colleagues visit "
         "reprints.example.com.", Label.CHROME, "chrome.line_shape"),
        ("An error has occurred, please try again later.", Label.CHROME, "chrome.line_shape"),
        ("This website and all documents on it are licensed under a Creative Commons Attribution 4.0 License.",
         Label.CHROME, "chrome.line_shape"),
        ("Content of this site is licensed under a Creative Commons License", Label.CHROME, "chrome.line_shape"),
        ("Submit comments on this post to <editor@harbourpress.example>.", Label.CHROME, "chrome.line_shape"),
        ("A version of this article appears in print on March 4, 2024, on Page B2 of the Harbour edition with the "
         "headline: Sea Wall Plan Wins Approval. Order Reprints| Today's Paper|Subscribe", Label.CHROME,
         "chrome.line_shape"),
        ("This story appeared in the Sunday print edition of the Harbour Gazette.", Label.CHROME, "chrome.line_shape"),
        ("On HarbourGazette.com: Ferry fares rise 5 percent in May", Label.CHROME, "chrome.line_shape"),
        ("Main article: Harbourtown lighthouse", Label.CHROME, "chrome.line_shape"),
        ("Like this:", Label.CHROME, "chrome.line_shape"),
        ("Like Loading...", Label.CHROME, "chrome.share_widget"),
        # the notice an inline ad row prints under the ad, without naming it
        ("Story continues below", Label.CHROME, "chrome.line_shape"),
        ("Further information: Tides of the north sea", Label.CHROME, "chrome.line_shape"),
        ("Ever wondered why the ferry is always late on Mondays? As it turns out, the… Read more Read more",
         Label.CHROME, "chrome.line_shape"),
        # a blog's pager between posts, whatever its words
        ("« Why the ferry is late again | Main | Ten boats that shaped the harbour »", Label.CHROME,
         "chrome.line_shape"),
        ("‹ Der Hafen im Winter | Startseite | Neue Fähre für die Insel ›", Label.CHROME, "chrome.line_shape"),
    ],
)
def test_single_block_rules(text_doc, line, label, rule):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert labels(doc)[line] == (label, rule)


@pytest.mark.parametrize(
    "line",
    [
        "The council said the harbour wall would be rebuilt before winter, at a cost of $2 million.",
        "Police in the port city found 19 vulnerabilities in the network, the report said.",
        "Demonstration of force",
        "Reporters asked whether the photo was real.",
        "Followers of the band queued overnight for tickets to the reunion show.",
        "Facebook and Twitter removed the posts on Monday.",
        "Write to your council member at the town hall before the vote on Friday, the campaigners urged.",
        "An error occurred in the ferry's steering, and the crew had to try again after the tide turned.",
        "This site is licensed under the harbour act as a heritage landmark, the council said on Monday.",
        "This story appears in print for the first time, forty years after the harbour master wrote it.",
        "The skipper paused... Read more of the log, she said, and you will see why we turned back.",
        "On Monday: the board meets again to vote on the ferry fares.",
        "Readers were asked to sign up for the newsletter, but few did, the editor said on Monday.",
        "Further information on the ferry timetable can be found at the harbour office.",
        # a quotation in French quotes with a bar inside is no pager
        "« The harbour is our life | and our living », the skipper said at the meeting on Monday.",
        # a copyright year inside a story's sentence, a council's responsibility for a site
        "The ferry company said its copyright 2012 timetable design had been copied by a rival operator.",
        "The council is not responsible for the content of the harbour website, a spokesman said on Monday.",
    ],
)
def test_story_text_is_left_undecided(text_doc, line):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert doc.blocks[0].label == Label.UNDECIDED


def test_tags_and_source_are_collected(text_doc):
    doc = text_doc("#Police#Computer Security\nVia The Harbour Press")
    ChromeRules()(doc)
    assert doc.found["tags"] == ["Police", "Computer Security"]
    assert doc.found["source"] == "The Harbour Press"


def test_end_markers_are_flagged_for_the_region_search(text_doc):
    doc = text_doc("YOU MAY ALSO LIKE")
    ChromeRules()(doc)
    assert doc.blocks[0].features["end_marker"] is True


def test_patterns_skip_menus_far_from_prose_but_name_chrome_near_the_story(text_doc):
    prose = "The county opened its new flood barrier on Friday after three years of building work on the river."
    menu = [f"Section {n}" for n in range(45)]
    doc = text_doc("\n".join(menu + ["Comments / 3", prose, prose + " Again.", "Comments / 4"] + menu))
    ChromeRules()(doc)
    by_text = {b.text: b for b in doc.blocks}
    assert by_text["Comments / 3"].reason == "chrome.line_shape"
    assert by_text["Comments / 4"].reason == "chrome.line_shape"


def test_pattern_priority_follows_the_concern_order(text_doc):
    # a tag line also ends like other patterns could; the tag concern comes first
    doc = text_doc("#Harbour#Storms#Local News")
    ChromeRules()(doc)
    assert doc.blocks[0].reason == "tags.tag_line"
    assert doc.found["tags"] == ["Harbour", "Storms", "Local News"]


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Get breaking harbour news and the latest updates delivered straight to your inbox!", "chrome.newsletter"),
        ("No spam, we promise. You can unsubscribe at any time.", "chrome.newsletter"),
        ("Breaking News Emails", "chrome.newsletter"),
        ("Email Ann Lee at alee@harbourpress.example or follow her on Twitter.", "chrome.line_shape"),
        ("Related: Ferry timetable changes from May", "chrome.line_shape"),
        ("Also on harbourpress.co.uk Council approves cycle lanes", "chrome.line_shape"),
        ("Advert", "chrome.share_widget"),
        # a live blog entry's stamp: the time glued to the writer's name or a label
        ("21:05Ann Lee", "chrome.line_shape"),
        ("9.40pmKEY EVENT", "chrome.line_shape"),
        # a link to another story glued to its headline without a colon
        ("Les også Ferja er tilbake i drift etter stormen", "chrome.line_shape"),
        ("Läs också Färjan går igen efter stormen", "chrome.line_shape"),
    ],
)
def test_promotion_and_inline_teaser_lines(text_doc, line, rule):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert (doc.blocks[0].label, doc.blocks[0].reason) == (Label.CHROME, rule)


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Image caption The new lifeboat was launched in front of a crowd of two hundred", "caption.pattern"),
        ("Fishing boats moored in the harbour at dawn [File: Harbour Press]", "caption.pattern"),
        ("(Leggi anche su: Il porto riapre dopo la tempesta)", "chrome.line_shape"),
        # a caption closed by its copyright credit, in any language
        ("Die neue Fähre im Hafen von Port Elms. © Ann Lee/Hafenbild", "caption.pattern"),
        ("Het nieuwe veer in de haven. — © HAVENPERS", "caption.pattern"),
        # ... or by a wire agency's credit after its last sentence
        ("The new ferry leaves the harbour on its first crossing. AP Photo/Ann Lee", "caption.pattern"),
        ("The harbour master watches the new ferry arrive. Reuters", "caption.pattern"),
    ],
)
def test_caption_and_read_also_lines(text_doc, line, rule):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert doc.blocks[0].reason == rule


@pytest.mark.parametrize(
    "line",
    [
        # a figcaption's sentence and its credit joined without a space, as visible text prints them
        "Fishermen mend their nets on the quay before the first storm of the winter.Harbourlight/Ann Lee",
        "Die neue Fähre legt am Morgen zum ersten Mal im Hafen von Port Elms an.Getty Images",
        "La nuova ferrovia attraversa la valle sopra il vecchio ponte di pietra.Pixabay/Marco Rossi",
        # a caption with its photographer after a spaced slash
        "Polizisten sichern am Dienstagmorgen den Eingang zum alten Hafenspeicher in Port Elms / Ann Lee",
        # a handout picture's caption closed by the agency's usage notice
        "Smoke rises over the old harbour warehouse in this picture obtained from social media. @harbourwatch/via "
        "HARBOUR PRESS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. MANDATORY CREDIT. NO RESALES. NO ARCHIVES.",
    ],
)
def test_a_caption_with_its_credit_glued_or_after_a_slash(text_doc, line):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert (doc.blocks[0].label, doc.blocks[0].reason) == (Label.CAPTION, "caption.pattern")


@pytest.mark.parametrize(
    "line",
    [
        # a consent notice glued to its buttons: no credit shape
        "We use cookies to improve your experience on our harbour guide site. We assume you agree.Accept Read More",
        # abbreviations, a glued next sentence, a path in a title
        "The board met the U.S. delegation at the harbour office on Monday.Talks go on",
        "The ferry will run again next week, the board said.It gave no reason",
        "Infinite Ferries / The Harbour Guide",
        "Fähre und Bahn im Vergleich: Preise, Fahrzeiten / Alle Verbindungen",
    ],
)
def test_no_caption_credit_without_its_shape(text_doc, line):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert doc.blocks[0].reason != "caption.pattern"


def test_an_agency_named_in_a_sentence_is_no_caption_credit(text_doc):
    doc = text_doc("The harbour master said the board had asked for help, according to AP.")
    ChromeRules()(doc)
    assert doc.blocks[0].reason != "caption.pattern"


def test_a_subheading_opening_with_a_time_is_no_live_blog_stamp(text_doc):
    doc = text_doc("21:05 Ferry leaves the harbour after a three-hour delay, the board says")
    ChromeRules()(doc)
    assert doc.blocks[0].reason != "chrome.line_shape"


def test_a_sentence_opening_with_read_also_words_stays(text_doc):
    doc = text_doc("Les også kommunens svar, som kom i går. Det er kort.")
    ChromeRules()(doc)
    assert doc.blocks[0].reason != "chrome.line_shape"


def test_a_copyright_sign_inside_a_sentence_is_no_caption_credit(text_doc):
    doc = text_doc("The harbour board owns the © on the old postcards, and sells prints of them at the museum.")
    ChromeRules()(doc)
    assert doc.blocks[0].reason != "caption.pattern"


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Harbour Weekly Newsletter", "chrome.newsletter"),
        ("I agree that the Harbour Press can send me the weekly newsletter.", "chrome.newsletter"),
        ("Keep an eye on your inbox for the latest harbour news.", "chrome.newsletter"),
        ("Ann Lee/Coast Press/Getty Images", "caption.pattern"),
        ("Back to Gallery", "chrome.share_widget"),
    ],
)
def test_newsletter_box_and_credit_lines(text_doc, line, rule):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert doc.blocks[0].reason == rule


def test_required_literal_is_conservative():
    from newsclean.stages.chrome import required_literal

    assert required_literal(r"\bunsubscribe at any time\b") == "unsubscribe at any time"
    assert required_literal(r"^(?:foto|bild)\s*:\s*\S.{0,150}$") == ":"
    assert required_literal(r"^\d+\s*min(?:ute)?s?\s+read$") == "read"
    # optional parts, groups, classes and alternations never yield a literal
    assert required_literal(r"^(?:a|b)\s+[xyz]+$") == ""
    assert required_literal(r"^news(?:letter)?s?$|^x") == ""
    assert required_literal(r"^e-?mail\b") == "mail"


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Weekly is part of Coast Media Ltd, an international media group and leading digital publisher.",
        "Ann Lee of the Harbour Press contributed to this report.",
        "Subscribe to Harbour Weekly and stay up to date with the fleet.",
    ],
)
def test_publisher_boilerplate_lines(text_doc, line):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert doc.blocks[0].label == Label.CHROME


@pytest.mark.parametrize(
    "line, label",
    [
        ("Stay up to date with Harbour Weekly. Subscribe to our newsletter.", Label.CHROME),
        ("Do you rely on our harbour reporting? Click here to support it.", Label.CHROME),
        ("Support Harbour Weekly and make a difference for readers everywhere.", Label.CHROME),
        ("Support for the new harbour wall grew to two thirds of residents, the survey found.", Label.UNDECIDED),
    ],
)
def test_appeals_and_subscription_boxes(text_doc, line, label):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert doc.blocks[0].label == label


@pytest.mark.parametrize(
    "line, rule",
    [
        ("The new lifeboat is lowered down the slipway at Port ElmsCredit: Harbour Press", "caption.pattern"),
        ("Fishermen unload the catch at dawn on Monday, March 4, 2024.Jo Bell / AP file", "caption.pattern"),
        ("In this March 2, 2024, file photo, the old harbour wall is seen at high tide.", "caption.pattern"),
        ("If you buy something through this post, Harbour Weekly may get a share of the sale.", "chrome.line_shape"),
        ("Reporters Ann Lee, Bo Chan and Jo Bell contributed to this report.", "chrome.line_shape"),
    ],
)
def test_caption_credits_and_disclosures(text_doc, line, rule):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert doc.blocks[0].reason == rule


def test_no_chrome_pattern_backtracks_badly_on_long_lines():
    """Every pattern is tried the way ChromeRules tries it on long, awkward lines; a
    pattern that backtracks (milliseconds per line) fails here rather than in production."""
    import time

    import regex

    from newsclean import rules
    from newsclean.stages.chrome import PATTERN_RULES

    words = ("Credit council harbour Photo ferry AP Reuters contributed to this report by Ann Lee "
             "and Bo Chan with Getty Images file photo credits: newsletter inbox subscribe").split()
    lines = []
    for n in range(30):
        body = " ".join(words[(n + k) % len(words)] for k in range(12 + n * 2))
        lines += [body, body + ".", body.upper(), body.replace(" ", "") + " tail", body + " credit: x" * 3]
    for concern in PATTERN_RULES:
        for compiled in rules.patterns(concern):
            anchored = compiled.pattern.startswith("^")
            p = compiled if anchored else regex.compile(compiled.pattern, compiled.flags | regex.REVERSE)
            start = time.process_time()
            for line in lines:
                p.match(line) if anchored else p.search(line)
            per_line = (time.process_time() - start) / len(lines)
            assert per_line < 0.001, f"{concern}: {compiled.pattern[:60]} takes {per_line * 1e6:.0f} us a line"


@pytest.mark.parametrize("line", [
    "Your email address will not be published. Required fields are marked *",
    "ATENÇÃO: Comentários ofensivos ou fora do tema da notícia não serão aprovados pelo moderador.",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind markiert",
])
def test_a_comment_form_notice_opens_the_comment_section(text_doc, line):
    doc = text_doc(line)
    ChromeRules()(doc)
    b = doc.blocks[0]
    assert b.reason == "chrome.comment_section" and b.features["hard_end"]


@pytest.mark.parametrize("line", ["13 comments:", "No comments:", "1 COMMENT:", "3 Kommentare:", "Aucun commentaire :",
                                  "2 comentarios:"])
def test_a_comment_counter_with_its_colon_opens_the_comment_section(text_doc, line):
    doc = text_doc(line)
    ChromeRules()(doc)
    b = doc.blocks[0]
    assert b.reason == "chrome.comment_section" and b.features["hard_end"]


@pytest.mark.parametrize("line", ["13 comments", "No comments", "Comments: 4", "One comment: the board was right."])
def test_a_bare_comment_counter_does_not_open_the_comment_section(text_doc, line):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert not doc.blocks[0].features.get("hard_end")


@pytest.mark.parametrize("line", ["Tags", "Topics", "Etiquetas", "Themen:", "Schlagwörter", "Lees meer over", "Onderwerpen",
                                  "Mots-clés", "Temas", "Argomenti"])
def test_a_tag_list_heading_ends_the_article(text_doc, line):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert doc.blocks[0].features.get("end_marker")


@pytest.mark.parametrize("line", ["More Great Harbour Stories", "Next Up In Science & Health", "Most read in world news",
                                  "More From The Ledger", "More in Harbour News", "Editors' Picks",
                                  "Harbour Buzz - What's Trending", "What’s Hot Now", "Most Read Posts",
                                  "Most Commented Posts", "Recent Posts", "Popular Entries", "This Week's Top Posts",
                                  "Trending Now on The Ledger", "Older Post Home", "Newer Post Older Post Home"])
def test_teaser_headings_with_varying_wording_end_the_article(text_doc, line):
    doc = text_doc(line)
    ChromeRules()(doc)
    b = doc.blocks[0]
    assert b.reason == "chrome.section_header" and b.features["end_marker"]


def test_a_long_sentence_starting_like_a_teaser_heading_is_not_one(text_doc):
    doc = text_doc("More from the harbour board came on Tuesday when the chair said the wall would be rebuilt.")
    ChromeRules()(doc)
    assert not doc.blocks[0].decided


@pytest.mark.parametrize("line, rule", [
    ("Related: Ferry company orders two new hybrid boats", "chrome.line_shape"),
    ("[Related: Skippers vote to keep the fuel quay open]", "chrome.line_shape"),
    ("View all (12)", "chrome.line_shape"),
    ("« Previous Post Next Post »", "chrome.line_shape"),
    ("Ann Lee contributed reporting from Port Elms.", "chrome.line_shape"),
    ("If you click on one of our links and make a purchase we may receive a small commission.", "chrome.line_shape"),
    ("*These statements have not been evaluated by the Food and Drug Administration.", "chrome.line_shape"),
    ("Media captionThe harbour wall after the storm", "caption.pattern"),
    ("Ann Lee Submitted photo", "caption.credit"),
    ("Get Harbour Monthly delivered through your letterbox every month.", "chrome.newsletter"),
])
def test_more_chrome_line_shapes(text_doc, line, rule):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert doc.blocks[0].reason == rule


@pytest.mark.parametrize("line, caption", [
    ("Ferry crews in orange jackets carry banners as they march along the quay in Port Elms, Tuesday, Nov. 19, 2024, "
     "calling for better pay.", True),
    ("In this Sunday, Nov. 10, 2024, photograph, a row of unsold ferries sits at the yard in Port Elms.", True),
    ("Updated 1:39 am EST, Wednesday, November 20, 2024", False),  # a date line, for the date stage
    ("The harbour board met on Tuesday and agreed to rebuild the northern wall before the storms.", False),
])
def test_agency_photo_captions_with_a_full_date(text_doc, line, caption):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert (doc.blocks[0].label == Label.CAPTION) is caption


@pytest.mark.parametrize("line, chrome", [
    ("Sections International ▪ Harbour ▪ Ferries ▪ Weather ▪ Letters ▪ Sport", True),
    ("About us • Contact • Advertise • Terms of service • Privacy policy", True),
    ("Pos | Skipper | Points | Wins | Poles", False),  # a table's header row
    ("By Ann Lee | Nov 18, 2024 | 5 min read | Harbour | Ferries", False),  # a byline, for the byline stage
    ("Harbour wall repairs | The Ledger", False),
])
def test_a_row_of_links_joined_by_separators_is_chrome(text_doc, line, chrome):
    doc = text_doc(line)
    ChromeRules()(doc)
    assert (doc.blocks[0].reason == "chrome.line_shape") is chrome


def test_a_table_row_printed_with_separators_is_not_a_link_row(text_doc):
    doc = text_doc("1 | Ann Lee | 5040 | 5 | 1 | 17")
    ChromeRules()(doc)
    assert doc.blocks[0].reason != "chrome.line_shape"


def test_a_long_caption_paragraph_ending_with_its_credit_is_a_caption(text_doc):
    caption = ("A cross-section through the new ferry showing the passenger deck, the car deck and the engine room. "
               "The hybrid drive sits low in the hull, with the batteries in four sealed bays along the keel, and the "
               "crew quarters forward of the bridge would double as a first-aid room during crossings in bad weather "
               "and on the night sailings in winter. Credit: Harbour Ferries")
    story = " ".join(["The harbour board approved the plan on Tuesday after a long debate about the cost."] * 7)
    doc = text_doc(caption + "\n\n" + story)
    ChromeRules()(doc)
    assert doc.blocks[0].label == Label.CAPTION and doc.blocks[0].reason == "caption.long_paragraph"
    assert not doc.blocks[1].decided


def test_a_tag_list_wrapped_over_several_lines_is_all_tags(text_doc):
    story = "The harbour board voted on Tuesday to rebuild the northern wall before the winter storms arrive."
    doc = text_doc("\n\n".join(["Topics: ferries,", "harbour board, Port Elms,", "Weekend Reads",
                                story]))
    ChromeRules()(doc)
    got = labels(doc)
    assert got["harbour board, Port Elms,"] == (Label.TAGS, "tags.tag_line")
    assert got["Weekend Reads"] == (Label.TAGS, "tags.tag_line")
    assert got[story][0] == Label.UNDECIDED
    assert doc.found["tags"] == ["ferries", "harbour board", "Port Elms", "Weekend Reads"]


def test_a_tag_line_without_a_trailing_comma_takes_no_more_lines(text_doc):
    doc = text_doc("\n\n".join(["Topics: ferries, harbour board", "Weekend Reads"]))
    ChromeRules()(doc)
    assert labels(doc)["Weekend Reads"][0] != Label.TAGS


def test_alternatives_with_escapes_and_nested_groups_give_each_alternative_s_literal():
    from newsclean.stages.chrome import required_alternatives

    assert required_alternatives(r"\b(?:Tax ID|P\.\s?IVA|VAT (?:No\.?|number))\s*[.:]?\s*\d{6,}") == \
        ("tax id", "iva", "vat ")
    assert required_alternatives(r"^(?:\d+ min\.?|reading time)$") == (" min", "reading time")
    assert required_alternatives(r"(?:VAT\d|P\.\s?IVA)?\d+") == ()      # an optional group
    assert required_alternatives(r"(?!(?:VAT no|Tax ID))\w+") == ()     # a lookahead holds no text
    assert required_alternatives(r"(?:VAT no|\d+)x") == ()              # an alternative without a literal
    assert required_alternatives(r"(?:VAT no|P\.\s?IVA)|x") == ()       # a top-level alternation


def test_a_copyright_sign_an_escaped_c_and_a_lone_group_guard_their_patterns():
    from newsclean.stages.chrome import required_alternatives, required_literal

    assert required_literal(r"^\(c\) \d{4}") == "(c) "
    assert required_alternatives(r"^(?:[\w'&.-]+\s){1,3}(?:©|\(c\)|copyright\s+©?)\s*(?:19|20)\d\d\b.{0,200}$") == (
        "©",
        "(c)",
        "copyright",
    )
    assert required_alternatives(r"^(?:this (?:article|story) (?:was|is) published).{0,160}$") == (" published",)
    assert required_alternatives(r"^(?:all rights|:|copyright).{0,200}$") == ()  # ":" is no rare mark
    assert required_alternatives(r"^(?:this (?:article|story))?.{0,160}$") == ()  # an optional group


def test_copyright_and_republication_lines_are_judged_as_in_file_order():
    from newsclean.stages.chrome import ChromeRules

    lines = [
        "Harbour Ledger Media © 2024 All rights reserved",
        "The Ledger (c) 2023. Reuse only with permission.",
        "Ledger Group Copyright © 2021 and after",
        "This article was originally published by the Coast Post.",
        "This story is published with the harbour trust's support.",
        "The ferry crews voted on Monday, and the council will meet again in May.",
        "Copyright is a topic the harbour board discussed in 2019 at length.",
    ]
    _assert_dispatch_decides_as_file_order(ChromeRules(), lines)


def _assert_dispatch_decides_as_file_order(rules, lines):
    """The dispatch finds, for every line, the pattern that trying them all in file order finds."""
    for line in lines:
        found = rules._match(line)
        expected = _first_in_file_order(rules, line)
        assert (found is None) == (expected is None), line
        if found is not None and expected is not None:
            assert (found[0], found[1].re.pattern) == (expected[0], expected[1].pattern), line


def _first_in_file_order(rules, line):
    """The chrome pattern that trying every pattern in file order, without the dispatch's keys,
    guards and bounds, finds first for the line (head patterns match at the start), or None."""
    head = next(((c, p) for c, p in rules.head.patterns if p.match(line)), None)
    return head or next(((c, p) for c, p in rules.tail.patterns if p.search(line)), None)


def _assert_same_decisions_as_file_order(rules, lines):
    """The guarded dispatch decides each line as trying every pattern in file order does."""
    for line in lines:
        found = rules._match(line)
        expected = _first_in_file_order(rules, line)
        assert (found is None) == (expected is None), line
        if found is not None:
            assert found[0] == expected[0], line


def test_escaped_alternative_guards_keep_every_decision():
    from newsclean.stages.chrome import ChromeRules

    rules = ChromeRules()
    lines = ["Harbour Supplies Ltd, VAT No. 123 456 789", "Registered office: Quay Street 4, P.IVA 01234567890",
             "The ferry carried 1234567 passengers in the VAT year.", "5 min read", "Comments (12)",
             "Source: Harbour Office", "The council met on Tuesday to discuss the harbour wall."]
    _assert_same_decisions_as_file_order(rules, lines)


def test_alternative_guards_skip_only_blocks_that_cannot_match():
    from newsclean.stages.chrome import ChromeRules, required_alternatives

    assert required_alternatives(r"\b(?:newsletter|briefing)\b.{0,80}\b(?:sign up|subscribe)\b") == \
        ("newsletter", "briefing")
    assert required_alternatives(r"(?:a|b)x|y") == ()           # a top-level alternation
    assert required_alternatives(r"(?:news|letters)?x") == ()    # an optional group
    assert required_alternatives(r"(?:ab|c)x") == ()             # too short to pay
    # the same decisions with the guards as without them
    rules = ChromeRules()
    lines = ["Sign up for our morning briefing, delivered to your inbox.",
             "The council may get a share of the sale, officials said.",
             "The council met on Tuesday to discuss the harbour wall."]
    for line in lines:
        found = rules._match(line)
        assert (found is None) == (_first_in_file_order(rules, line) is None)


def test_guards_read_turkish_capitals_and_the_long_s_as_the_patterns_do():
    from newsclean.stages.chrome import ChromeRules
    from newsclean.stages.chrome_guards import guard_folded

    # "İ".lower() is "i" and a combining dot, which a guard literal "i..." would not find
    # though the case-insensitive pattern matches it
    assert guard_folded("İNSTAGRAM'DA TAKİP EDİN") == "instagram'da takip edin"
    assert guard_folded("Subſcribe") == "subscribe"
    rules = ChromeRules()
    lines = ["PLEASE ENABLE JAVASCRİPT", "SİGN UP TO RECEİVE", "Share on Facebook",
             "İstanbul'da liman duvarı için yeni plan onaylandı."]
    _assert_same_decisions_as_file_order(rules, lines)
    # a pattern whose only guard literal holds the "i" ("javascript") still sees the line
    assert rules._match("PLEASE ENABLE JAVASCRİPT") is not None


@pytest.mark.parametrize(
    "line",
    [
        # a picture's credit alone on its line: a photographer and a lower-case agency, in any order
        "Annika Berger/dpa",
        "Jonas von Eltz/dpa",
        "dpa/Annika Berger",
        # ... a picture agency with an outlet or a photographer
        "Imago/Harbour-Press.de",
        "F. Lind/IMAGO",
        "picture alliance/Harbour Press",
    ],
)
def test_a_credit_line_alone(judged, line):
    assert judged(line) == (Label.CAPTION, "caption.credit")


@pytest.mark.parametrize(
    "line",
    [
        # a menu's pairs and a heading with a slash name no photographer or agency
        "Web/Tech",
        "Eat/Sip/Drive",
        "Lokalsport Hafen/Nord",
        "Log In / Register",
        # a sentence with a slash
        "The dpa/Reuters report came out on Monday.",
    ],
)
def test_no_credit_line_without_a_name_and_an_agency(judged, line):
    assert judged(line)[1] != "caption.credit"


@pytest.mark.parametrize(
    "line",
    [
        # a caption closed by its picture credit after the last sentence
        "The harbour board expects the new berth to open in May, said its chair. Photo by Ann Lee/Harbour Press",
        "The old lighthouse keeper's cottage, restored last year. Photograph courtesy of the museum",
        # a wire photo's credit glued to the caption without a full stop
        "Ferry passengers queue at the terminal before the strike began AP Photo/Ann Lee",
        # a bracketed credit printed a second time after the caption
        "A crane lifts the first module onto the new pier in Port Elms. (AP Photo/Ann Lee) AP Photo",
    ],
)
def test_a_caption_closed_by_a_photo_credit(judged, line):
    assert judged(line) == (Label.CAPTION, "caption.pattern")


@pytest.mark.parametrize(
    "line",
    [
        # an invitation to follow the portal on a network or a messaging channel
        "Follow the Harbour Herald on WhatsApp",
        "Folgst du schon dem Hafenboten auf WhatsApp?",
        "Folgen Sie uns auf Instagram",
        "Folge uns auf TikTok!",
    ],
)
def test_an_invitation_to_follow_on_a_network(judged, line):
    assert judged(line) == (Label.CHROME, "chrome.line_shape")


def test_a_sentence_about_following_stays(judged):
    assert judged("Die Polizei folgte den Spuren bis auf den Parkplatz am Hafen.")[0] != Label.CHROME


def test_case_group_wrapping_a_whole_pattern_is_read_inside():
    from newsclean.stages.chrome import _ends_anchored, required_literal, unwrapped

    assert unwrapped("(?-i:(?:MANDATORY CREDIT|NO SALES)$)") == "(?:MANDATORY CREDIT|NO SALES)$"
    assert unwrapped("(?i:share)x") == "(?i:share)x"             # the group does not wrap it all
    assert unwrapped("(?-i:A)|(?-i:B)") == "(?-i:A)|(?-i:B)"
    assert _ends_anchored("(?-i:HANDOUT PHOTO$)")
    assert required_literal(unwrapped("(?-i:HANDOUT PHOTO$)")) == "HANDOUT PHOTO"


def test_max_chars_bounds_only_patterns_anchored_at_both_ends():
    from newsclean.stages.chrome import max_chars

    assert max_chars(r"^(?:reply|share)$") == 6                  # five letters, and a final newline
    assert max_chars(r"^\p{Lu}{2,5}\s?\d{1,3}$") == 10
    assert max_chars(r"(?-i:^[A-Z]{2,4}$)") == 5
    assert max_chars(r"^share\s+this$") is None                  # an unbounded repeat
    assert max_chars(r"^share this") is None                     # a prefix: the block may go on
    assert max_chars(r"share this$") is None
    assert max_chars(r"^reply$|^share") is None                  # a branch not anchored at the end
    assert max_chars(r"^(?:reply){e<=1}$") is None               # fuzzy matching: not read


def test_required_marks():
    from newsclean.stages.chrome import required_marks

    assert required_marks(r"^\w+(?:\s[▪•]\s\w+){3,}$") == ("•", "▪")
    assert required_marks(r"^.{2,30}\s(?:»|›)$") == ("»", "›")
    assert required_marks(r"^(?:»|more)$") == ()                 # a branch without a mark
    assert required_marks(r"^\w+(?:\s[▪•]\s\w+)*$") == ()        # a repeat that may not run
    assert required_marks(r"^\w+[a•]$") == ()                    # a class with a letter
    assert required_marks(r"(?=.*©)\w+") == ()                   # a lookahead holds no text


def test_guards_and_bounds_keep_every_decision():
    """The dispatch (keys, guards, length bounds) tries the same first pattern as trying
    every pattern in file order, on lines of every length and shape."""
    from newsclean.stages.chrome import ChromeRules

    rules = ChromeRules()
    lines = [
        "Share", "Reply", "12", "3 / 14", "Opens in a new window", "»", "Weather »",
        "Home ▪ News ▪ Sport ▪ Weather ▪ Travel ▪ Culture",
        "Home | News | Sport", "Facebook · Twitter · Email · Print",
        "© 2024 The Coast Paper. All rights reserved.", "Copyright 2024 Harbour Media",
        "Ann Lee/dpa", "Photo: Ann Lee", "Ferry passengers wait at the pier. MANDATORY CREDIT",
        "The ferry left the pier at noon.Ann Lee Photography",
        "Sign up for our weekly newsletter to get the harbour news in your inbox.",
        "We may earn a commission from links on this page.",
        "Related: Ferry fares rise again",
        "The council met on Tuesday to discuss the repairs to the harbour wall, which the storm damaged.",
        "Residents said the bridge had been closed for three weeks and that the ferry was the only way "
        "across the river for workers at the hospital and the school.",
    ]
    _assert_dispatch_decides_as_file_order(rules, lines)


def test_guard_literals_held_by_others_are_looked_for_only_where_those_are_found():
    import regex

    from newsclean.stages.chrome import _Plan

    fold = regex.IGNORECASE
    comments = regex.compile(r"^x.{0,40}comments closed", fold)
    comment = regex.compile(r"^x.{0,40}comment", fold)
    days = regex.compile(r"^x.*\b(?:today|day)\b", fold)
    short = regex.compile(r"^xy$")
    exact = regex.compile(r"^x.*VAT")
    plan = _Plan(
        (
            ("a", comments, ("comments closed", True)),
            ("b", comment, ("comment", True)),
            ("c", days, (("today", "day"), True)),
            ("d", short, None),
            ("e", exact, ("VAT", False)),
        ),
        {id(comments): 60, id(comment): 50, id(short): 3},
    )
    # one literal of those holding another is looked for in every block
    assert sorted(plan.roots) == ["comment", "day"]
    assert plan.children == {"comment": ("comments closed",), "day": ("today",)}
    # the longest bound first: "day" guards an unbounded pattern, "comment" one of at most 60 characters
    assert plan.roots == ("day", "comment") and plan.root_bounds[1] == -60
    assert plan.exact_literals == ("VAT",) and plan.unguarded == (3,)


def test_shared_and_nested_guard_literals_keep_every_decision():
    rules = ChromeRules()
    lines = [
        "Comments are closed for this story.",
        "Commenting is disabled on this article",
        "Join the discussion: 12 comments",
        "Sign up for the newsletter and get the briefing in your inbox",
        "Subscribe to our newsletter: the harbour news every day",
        "Follow us: 12K followers",
        "The council met on Tuesday; the comment period ends today, the clerk said.",
        "Ferry fares rise again (Photo: Ann Lee)",
        "Residents said the bridge had been closed for three weeks, and the ferry was the only way across "
        "the river for workers at the hospital, the school and the market: a comment the mayor repeated.",
    ]
    _assert_dispatch_decides_as_file_order(rules, lines)


def test_comment_section_guards_keep_every_decision():
    from newsclean.rules import normalise_phrase
    from newsclean.stages.chrome import _guard_literals

    rules = ChromeRules()
    assert "comments are " in _guard_literals(next(p for p in rules.comment_section if "are (?:closed" in p.pattern))
    lines = ["Comments (12)", "Comments are closed", "Reader comments (4)", "Leave a comment", "Name *",
             "Ann Lee says", "Your email address will not be published.", "Kommentare (3)", "Trackbacks (2)",
             "Council meets on Tuesday", "Comment on the harbour plan", "The council says", "Top stories"]
    for line in lines:
        norm = normalise_phrase(line)
        assert rules._comment_heading(norm) == any(p.match(norm) for p in rules.comment_section), line


def test_pattern_plan_caches_stay_bounded_and_decide_the_same():
    from newsclean.settings import DEFAULT, using

    rules = ChromeRules()
    # lines in several scripts, each opening with a different character pair
    openings = ["Share", "Comments", "Ферма", "Λιμάνι", "港口", "항구", "Read more", "Follow us", "Print", "Tags"]
    lines = [f"{opening} {n}: the harbour council met on Tuesday" for n in range(3) for opening in openings]
    lines += ["Share this article", "Comments (12)", "5 min read"]
    with using(DEFAULT.replace(plan_cache_keys=4)):
        _assert_dispatch_decides_as_file_order(rules, lines)
        for line in lines:
            rules._comment_heading(line.lower())
        assert len(rules.head.by_char) <= 4 and len(rules.tail.by_char) <= 4
        assert len(rules._comment_by_key) <= 4
