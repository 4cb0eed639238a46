"""Chrome that modern pages leak into the story (issue 13, 5d): donation and trial offers,
consent placeholders for embedded content, subscription-device notices, video duration and
availability lines, rating widgets, tip lines; and on older blog pages, feed links, utility
rows and comment form fields. Every line here is invented."""

import pytest

from newsclean.document import Label


@pytest.mark.parametrize(
    "line, rule",
    [
        # consent placeholders for embedded content
        ("Empfohlener redaktioneller Inhalt", "chrome.line_shape"),
        ("An dieser Stelle finden Sie einen externen Inhalt von Vimeo, der den Bericht ergänzt.", "chrome.line_shape"),
        ("Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.", "chrome.line_shape"),
        ("VIMEO-INHALTE ERLAUBEN", "chrome.line_shape"),
        ("Externe Inhalte laden", "chrome.line_shape"),
        ("Link zum Instagram-Beitrag", "chrome.line_shape"),
        ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", "chrome.line_shape"),
        ("To view this content, please allow cookies from the video platform.", "chrome.line_shape"),
        ("We need your consent to load this social media content.", "chrome.line_shape"),
        ("Allow third-party content", "chrome.line_shape"),
        ("Pour afficher ce contenu, vous devez accepter les cookies de la plateforme.", "chrome.line_shape"),
        ("Para ver este contenido, acepta las cookies de terceros.", "chrome.line_shape"),
        ("Per visualizzare questo contenuto è necessario accettare i cookie.", "chrome.line_shape"),
        ("Para ver este conteúdo, aceite os cookies de terceiros.", "chrome.line_shape"),
        ("Om deze inhoud te bekijken moet je cookies accepteren.", "chrome.line_shape"),
        # donation and membership appeals
        ("Support independent journalism", "chrome.newsletter"),
        ("Local reporting depends on your support. Give what you can.", "chrome.newsletter"),
        ("Make a one-time donation", "chrome.newsletter"),
        ("Please support the Harbour Ledger so we can continue reporting from the quay.", "chrome.newsletter"),
        ("A note to our loyal readers", "chrome.newsletter"),
        ("Unabhängiger Journalismus braucht deine Unterstützung.", "chrome.newsletter"),
        ("Jetzt spenden", "chrome.newsletter"),
        ("Soutenez notre rédaction", "chrome.newsletter"),
        ("Apoya el periodismo de calidad", "chrome.newsletter"),
        ("Sostieni il giornalismo indipendente", "chrome.newsletter"),
        ("Apoie o jornalismo independente", "chrome.newsletter"),
        ("Steun onafhankelijke journalistiek", "chrome.newsletter"),
        # trial offers
        ("Start your free trial", "chrome.newsletter"),
        ("4 weeks for £1, then £5.99 a month", "chrome.newsletter"),
        ("2 Wochen kostenlos testen", "chrome.newsletter"),
        ("30 Tage für 0,99 € lesen", "chrome.newsletter"),
        ("Essai gratuit pendant un mois", "chrome.newsletter"),
        ("Prueba gratis durante 30 días", "chrome.newsletter"),
        ("Prova gratis per un mese", "chrome.newsletter"),
        ("Experimente grátis por 7 dias", "chrome.newsletter"),
        ("Probeer 4 weken gratis", "chrome.newsletter"),
        # the subscription in use on another device
        ("Your subscription is being used on another device.", "chrome.newsletter"),
        ("Ihr Abo wird gerade auf einem anderen Gerät genutzt.", "chrome.newsletter"),
        ("Votre abonnement est utilisé sur un autre appareil.", "chrome.newsletter"),
        ("Tu suscripción se está usando en otro dispositivo.", "chrome.newsletter"),
        ("Il tuo abbonamento è in uso su un altro dispositivo.", "chrome.newsletter"),
        ("Sua assinatura está sendo usada em outro dispositivo.", "chrome.newsletter"),
        ("Je abonnement wordt gebruikt op een ander apparaat.", "chrome.newsletter"),
        # video duration and availability
        ("Video | 02:45", "chrome.line_shape"),
        ("Video verfügbar bis 12.05.2027", "chrome.line_shape"),
        ("Dauer: 3:12 Min.", "chrome.line_shape"),
        ("Available until 30 June 2027", "chrome.line_shape"),
        ("Duration: 4:05", "chrome.line_shape"),
        ("Vidéo disponible jusqu'au 3 mai 2027", "chrome.line_shape"),
        ("Duración: 2:30", "chrome.line_shape"),
        # a rating widget, a tip line
        ("Wie hat Ihnen dieser Artikel gefallen?", "chrome.line_shape"),
        ("Rate this post", "chrome.line_shape"),
        ("Got a tip for us? Write to the news desk.", "chrome.line_shape"),
        # blog templates: feed links, utility rows, update offers
        ("Subscribe to:", "chrome.line_shape"),
        ("Post Comments (Atom)", "chrome.line_shape"),
        ("Adjust text size:", "chrome.line_shape"),
        ("Free Updates by Email", "chrome.line_shape"),
        ("Harbour RSS Feed", "chrome.line_shape"),
        ("212 hits · Link to this article · Print article · Send to friend", "chrome.line_shape"),
        ("Print | E-mail | Comments (3)", "chrome.line_shape"),
        # a sign-up form's messages, a comment box's guidelines, a like button's question
        ("Please tick the consent box to continue.", "chrome.newsletter"),
        ("Thanks for signing up! Look out for the first issue on Friday.", "chrome.newsletter"),
        ("When commenting, please keep to the topic and be civil to other readers.", "chrome.line_shape"),
        ("Like this story? Share it with a friend", "chrome.line_shape"),
        # an appeal to join the portal's messaging channel, a follow label over its network buttons
        ("Morgens und abends die wichtigsten News: Abonniere den Whatsapp-Kanal vom Hafenboten.", "chrome.line_shape"),
        ("Abonnieren Sie unseren Telegram-Kanal", "chrome.line_shape"),
        ("Join our WhatsApp channel for the latest harbour news", "chrome.line_shape"),
        ("Follow Harbour Ledger:", "chrome.line_shape"),
        ("Follow us on socials:", "chrome.line_shape"),
        # share and save buttons in Danish, Norwegian and Swedish
        ("Del artiklen", "chrome.share_widget"),
        ("Gem på læseliste", "chrome.share_widget"),
        ("Lytt til artikkelen", "chrome.share_widget"),
        ("Dela", "chrome.share_widget"),
        ("Kopiera länk", "chrome.share_widget"),
    ],
)
def test_appeals_placeholders_and_utility_lines_are_chrome(judged, line, rule):
    assert judged(line)[1] == rule


def test_a_comment_form_field_opens_the_comment_section(judged):
    assert judged("Mail (will not be published) (required)") == (Label.CHROME, "chrome.comment_section")


@pytest.mark.parametrize(
    "line",
    [
        # story sentences that share words with the widgets
        "The charity said independent journalism needs stronger legal protection, not donations alone.",
        "Donations to the lifeboat fund rose by a third after the storm, the trustees said on Monday.",
        "Residents can test the new ferry timetable free for two weeks before the fares change.",
        "Das Gericht will den Inhalt der Verträge bis zum Sommer prüfen lassen, sagte eine Sprecherin.",
        "The video, which lasts three minutes, shows the harbour wall giving way at high tide.",
        "She said the subscription model had been used on another continent with mixed results.",
        "Readers who print the form can send it to the council by post before the end of the month.",
        "Text size matters less than contrast, the designers of the new signs argued.",
        "Duration of the works will depend on the weather, the board said.",
        "Pour afficher son soutien, la maire a hissé le drapeau du port.",
        "Der Verein will einen eigenen Kanal für die Fähre graben lassen, sagte der Vorsitzende.",
        "Follow these steps:",
        "Del 2",
    ],
)
def test_story_sentences_about_the_same_things_stay(judged, line):
    assert judged(line)[0] == Label.UNDECIDED


@pytest.mark.parametrize(
    "line, rule",
    [
        # older blog templates: trackbacks, comment counters and platforms open the comments
        ("TrackBack", "chrome.comment_section"),
        ("TrackBack URL for this entry:", "chrome.comment_section"),
        ("Listed below are links to weblogs that reference Harbour walls and winter storms:", "chrome.comment_section"),
        ("{ 14 comments… read them below or add one }", "chrome.comment_section"),
        ("blog comments powered by Disqus", "chrome.comment_section"),
        ("Reader Comments (3)", "chrome.comment_section"),
        # comment form messages, bookmarking rows, closing invitations, platform credits, link labels
        ("Your comment could not be posted. Error type:", "chrome.line_shape"),
        ("Be the first to comment on this article", "chrome.line_shape"),
        ("Digg this | Save to del.icio.us", "chrome.line_shape"),
        ("Share this page Pin It", "chrome.line_shape"),
        ("Did you like it? Then subscribe to our feed!", "chrome.line_shape"),
        ("Powered by Harbourpress", "chrome.line_shape"),
        ("Jobs powered by Quayside Careers", "chrome.line_shape"),
        ("View the full gallery »", "chrome.line_shape"),
        ("Research new boats »", "chrome.line_shape"),
        ("Be the first to like this.", "chrome.share_widget"),
        ("View my complete profile", "chrome.share_widget"),
        ("Continue reading the main story", "chrome.share_widget"),
        ("AdChoices", "chrome.share_widget"),
        ("Previous posts", "chrome.section_header"),
    ],
)
def test_blog_template_lines_are_chrome(judged, line, rule):
    assert judged(line)[1] == rule


@pytest.mark.parametrize(
    "line",
    [
        "The new ferry is powered by batteries charged at the quay overnight.",
        "« C'est la fin d'une époque »",
        "Readers sent 14 comments to the council before the vote, the clerk said.",
        "The trackback to the harbour was closed for repairs all summer.",
    ],
)
def test_story_lines_like_blog_chrome_stay(judged, line):
    assert judged(line)[0] == Label.UNDECIDED
