"""Chrome of modern pages that still leaked into the story from visible text: sign-in walls and
their offers, ad slots and video players that did not load, newsletter promises and schedules,
"preferred source" invitations, bookmark widgets, comment sections (de) and a trial offer set
into an appeal. Every line here is invented."""

import pytest

import newsclean
from newsclean.document import Label


@pytest.mark.parametrize(
    "line, rule",
    [
        # ad slots that did not load, numbered ad labels
        ("This advertisement has not loaded yet, but your article continues below.", "chrome.line_shape"),
        ("This ad hasn't loaded yet.", "chrome.line_shape"),
        ("Advertisement 3", "chrome.line_shape"),
        # video players that cannot play
        ("We apologise, but this video has failed to load.", "chrome.line_shape"),
        ("Sorry, this video is no longer available.", "chrome.line_shape"),
        ("The clip could not be loaded.", "chrome.line_shape"),
        ("Try refreshing your browser, or", "chrome.line_shape"),
        ("Harbour wall gives way at high tide Back to video", "chrome.line_shape"),
        # "preferred source" invitations
        ("Add the Harbour Ledger as a preferred source on Google to see more of our stories.", "chrome.line_shape"),
        ("Fügen Sie den Hafenboten als bevorzugte Quelle bei Google hinzu", "chrome.newsletter"),
        ("Aggiungi il Corriere del Porto come fonte preferita su Google", "chrome.line_shape"),
        # bookmark widgets
        ("Save this article to read later", "chrome.line_shape"),
        ("You have saved a new article", "chrome.line_shape"),
        ("Find all your saved articles in your account.", "chrome.line_shape"),
        ("Artikel merken", "chrome.share_widget"),
        ("Der Artikel wurde Ihrer Merkliste hinzugefügt.", "chrome.newsletter"),
        ("Salva questo articolo e leggilo quando vuoi. Il servizio è per gli utenti registrati.", "chrome.line_shape"),
        ("Hai salvato un nuovo articolo", "chrome.line_shape"),
        ("Trovi tutti gli articoli salvati nella tua area personale.", "chrome.line_shape"),
        ("Non hai un account? Registrati Accedi", "chrome.line_shape"),
        # a sign-in wall's offer (its sentences: test_a_sign_in_wall_under_the_lead_leaves_the_story_whole)
        ("View more offers", "chrome.newsletter"),
        # newsletter boxes: consent, title, schedule, promise
        ("By providing your email address, you agree to our Terms and Privacy Policy.", "chrome.newsletter"),
        ("Get daily Harbour news", "chrome.newsletter"),
        ("Monday to Friday at 6am", "chrome.newsletter"),
        ("Montag - Sonntag um 6.00 Uhr", "chrome.newsletter"),
        ("Werktags um 7 Uhr", "chrome.newsletter"),
        ("Der perfekte Start in den Tag mit Nachrichten aus dem Hafen.", "chrome.newsletter"),
        ("Starten Sie mit den wichtigsten Themen aus der Region in den Tag.", "chrome.newsletter"),
        # a trial offer set into an appeal
        (
            "Lesen Sie den Hafenboten: Testen Sie drei Wochen die gedruckte Zeitung. Sie kommt kostenlos "
            "zu Ihnen nach Hause.",
            "chrome.newsletter",
        ),
        # German comment sections
        ("Kommentare (0)", "chrome.comment_section"),
        ("Zu diesem Artikel wurden noch keine Kommentare verfasst.", "chrome.comment_section"),
        ("Neueste zuerst Älteste zuerst Beste Bewertung", "chrome.comment_section"),
        ("Diskussion anzeigen", "chrome.comment_widget"),
        ("Kommentare schließen", "chrome.comment_widget"),
    ],
)
def test_walls_players_and_widgets_are_chrome(judged, line, rule):
    assert judged(line) == (Label.CHROME, rule)


@pytest.mark.parametrize(
    "line",
    [
        # story sentences that share words with the widgets
        "The advertisement had not loaded the ferry company's reputation with goodwill, critics said.",
        "The video of the collapse was no longer available after the council asked for it to be removed.",
        "Residents said they would try refreshing the old harbour wall with lime mortar this summer.",
        "Advertisement revenue fell by 3 per cent last year, the paper's owner reported.",
        "The board will add the lifeboat station as a preferred source of volunteers for the festival.",
        "Fishermen who sign in or create an account on the port's website can book a berth online.",
        "The ferry sails Monday to Friday at 6am and twice on Saturdays, the operator said.",
        "Die Fähre fährt werktags um 7 Uhr ab, am Wochenende erst um neun, sagte der Betreiber.",
        "Der Gemeinderat will die Mühle testen lassen, bevor er in drei Wochen über den Umbau entscheidet.",
        "Zu diesem Thema gab es im Gemeinderat noch keine Diskussion, sagte die Bürgermeisterin.",
        "Salva la data: il porto festeggia i cento anni del faro a maggio.",
        "She saved the article about the lighthouse for her grandchildren.",
    ],
)
def test_story_sentences_about_the_same_things_stay(judged, line):
    assert judged(line)[0] == Label.UNDECIDED


STORY = [
    "Der Gemeinderat von Kellerbach hat am Dienstagabend beschlossen, die alte Mühle am Bach für zwei "
    "Millionen Euro zu sanieren. Die Arbeiten sollen im Herbst beginnen und etwa ein Jahr dauern.",
    "Bürgermeisterin Anke Roth sprach von einem wichtigen Tag für das Dorf. Die Opposition hätte das Geld "
    "lieber in den neuen Radweg entlang der Landstraße investiert, sagte ihr Sprecher am Mittwoch.",
    "Die Mühle war seit dem Hochwasser vor zehn Jahren geschlossen. Ein Verein will dort künftig ein kleines "
    "Museum über das Handwerk der Müller im Tal einrichten und Führungen für Schulklassen anbieten.",
]


def test_a_comment_section_under_the_story_ends_it():
    tail = [
        "Kommentare (0)",
        "Diskussion anzeigen",
        "Ihre Meinung ist uns wichtig!",
        "Wie denken Sie über die Mühle? Teilen Sie Ihre Meinung mit uns und den anderen Lesern.",
        "Neueste zuerst Älteste zuerst Beste Bewertung",
        "Zu diesem Artikel wurden noch keine Kommentare verfasst.",
    ]
    page = "\n\n".join(["Alte Mühle wird saniert", *STORY, *tail])
    article = newsclean.extract(page, kind="text")
    assert [b.text for b in article.blocks] == STORY


WALL = [
    "Create an account or sign in to continue with your reading experience.",
    "Unlimited online access to every story from our twelve harbour papers.",
    "Sign In or Create an Account",
    "If you are a home delivery print subscriber, online access is included in your plan.",
]

HARBOUR = [
    "The harbour board voted on Tuesday to rebuild the northern breakwater after winter storms tore a "
    "forty-metre gap in the old stone wall, the board's chair said after the meeting.",
    "Work is due to begin in April and to last about two years. Fishing boats will use the southern quay "
    "while the cranes stand on the breakwater, the harbour master told the board.",
    "The rebuilding will cost about twelve million pounds, most of it from a national coastal fund. The "
    "council will pay the rest from its reserves, its treasurer said on Wednesday.",
    "Skippers welcomed the plan but asked for a berth to be kept free for the lifeboat during the works. "
    "The board promised to answer their letter before the end of the month.",
]


def test_a_sign_in_wall_under_the_lead_leaves_the_story_whole():
    page = "\n\n".join(
        [
            "Harbour board votes to rebuild the breakwater",
            "By Nell Ashcombe",
            "Published March 3, 2026",
            HARBOUR[0],
            *WALL,
            *HARBOUR[1:],
        ]
    )
    article = newsclean.extract(page, kind="text")
    assert [b.text for b in article.blocks] == HARBOUR
    assert article.authors == ["Nell Ashcombe"]
    assert {r.text for r in article.removed if r.rule == "structure.sign_in_wall"} == set(WALL)


@pytest.mark.parametrize(
    "line",
    [
        "Erstellen Sie ein Konto oder melden Sie sich an, um weiterzulesen.",
        "Als Abonnent der gedruckten Zeitung ist der Digitalzugang in Ihrem Abo enthalten.",
        "Unbegrenzter Zugang zu allen Artikeln der Hafenzeitung.",
    ],
)
def test_german_sign_in_wall_lines_leave_the_story(line):
    page = "\n\n".join(["Alte Mühle wird saniert", STORY[0], line, STORY[1], STORY[2]])
    article = newsclean.extract(page, kind="text")
    assert [b.text for b in article.blocks] == STORY


def test_a_story_sentence_about_access_stays():
    line = "Fishermen who sign in or create an account on the port's website can book a berth online."
    page = "\n\n".join(["Harbour board votes to rebuild the breakwater", HARBOUR[0], line, *HARBOUR[1:]])
    article = newsclean.extract(page, kind="text")
    assert line in [b.text for b in article.blocks]


def test_the_unknown_buttons_of_a_share_bar_leave_the_story():
    bar = ["facebook", "twitter-x", "linkedin", "whatsapp", "mail", "print", "copy"]
    page = "\n\n".join(["Harbour board votes to rebuild the breakwater", HARBOUR[0], *bar, *HARBOUR[1:]])
    article = newsclean.extract(page, kind="text")
    assert [b.text for b in article.blocks] == HARBOUR
    assert {r.text for r in article.removed if r.rule == "structure.share_bar"} == {"twitter-x", "mail", "copy"}


def test_short_lines_of_a_story_are_no_share_bar():
    # a short list with one share-like word among its lines stays
    items = ["Tide tables", "Print", "Berth fees", "Lifeboat rota"]
    page = "\n\n".join(["Harbour board votes to rebuild the breakwater", HARBOUR[0], HARBOUR[1], *items, *HARBOUR[2:]])
    article = newsclean.extract(page, kind="text")
    kept = [b.text for b in article.blocks]
    assert "Tide tables" in kept and "Berth fees" in kept
    assert not [r for r in article.removed if r.rule == "structure.share_bar"]


@pytest.mark.parametrize("line", ["Paylaş", "ABONE OL", "Bağlantıyı kopyala"])
def test_turkish_share_and_subscribe_buttons_are_chrome(judged, line):
    assert judged(line) == (Label.CHROME, "chrome.share_widget")


@pytest.mark.parametrize(
    "line",
    [
        "Stay informed with the Harbour Ledger. Get in-depth reporting for only £5 a month. Subscribe now!",
        "Lokaljournalismus für nur 9,99 € im Monat – jetzt abonnieren!",
    ],
)
def test_a_subscription_pitch_closing_with_its_call_is_chrome(judged, line):
    assert judged(line) == (Label.CHROME, "chrome.newsletter")


def test_a_sentence_about_subscribing_stays(judged):
    line = "The council urged residents to sign up now for the new flood alerts before the winter storms."
    assert judged(line)[0] == Label.UNDECIDED


def test_links_under_a_label_the_page_repeats_leave_the_story():
    # a read-also label in a language the rule data does not cover, set off by a bar
    links = [
        "LEES OOK HIER | Ferry crews vote to strike",
        "LEES OOK HIER | Lighthouse reopens to visitors",
        "LEES OOK HIER | Pier café opens on Sundays",
    ]
    page = "\n\n".join(
        [
            "Harbour board votes to rebuild the breakwater",
            "By Nell Ashcombe",
            HARBOUR[0],
            HARBOUR[1],
            links[0],
            links[1],
            HARBOUR[2],
            links[2],
            HARBOUR[3],
        ]
    )
    article = newsclean.extract(page, kind="text")
    assert [b.text for b in article.blocks] == HARBOUR


def test_a_label_used_twice_stays():
    lines = ["Quay 1 | Ferry berth", "Quay 1 | Fuel dock"]
    page = "\n\n".join(["Harbour board votes to rebuild the breakwater", HARBOUR[0], *lines, *HARBOUR[1:]])
    article = newsclean.extract(page, kind="text")
    assert not [r for r in article.removed if r.rule == "structure.repeated_label"]


OFFER = [
    "Subscribe now to read the latest news from the coast and across the country.",
    "Exclusive columns from our harbour desk, our courts reporter and others.",
    "A digital replica of the printed paper, to read on any device.",
    "Daily crosswords and word games.",
    "Sign In or Create an Account",
    "Email Address",
    "Continue",
    "View more offers",
]


def test_the_benefit_lines_of_a_subscription_offer_leave_the_story():
    page = "\n\n".join(["Harbour board votes to rebuild the breakwater", HARBOUR[0], *OFFER, *HARBOUR[1:]])
    article = newsclean.extract(page, kind="text")
    assert [b.text for b in article.blocks] == HARBOUR
    boxed = {r.text for r in article.removed if r.rule == "structure.wall_box"}
    assert boxed == {OFFER[1], OFFER[2], OFFER[3], "Email Address", "Continue"}


def test_story_prose_between_two_wall_lines_stays():
    page = "\n\n".join(
        ["Harbour board votes to rebuild the breakwater", HARBOUR[0], OFFER[0], HARBOUR[1], OFFER[4], *HARBOUR[2:]]
    )
    article = newsclean.extract(page, kind="text")
    assert [b.text for b in article.blocks] == HARBOUR
    assert not [r for r in article.removed if r.rule == "structure.wall_box"]


MILL = [
    "Die alte Mühle am Fluss wird ab dem Frühjahr saniert. Der Gemeinderat hat am Dienstag "
    "die Mittel freigegeben, wie der Bürgermeister nach der Sitzung mitteilte.",
    "Die Arbeiten sollen rund zwei Jahre dauern. Das Mühlrad wird in einer Werkstatt im "
    "Nachbarort restauriert und danach wieder eingesetzt.",
    "Der Heimatverein will die Mühle nach der Sanierung für Führungen öffnen. Schulklassen "
    "sollen dort sehen können, wie früher Mehl gemahlen wurde.",
]


def test_a_tariff_box_closed_by_a_shop_button_leaves_the_story_its_intro_stays():
    intro = "Der Tarif im Überblick:"
    box = [
        "20 GB Datenvolumen",
        "Allnet-Flat in alle Netze",
        "Laufzeit: 24 Monate",
        "Grundgebühr: mtl. 9,99 Euro",
        "Jetzt bei Funkhafen abschließen",
    ]
    page = "\n\n".join(["Alte Mühle wird saniert", MILL[0], intro, *box, MILL[1], MILL[2]])
    article = newsclean.extract(page, kind="text")
    assert [b.text for b in article.blocks] == [MILL[0], intro, MILL[1], MILL[2]]
    assert {r.text for r in article.removed if r.rule == "structure.shop_box"} == set(box)


def test_a_product_box_with_pros_cons_and_price_leaves_the_story():
    box = ["Leichtes Gehäuse", "Helles Display", "Kurze Akkulaufzeit", "149 €119,90 €", "zu Marktplatz"]
    page = "\n\n".join(["Alte Mühle wird saniert", MILL[0], MILL[1], *box, MILL[2]])
    article = newsclean.extract(page, kind="text")
    assert [b.text for b in article.blocks] == MILL


def test_short_lines_over_a_shop_like_line_without_a_price_stay():
    lines = ["Wer hilft mit?", "Der Heimatverein sucht Freiwillige", "Zu Hause"]
    page = "\n\n".join(["Alte Mühle wird saniert", MILL[0], MILL[1], *lines, MILL[2]])
    article = newsclean.extract(page, kind="text")
    assert not [r for r in article.removed if r.rule == "structure.shop_box"]


def test_a_paragraph_under_a_story_continues_notice_stays_above_a_video_playlist():
    lone = ("Rebuilding the quay wall in stone has become the board's first aim, though the quarry "
            "can deliver only part of the blocks before the autumn.")
    playlist = [
        "Ferry crews vote to strike over weekend rotas",
        "Lifeboat crew rescues two kayakers off the point",
        "Coastal path reopens after the landslip is cleared",
        "Seal pup returned to the sea after six weeks in care",
    ]
    page = "\n\n".join(
        [
            "Harbour board votes to rebuild the breakwater",
            HARBOUR[0],
            "STORY CONTINUES BELOW ADVERTISEMENT",
            HARBOUR[1],
            "STORY CONTINUES BELOW ADVERTISEMENT",
            lone,
            "Harbour wall breached by the storm",
            "More videos",
            *playlist,
            *HARBOUR[2:],
        ]
    )
    article = newsclean.extract(page, kind="text")
    body = [b.text for b in article.blocks]
    assert lone in body
    assert not set(playlist) & set(body)
    assert {r.rule for r in article.removed if r.text == "STORY CONTINUES BELOW ADVERTISEMENT"} == {"chrome.line_shape"}


@pytest.mark.parametrize(
    "caption,credit",
    [
        ("Pictured from left, are skippers Ann Lee, from the north quay, and Tom Reed, from the south basin.",
         "Image: Nell Ashcombe"),
        ("Pictured right, is harbour master Ann Lee, speaking to the board's chair at the meeting.",
         "Image: Nell Ashcombe"),
    ],
)
def test_a_caption_naming_who_is_in_the_picture_over_its_credit_leaves_the_story(caption, credit):
    page = "\n\n".join(["Harbour board votes to rebuild the breakwater", HARBOUR[0], caption, credit, *HARBOUR[1:]])
    article = newsclean.extract(page, kind="text")
    assert [b.text for b in article.blocks] == HARBOUR
    assert caption in article.captions


def test_a_german_caption_naming_who_is_in_the_picture_leaves_the_story():
    caption = "Von links: Bürgermeisterin Anna Lehmann und Müller Tom Reder vor dem alten Mühlrad."
    page = "\n\n".join(["Alte Mühle wird saniert", MILL[0], caption, "Foto: Nina Berg", MILL[1], MILL[2]])
    article = newsclean.extract(page, kind="text")
    assert [b.text for b in article.blocks] == MILL


def test_a_story_sentence_opening_with_pictured_and_no_credit_stays():
    line = ("Pictured with the board's chair in the harbour office, the skippers said they would "
            "write to the minister before the end of the month.")
    page = "\n\n".join(["Harbour board votes to rebuild the breakwater", HARBOUR[0], line, *HARBOUR[1:]])
    article = newsclean.extract(page, kind="text")
    assert line in [b.text for b in article.blocks]


def test_the_guarded_wall_patterns_answer_as_their_one_alternation():
    from newsclean import rules
    from newsclean.stages.structure import _is_wall, _wall_literals, _wall_patterns

    union = rules.combined("sign_in_wall_patterns")
    lines = [
        "Create an account or sign in to continue reading.",
        "Log in or create a free account to read on",
        "Erstellen Sie ein kostenloses Konto oder melden Sie sich an, um weiterzulesen.",
        "Enjoy unlimited digital access for one dollar a week.",
        "If you are a home delivery subscriber, your digital access is included.",
        "The harbour board said the account of the storm was accurate.",
        "Unlimited patience, the ferry captain said, is the job's first rule.",
        "Der Zugang zum Hafen bleibt oder wird im Winter gesperrt.",
    ]
    walls = _wall_patterns()
    assert all(guard for _, guard in walls)  # every shipped wall pattern has a guard
    for line in lines:
        expected = union.match(line) is not None
        assert _is_wall(line, walls) == expected and _is_wall(line, walls, _wall_literals()) == expected, line
