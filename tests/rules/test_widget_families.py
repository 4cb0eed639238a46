"""Chrome wording added for the languages of the fundus-dev set: read-also links set into a
story (no, da, sv, pl), the consent placeholder of an embedded post and donation appeals (de)."""

from __future__ import annotations

import pytest

import newsclean

STORY = [
    "Der Gemeinderat von Kellerbach hat am Dienstagabend beschlossen, die alte Mühle am Bach für zwei "
    "Millionen Euro zu sanieren. Die Arbeiten sollen im Herbst beginnen und etwa ein Jahr dauern.",
    "Bürgermeisterin Anke Roth sprach von einem wichtigen Tag für das Dorf. Die Opposition hätte das Geld "
    "lieber in den neuen Radweg entlang der Landstraße investiert, sagte ihr Sprecher am Mittwoch.",
    "Die Mühle war seit dem Hochwasser vor zehn Jahren geschlossen. Ein Verein will dort künftig ein kleines "
    "Museum über das Handwerk der Müller im Tal einrichten und Führungen für Schulklassen anbieten.",
]

LINES = [
    "Les også: Fergen får ny rute til øya fra mai",
    "Læs også: Ny bro over havnen åbner i juni",
    "Läs också: Färjan får ny tidtabell i maj",
    "Czytaj także: Nowy most w porcie otwarty",
    "Empfohlener redaktioneller Inhalt",
    "An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt.",
    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene "
    "Daten an Drittplattformen übermittelt werden.",
    "YouTube-Inhalte erlauben",
    "Unabhängiger Journalismus braucht deine Unterstützung.",
    "Jetzt spenden",
]


@pytest.mark.parametrize("line", LINES)
def test_the_widget_line_between_story_paragraphs_is_chrome(line):
    page = "\n\n".join(["Alte Mühle wird saniert", STORY[0], STORY[1], line, STORY[2]])
    article = newsclean.extract(page, kind="text")
    body = [b.text for b in article.blocks]
    assert line not in body
    assert body == STORY
    assert any(r.text == line for r in article.removed)


@pytest.mark.parametrize("sentence", [
    "Les også boka hans, sa hun, og smilte.",            # the words without the colon of a link label
    "Der Inhalt der Mühle wird an dieser Stelle gezeigt, sagte die Bürgermeisterin.",
    "Jetzt spenden die Bürger für die Mühle, sagte Roth.",
])
def test_sentences_with_the_same_words_stay(sentence):
    page = "\n\n".join(["Alte Mühle wird saniert", STORY[0], sentence, STORY[1], STORY[2]])
    article = newsclean.extract(page, kind="text")
    assert sentence in [b.text for b in article.blocks]
