# ruff: noqa: E501  (invented story paragraphs are one line each, as a page prints them)
"""A coverage grid of the date lines news sites print, in the languages of fundus-dev.

Each form is checked three ways: the line reads as a date stamp (looks_like_date_line), the
stamp's published date is the right day (parse_stamp, parse_date), and a small invented
text page (headline, date line, byline, three story paragraphs) comes out of extract()
with that date. Every line here is written for this test (no page text of any benchmark);
the day is Tuesday 12 March 2024 throughout, so that a swapped day and month shows.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsclean import extract
from newsclean.metadata.dates import looks_like_date_line, page_dayfirst, parse_date, parse_stamp

DAY = date(2024, 3, 12)
UPDATED_DAY = date(2024, 3, 13)
REFERENCE = datetime(2024, 3, 20, 12, 0)

# (language, date line) -> the published day is DAY
FORMS: dict[str, list[str]] = {
    "en": [
        "4 min read12 March 2024",  # a reading time glued to the day
        "Originally published March 12, 2024",
        "March 12, 2024",
        "Mar 12, 2024",
        "Mar. 12, 2024",
        "12 March 2024",
        "12 Mar 2024",
        "Tuesday, March 12, 2024",
        "Tue, Mar 12, 2024",
        "Tuesday 12 March 2024",
        "Published March 12, 2024",
        "Published: 12 March 2024",
        "Published on March 12, 2024 at 2:05 pm",
        "Published 12 March 2024, 14:05 GMT",
        "Posted: Tue 12 Mar 2024 14.05 GMT",
        "March 12, 2024 2:05 PM ET",
        "March 12, 2024 at 2:05 p.m. EDT",
        "Published 2:05 PM EDT, Tue March 12, 2024",
        "Updated 4:10 PM EDT, Wed March 13, 2024 | Published 2:05 PM EDT, Tue March 12, 2024",
        "Published March 12, 2024 Updated March 13, 2024",
        "12/03/2024 14:05",
        "2024-03-12",
        "2024-03-12 14:05",
        "12.03.2024",
        "March 12th, 2024",
        "Published 12 March 2024 · 4 min read",
        "12 March 2024 • 14:05",
        "Tue 12 Mar 2024 14.05 GMT",
        "Tue 12 Mar 2024 14.05 GMT",
        "12 March 2024 • 2:05pm",
        "Mar 12, 2024, 2:05 PM",
        "March 12, 2024 / 2:05 PM",
        "Published: 14:05 GMT, 12 March 2024",
        "14:05, 12 Mar 2024",
        "12 March 2024 — 2.05pm",
        "Tuesday March 12 2024, 2:05 pm",
        "12th March 2024",
        "March 12 2024",
        "PUBLISHED: 14:05, 12 March 2024",
        "12-Mar-2024",
        "2024-03-12T14:05:00+01:00",
        "12 Mar, 2024 14:05 IST",
        "Mar 12, 2024 | 02:05 PM IST",
        "Published Mar 12, 2024 • Last updated 1 day ago",
        "Tue 12 March 2024 at 2:05 pm",
        "Posted on 12th March 2024",
        "12 March, 2024",
        "First published on Tue 12 Mar 2024 14.05 GMT",
        "Tue, 12 Mar 2024 14:05:00 +0100",
        "12 Mar 2024 2:05PM",
        "March 12, 2024 at 14:05 CET",
        "Tuesday, 12 March 2024 at 14:05 CET",
        "12 March 2024 at 14:05 CET",
        "12.03.2024 14:05 (GMT+3)",
        "12/3/2024 - 14:05",
        "Tue 12 Mar 2024 // 14:05 UTC",
        "12 Mar 2024, 14:05 CET",
        "Published 12 Mar 2024, 2:05 p.m. CET",
        "March 12, 2024 — 2:05 PM",
        "12 March 2024 | Reading time: 4 minutes",
        "12 March 2024 · 5 min read",
        "12th of March 2024",
        "Mar 12 '24",
        "12 Mar '24",
        "Tuesday 12th March, 2024",
        "MARCH 12, 2024",
        "12 MARCH 2024",
    ],
    "de": [
        "Zuerst veröffentlicht am 12.03.2024",
        "Erstmals erschienen am 12. März 2024",
        "Online seit 12.03.2024, 14:05 Uhr",
        "Veröffentlicht am 12.03.24",  # a two-digit year after the cue alone
        "Di., 12.03.24",
        "12. März 2024",
        "12. März 2024, 14:05 Uhr",
        "12.03.2024",
        "12.03.2024, 14:05 Uhr",
        "12.03.2024 - 14:05",
        "12.3.2024",
        "12.03.24, 14:05 Uhr",
        "Dienstag, 12. März 2024",
        "Di, 12.03.2024",
        "Di., 12.03.2024, 14.05 Uhr",
        "Dienstag, 12.03.2024, 14:05 Uhr",
        "Veröffentlicht am 12.03.2024",
        "Veröffentlicht am 12. März 2024 um 14:05 Uhr",
        "Veröffentlicht: 12.03.2024, 14:05 Uhr",
        "Erstellt: 12.03.2024, 14:05 Uhr",
        "12. Mär. 2024",
        "12. Mrz. 2024",
        "Publiziert 12. März 2024, 14.05 Uhr",
        "12.03.2024 | 14:05 Uhr",
        "Veröffentlicht am 12.03.2024 | Lesedauer: 3 Minuten",
        "12. März 2024 um 14:05 Uhr",
        "12.03.2024 um 14:05 Uhr",
        "Di 12.03.2024 - 14:05",
        "12.3.2024, 14.05 Uhr",
        "Dienstag, 12. März 2024, 14.05 Uhr",
        "12. März 2024, 14:05 Uhr | Lesezeit: 3 Min.",
        "12.03.2024 / 14:05",
        "12 Mär 2024",
        "Di, 12. März 2024 um 14:05 Uhr",
        "12. März 2024 · 14:05",
        "Publiziert: 12.03.2024, 14:05",
        "12.03.2024 | Lesedauer: 4 Min.",
        "12. März 2024 | 14:05 Uhr | Lesezeit 2 min",
        "Dienstag, 12.03.2024 | 14:05 Uhr",
        "12.03.2024 – 14:05",
        "12.03.2024, 14:05 Uhr – Aktualisiert: 13.03.2024, 09:10 Uhr",
    ],
    "fr": [
        "Mis en ligne le 12 mars 2024 à 14h05",
        "Paru le 12 mars 2024",
        "12 mars 2024",
        "Publié le 12 mars 2024 à 14h05",
        "Publié le 12/03/2024 à 14h05",
        "Publié le mardi 12 mars 2024 à 14:05",
        "Publié le 12/03/2024 à 14h05, mis à jour le 13/03/2024 à 09h10",
        "mardi 12 mars 2024",
        "Le 12 mars 2024 à 14h05",
        "12 mars 2024 à 14h05",
        "Publié le 12 mars 2024 à 14 h 05",
        "Publié le 12/03/2024 à 14h05 Mis à jour le 13/03/2024 à 09h10",
        "12 mars 2024 à 14h05 - Mis à jour à 15h00",
        "Publié le 12 mars 2024 à 14:05 (heure de Paris)",
        "12 mars 2024, 14 h 05",
        "Publié le 12 mars 2024 à 14h05 · Lecture 3 min.",
        "Mis à jour le 13 mars 2024 à 09h10 · Publié le 12 mars 2024 à 14h05",
    ],
    "es": [
        "Fecha de publicación: 12/03/2024 14:05",
        "Publicado a las 14:05 del 12/03/2024",
        "Creado: 12/03/2024 14:05",
        "12 de marzo de 2024",
        "12 de marzo de 2024 - 14:05",
        "Publicado el 12 de marzo de 2024",
        "Publicado el 12/03/2024 a las 14:05",
        "martes, 12 de marzo de 2024",
        "12 mar. 2024 - 14:05 CET",
        "12/03/2024 14:05 h",
        "martes, 12 de marzo de 2024, 14:05",
        "12.03.2024 | 14:05",
        "Publicado: 12 mar 2024 14:05 CET",
        "Publicado el martes, 12 de marzo de 2024, 14:05",
        "12/03/2024 - 14:05 h.",
        "martedì 12 marzo 2024 ore 14:05",
        "Martes 12 de Marzo del 2024",
        "12 de marzo del 2024",
        "el 12 de marzo de 2024 a las 14:05 h",
    ],
    "it": [
        "Data di pubblicazione: 12/03/2024 14:05",
        "Pubblicato alle 14:05 del 12 marzo 2024",
        "Pubblicazione: 12 marzo 2024",
        "12 marzo 2024",
        "12 Marzo 2024",
        "Pubblicato il 12 marzo 2024",
        "Pubblicato il 12/03/2024 alle 14:05",
        "martedì 12 marzo 2024",
        "12 marzo 2024 ore 14:05",
        "12/03/2024 - 14:05",
        "12 mar 2024",
        "12 marzo 2024 (modifica il 13 marzo 2024 | 09:10)",
        "Pubblicato il: 12/03/2024 14:05",
        "Martedì 12 Marzo 2024, 14:05",
        "Pubblicato: 12 Mar 2024 - 14:05",
        "Pubblicato il 12 Marzo 2024 - 14:05",
        "12 mar 2024 alle 14:05",
    ],
    "pt": [
        "12 de março de 2024",
        "12/03/2024 14h05",
        "12/03/2024 - 14h05",
        "Publicado em 12/03/2024 às 14:05",
        "Publicado em 12 de março de 2024 às 14h05",
        "terça-feira, 12 de março de 2024",
        "12 mar 2024, 14:05",
        "12.03.2024 às 14:05",
        "12/03/2024 14h05 Atualizado há 2 horas",
        "Publicado em 12/03/2024 - 14:05",
        "12 mar 2024 - 14h05",
        "12/03/2024 às 14h05",
        "Publicado em 12 de março de 2024 às 14:05 - Atualizado em 13 de março de 2024 às 09:10",
        "12 de março de 2024 | 14:05",
    ],
    "nl": [
        "3 min leestijd12 maart 2024",  # a reading time glued to the day
        "Geplaatst op 12 maart 2024",
        "Geplaatst: 12-03-2024 14:05",
        "Verschenen op 12 maart 2024",
        "12 maart 2024",
        "12 maart 2024, 14:05",
        "di 12 mrt 2024",
        "dinsdag 12 maart 2024, 14:05",
        "Gepubliceerd op 12 maart 2024",
        "Gepubliceerd: 12-03-2024, 14:05",
        "12-03-24, 14:05",
        "12 mrt. 2024 om 14:05",
        "12-03-2024 14:05",
        "di 12 mrt 2024 om 14:05",
        "di 12 maart 2024 om 14:05",
        "Gepubliceerd op: dinsdag 12 maart 2024 | 14:05",
    ],
    "da": [
        "12. marts 2024",
        "12. marts 2024 kl. 14.05",
        "Udgivet 12. marts 2024",
        "Publiceret 12.03.2024 kl. 14:05",
        "tirsdag 12. marts 2024",
        "tirsdag d. 12. marts 2024 kl. 14.05",
        "12.3.2024",
        "tirs. 12. marts 2024",
        "12.03.2024 kl. 14:05",
    ],
    "no": [
        "Først publisert 12. mars 2024",
        "Publisert 12.03.24",  # a two-digit year after the cue alone
        "12. mars 2024",
        "Publisert 12.03.2024 14:05",
        "Publisert: 12. mars 2024 kl. 14.05",
        "Publisert tirsdag 12. mars 2024 kl. 14.05",
        "12.03.2024 kl. 14.05",
        "Publisert 12.03.24 kl. 14:05",
        "Publisert: 12. mars 2024 kl. 14:05 Sist oppdatert: 13. mars 2024 kl. 09:10",
        "tir. 12. mars 2024",
        "Publisert 12.03.2024 kl. 14:05 | Oppdatert 13.03.2024 kl. 09:10",
        # (a time with a dot right after the date, without "kl.")
        "12.03.2024 14.05",
        "tirsdag 12.03.2024, 14.05",
    ],
    "sv": [
        "Publicerades 12 mars 2024",
        "12 mars 2024",
        "Publicerad 12 mars 2024",
        "Publicerad 12 mars 2024 kl. 14.05",
        "Publicerad 2024-03-12 14:05",
        "tisdag 12 mars 2024",
        "Publicerad idag 14:05 · 12 mars 2024",
        "12 mars 2024 14:05",
        "Publicerad 12 mars 2024 kl 14.05",
        "tis 12 mar 2024 kl 14.05",
        "Publicerad 12 mars 2024 kl. 14:05 · Uppdaterad 13 mars 2024 kl. 09:10",
        "Publicerad 2024-03-12 kl. 14.05",
    ],
    "pl": [
        "Opublikowany: 12 marca 2024",
        "Dodane: 12.03.2024 14:05",
        "12 marca 2024",
        "12 marca 2024, 14:05",
        "Opublikowano: 12.03.2024, 14:05",
        "Opublikowano 12 marca 2024 14:05",
        "wtorek, 12 marca 2024",
        "12.03.2024 14:05",
        "12 mar 2024",
        "Data publikacji: 12.03.2024",
        "Dodano: 12.03.2024 14:05",
        "12 mar 2024, 14:05",
        "Data dodania: 12.03.2024",
        "wt., 12.03.2024 14:05",
        "12 mar. 2024",
        "12 marca 2024 r.",
        "12.03.2024 r., 14:05",
        "wtorek, 12 marca 2024 r. 14:05",
    ],
    "ru": [
        "Опубликован 12 марта 2024",
        "Размещено 12.03.2024 в 14:05",
        "12 марта 2024",
        "12 марта 2024 года",
        "12 марта 2024, 14:05",
        "Опубликовано: 12 марта 2024, 14:05",
        "12.03.2024 14:05",
        "Опубликовано 12.03.2024 в 14:05",
        "вторник, 12 марта 2024",
        "12 марта 2024 г.",
        "14:05, 12 марта 2024",
        "12 мар 2024",
        "12 мар. 2024, 14:05",
        "Дата публикации: 12.03.2024",
        "вт, 12 марта 2024, 14:05",
        "12 марта 2024, 14:05 | Обновлено 13 марта 2024, 09:10",
        "Опубликовано 12 марта 2024, 14:05 МСК",
        "12.03.2024г.",
    ],
    "tr": [
        "Yayımlanma: 12.03.2024 14:05",
        "Yayımlanma Tarihi: 12 Mart 2024",
        "12.03.2024 saat 14:05",
        "Eklenme Tarihi: 12.03.2024",
        "12 Mart 2024",
        "12 Mart 2024 14:05",
        "12.03.2024 14:05",
        "Yayınlanma: 12.03.2024 - 14:05",
        "Yayınlanma Tarihi: 12 Mart 2024 Salı 14:05",
        "12 Mart 2024, Salı 14:05",
        "Giriş: 12.03.2024 - 14:05",
        "12 Mart 2024 Salı",
        "Oluşturulma Tarihi: 12 Mart 2024 14:05",
        "Giriş: 12 Mart 2024, 14:05 Güncelleme: 13 Mart 2024, 09:10",
        "12 Mart 2024 - 14:05",
        "Yayın Tarihi: 12.03.2024 14:05",
        "12 Mart 2024 Salı, 14:05",
        "12.03.2024 Salı 14:05",
        "12 Mar 2024",
        "12 MART 2024",
        "12 Mart 2024 Salı 14:05:33",
    ],
    "id": [
        "Diterbitkan pada 12 Maret 2024",
        "Dipublikasikan pada Selasa, 12 Maret 2024 14:05 WIB",
        "Tayang: Selasa, 12 Maret 2024 14:05 WIB",
        "12 Maret 2024",
        "Selasa, 12 Maret 2024 14:05 WIB",
        "Selasa, 12 Mar 2024 14:05 WIB",
        "Diterbitkan 12 Maret 2024",
        "12/03/2024, 14:05 WIB",
        "Selasa, 12/03/2024 14:05 WIB",
        "Selasa, 12 Maret 2024 - 14:05 WIB",
        "Selasa, 12 Maret 2024 | 14:05 WIB",
        "Selasa, 12 Mar 2024 - 14:05",
        "Selasa 12 Maret 2024, 14:05 WIB",
        "Selasa, 12 Mar 2024 14:05 WIB | Diperbarui 13 Mar 2024 09:10 WIB",
    ],
    "ja": [
        "2024年3月12日",
        "2024年3月12日 14時05分",
        "2024年3月12日 14:05",
        "2024年3月12日(火) 14:05",
        "2024年3月12日（火）14時05分",
        "2024/03/12 14:05",
        "2024/3/12 14:05",
        "公開日：2024年3月12日",
        "配信 2024年3月12日 14:05",
        "掲載 2024.03.12",
        "発行 2024年3月12日",
        "2024年3月12日 午後2時05分",
        "2024年3月12日 14時05分 公開",
        "2024.3.12 14:05",
        "2024年3月12日 14時05分",
        "2024年03月12日 14時05分 更新",
        "2024年3月12日(火曜日)",
        "2024年3月12日 火曜日",
    ],
    "ko": [
        "2024.03.12",
        "2024.03.12 14:05",
        "입력 2024.03.12 14:05",
        "입력 2024. 3. 12. 오후 2:05",
        "입력 2024.03.12. 오후 2:05",
        "입력 2024-03-12 14:05",
        "등록 2024.03.12 14:05",
        "입력 2024.03.12 14:05 수정 2024.03.13 09:10",
        "2024년 3월 12일",
        "2024년 3월 12일 14시 05분",
        "기사입력 2024.03.12 14:05",
        "입력 : 2024-03-12 14:05:21",
        "승인 2024.03.12 14:05",
        "기사입력 2024.03.12. 오후 2:05",
        "2024.03.12 14:05 | 수정 2024.03.13 09:10",
        "입력2024.03.12. 오후 2:05",
        "2024.03.12(화) 14:05",
        "2024-03-12 14:05:00",
        "2024년 03월 12일 14시 05분",
        "입력 2024년 3월 12일 오후 2시 5분",
        "2024년 3월 12일 화요일",
    ],
    "zh": [
        "2024年3月12日",
        "2024年03月12日 14:05",
        "2024-03-12 14:05",
        "发布时间：2024-03-12 14:05",
        "发布时间：2024年3月12日 14:05",
        "2024/03/12 14:05",
    ],
}

# (language, update stamp alone) -> the modified day is UPDATED_DAY; with no other date the
# page's published date falls back to it
UPDATED: dict[str, list[str]] = {
    "en": [
        "Last modified on Wed 13 Mar 2024 09.10 GMT",
        "Updated: 09:10 GMT, 13 March 2024",
        "Updated March 13, 2024 9:10 a.m. ET",
    ],
    "de": [
        "Letzte Aktualisierung: 13.03.2024 09:10",
        "Geändert am 13.03.2024 09:10",
        "Aktualisiert am 13.03.2024, 09:10 Uhr",
        "Stand: 13.03.2024 09:10 Uhr",
        "Zuletzt aktualisiert: 13.03.2024",
        "Aktualisiert: 13.03.2024 - 09:10 Uhr",
    ],
    "fr": [
        "Dernière mise à jour : 13 mars 2024",
        "Mis à jour le 13 mars 2024 à 09h10",
    ],
    "es": [
        "Última actualización: 13/03/2024 09:10",
        "Actualizado: 13/03/2024 09:10",
        "Actualizado el 13 de marzo de 2024, 09:10",
        "Actualizado 13/03/2024 - 09:10",
    ],
    "it": [
        "Aggiornato il 13 marzo 2024 alle 09:10",
        "Ultimo aggiornamento: 13 marzo 2024",
    ],
    "pt": [
        "Atualizado em 13/03/2024 às 09:10",
    ],
    "nl": [
        "Aangepast op 13 maart 2024",
        "Bijgewerkt op 13 maart 2024 om 09:10",
        "Laatste update: 13 maart 2024 09:10",
    ],
    "da": [
        "Sidst opdateret 13. marts 2024",
        "Opdateret 13. marts 2024 kl. 09.10",
        "Opdateret 13. marts 2024 kl. 9:10",
    ],
    "no": [
        "Endret 13.03.2024 09:10",
        "Oppdatert 13.03.2024 09:10",
    ],
    "sv": [
        "Ändrad 13 mars 2024",
        "Uppdaterad 2024-03-13 09:10",
    ],
    "pl": [
        "Ostatnia aktualizacja: 13.03.2024 09:10",
        "Aktualizacja: 13.03.2024 09:10",
    ],
    "ru": [
        "Обновлён 13 марта 2024",
        "Изменено 13.03.2024 09:10",
        "Обновлено 13.03.2024 09:10",
    ],
    "tr": [
        "Güncelleme: 13.03.2024 09:10",
    ],
    "ja": [
        "更新 2024/03/13 09:10",
    ],
    "zh": [
        "更新时间：2024-03-13 09:10",
    ],
}

CASES = [(lang, line) for lang, lines in FORMS.items() for line in lines]
UPDATED_CASES = [(lang, line) for lang, lines in UPDATED.items() for line in lines]


def _day(value) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


@pytest.mark.parametrize("lang, line", CASES)
def test_date_line_recognised(lang, line):
    assert looks_like_date_line(line), line


@pytest.mark.parametrize("lang, line", CASES)
def test_date_line_parsed(lang, line):
    # a numeric date both ways ("12/03/2024") is read as the page writes its times, as extract() does
    stamp = parse_stamp(line, reference=REFERENCE, dayfirst=page_dayfirst([line]))
    assert _day(stamp.published) == DAY, (line, stamp)
    assert stamp.modified is None or _day(stamp.modified) == UPDATED_DAY, (line, stamp)


@pytest.mark.parametrize("lang, line", CASES)
def test_first_date_parsed(lang, line):
    # the first date of the line; an update stamp before the published one is the next
    got = _day(parse_date(line, reference=REFERENCE, dayfirst=page_dayfirst([line])))
    assert got in (DAY, UPDATED_DAY), (line, got)


@pytest.mark.parametrize("lang, line", UPDATED_CASES)
def test_update_stamp(lang, line):
    assert looks_like_date_line(line), line
    stamp = parse_stamp(line, reference=REFERENCE, dayfirst=page_dayfirst([line]))
    assert stamp.published is None and _day(stamp.modified) == UPDATED_DAY, (line, stamp)


# an invented page per language: headline, byline, three story paragraphs
PAGES: dict[str, tuple[str, str, list[str]]] = {
    "en": (
        "City council approves new bridge over the river after long debate",
        "By Anna Whitfield",
        [
            "The city council voted on Monday evening to fund a new pedestrian bridge across the river, ending a debate that had lasted nearly three years.",
            "Supporters said the crossing would link the two halves of the old town and ease traffic on the main road, which is often blocked at rush hour.",
            "Construction is expected to start next spring, and the council said the work should be finished within eighteen months if the weather allows it.",
        ],
    ),
    "de": (
        "Stadtrat beschließt neue Brücke über den Fluss nach langer Debatte",
        "Von Anna Weidemann",
        [
            "Der Stadtrat hat am Montagabend den Bau einer neuen Fußgängerbrücke über den Fluss beschlossen und damit eine fast dreijährige Debatte beendet.",
            "Befürworter sagten, die Brücke werde die beiden Hälften der Altstadt verbinden und den Verkehr auf der Hauptstraße entlasten, die oft verstopft ist.",
            "Der Bau soll im nächsten Frühjahr beginnen, und die Arbeiten sollen nach Angaben der Stadt innerhalb von achtzehn Monaten abgeschlossen sein.",
        ],
    ),
    "fr": (
        "Le conseil municipal approuve un nouveau pont sur le fleuve",
        "Par Anne Dufresne",
        [
            "Le conseil municipal a voté lundi soir le financement d'une nouvelle passerelle piétonne sur le fleuve, mettant fin à un débat de près de trois ans.",
            "Ses partisans estiment que l'ouvrage reliera les deux moitiés de la vieille ville et allégera la circulation sur la route principale, souvent saturée.",
            "Les travaux devraient commencer au printemps prochain et durer dix-huit mois si la météo le permet, selon la mairie.",
        ],
    ),
    "es": (
        "El ayuntamiento aprueba un nuevo puente sobre el río tras un largo debate",
        "Por Ana Robledo",
        [
            "El pleno del ayuntamiento aprobó el lunes por la noche la financiación de una nueva pasarela peatonal sobre el río, tras casi tres años de debate.",
            "Sus defensores aseguran que la obra unirá las dos mitades del casco antiguo y aliviará el tráfico de la carretera principal, que a menudo se colapsa.",
            "Las obras comenzarán la próxima primavera y deberían terminar en dieciocho meses si el tiempo lo permite, según el consistorio.",
        ],
    ),
    "it": (
        "Il consiglio comunale approva un nuovo ponte sul fiume dopo un lungo dibattito",
        "di Anna Ferrandi",
        [
            "Il consiglio comunale ha approvato lunedì sera il finanziamento di una nuova passerella pedonale sul fiume, chiudendo un dibattito durato quasi tre anni.",
            "I sostenitori affermano che l'opera unirà le due metà del centro storico e alleggerirà il traffico sulla strada principale, spesso congestionata.",
            "I lavori dovrebbero iniziare la prossima primavera e concludersi entro diciotto mesi, se il tempo lo permetterà, secondo il comune.",
        ],
    ),
    "pt": (
        "Câmara aprova nova ponte sobre o rio depois de longo debate",
        "Por Ana Ribeirinho",
        [
            "A câmara municipal aprovou na segunda-feira à noite o financiamento de uma nova ponte pedonal sobre o rio, encerrando um debate de quase três anos.",
            "Os defensores dizem que a obra vai unir as duas metades da cidade velha e aliviar o trânsito na estrada principal, que fica muitas vezes parada.",
            "As obras devem começar na próxima primavera e terminar em dezoito meses, se o tempo permitir, segundo a autarquia.",
        ],
    ),
    "nl": (
        "Gemeenteraad stemt in met nieuwe brug over de rivier na lang debat",
        "Door Anna de Vries",
        [
            "De gemeenteraad heeft maandagavond ingestemd met de financiering van een nieuwe voetgangersbrug over de rivier, na een debat van bijna drie jaar.",
            "Voorstanders zeggen dat de brug de twee helften van de oude stad verbindt en het verkeer op de hoofdweg ontlast, die vaak vaststaat.",
            "De bouw begint naar verwachting komend voorjaar en moet binnen achttien maanden klaar zijn als het weer meezit, aldus de gemeente.",
        ],
    ),
    "da": (
        "Byrådet godkender ny bro over åen efter lang debat",
        "Af Anna Kjærsgaard",
        [
            "Byrådet stemte mandag aften for at finansiere en ny gangbro over åen og satte dermed punktum for en debat, der har varet næsten tre år.",
            "Tilhængerne siger, at broen vil forbinde de to halvdele af den gamle bydel og lette trafikken på hovedvejen, som ofte står stille.",
            "Byggeriet ventes at gå i gang til foråret, og ifølge kommunen skal arbejdet være færdigt inden for atten måneder.",
        ],
    ),
    "no": (
        "Bystyret vedtar ny bro over elva etter lang debatt",
        "Av Anna Haugland",
        [
            "Bystyret stemte mandag kveld for å finansiere en ny gangbro over elva, og avsluttet dermed en debatt som har pågått i nesten tre år.",
            "Tilhengerne sier at broen vil knytte sammen de to delene av gamlebyen og lette trafikken på hovedveien, som ofte står stille i rushtiden.",
            "Arbeidet skal etter planen starte til våren, og kommunen sier at broen skal stå ferdig innen atten måneder.",
        ],
    ),
    "sv": (
        "Kommunfullmäktige godkänner ny bro över ån efter lång debatt",
        "Av Anna Lindqvist",
        [
            "Kommunfullmäktige röstade på måndagskvällen för att finansiera en ny gångbro över ån, och avslutade därmed en debatt som pågått i nästan tre år.",
            "Anhängarna säger att bron kommer att binda ihop de två delarna av gamla stan och minska trafiken på huvudgatan, som ofta står still.",
            "Bygget väntas börja i vår, och enligt kommunen ska arbetet vara klart inom arton månader om vädret tillåter.",
        ],
    ),
    "pl": (
        "Rada miasta zatwierdza nowy most na rzece po długiej debacie",
        "Autor: Anna Wiśniewska",
        [
            "Rada miasta zagłosowała w poniedziałek wieczorem za sfinansowaniem nowej kładki dla pieszych na rzece, kończąc debatę trwającą prawie trzy lata.",
            "Zwolennicy twierdzą, że most połączy dwie części starego miasta i odciąży ruch na głównej drodze, która często jest zakorkowana.",
            "Budowa ma ruszyć wiosną przyszłego roku, a prace według urzędu miasta powinny zakończyć się w ciągu osiemnastu miesięcy.",
        ],
    ),
    "ru": (
        "Городской совет одобрил строительство нового моста через реку",
        "Автор: Анна Берестова",
        [
            "Городской совет в понедельник вечером проголосовал за финансирование нового пешеходного моста через реку, завершив спор, длившийся почти три года.",
            "Сторонники проекта говорят, что мост соединит две части старого города и разгрузит главную дорогу, на которой часто бывают пробки.",
            "Строительство должно начаться следующей весной, а работы, по словам мэрии, займут около восемнадцати месяцев.",
        ],
    ),
    "tr": (
        "Belediye meclisi uzun tartışmanın ardından nehre yeni köprü yapılmasını onayladı",
        "Ayşe Kaplanoğlu",
        [
            "Belediye meclisi pazartesi akşamı nehir üzerine yeni bir yaya köprüsü yapılması için finansmanı onayladı ve yaklaşık üç yıldır süren tartışmayı sona erdirdi.",
            "Destekçiler köprünün eski şehrin iki yakasını birleştireceğini ve sık sık tıkanan ana yoldaki trafiği rahatlatacağını söylüyor.",
            "Belediyeye göre inşaatın gelecek bahar başlaması ve hava koşulları uygun olursa on sekiz ay içinde tamamlanması bekleniyor.",
        ],
    ),
    "id": (
        "Dewan kota setujui jembatan baru di atas sungai setelah perdebatan panjang",
        "Oleh Anisa Rahmawati",
        [
            "Dewan kota pada Senin malam menyetujui pendanaan jembatan penyeberangan baru di atas sungai, mengakhiri perdebatan yang berlangsung hampir tiga tahun.",
            "Para pendukung mengatakan jembatan itu akan menghubungkan dua bagian kota tua dan mengurangi kemacetan di jalan utama yang sering macet.",
            "Pembangunan diperkirakan dimulai tahun depan dan menurut pemerintah kota akan selesai dalam delapan belas bulan jika cuaca mendukung.",
        ],
    ),
    "ja": (
        "市議会、川に架かる新しい橋の建設を承認　長い議論に決着",
        "山田花子",
        [
            "市議会は月曜日の夜、川に架かる新しい歩道橋の建設費を承認し、ほぼ三年にわたって続いた議論に決着をつけた。",
            "賛成派は、この橋が旧市街の二つの地区を結び、渋滞が多い幹線道路の交通量を減らすと話している。",
            "市によると、工事は来年の春に始まり、天候に恵まれれば十八か月以内に完成する見通しだという。",
        ],
    ),
    "ko": (
        "시의회, 긴 논의 끝에 강 위 새 다리 건설 승인",
        "김민지 기자",
        [
            "시의회는 월요일 저녁 강 위에 새 보행자 다리를 짓는 예산을 승인해 거의 3년 동안 이어진 논의를 마무리했다.",
            "찬성하는 쪽은 다리가 구시가지의 두 지역을 잇고 자주 막히는 간선도로의 교통량을 줄일 것이라고 말했다.",
            "시에 따르면 공사는 내년 봄에 시작되며 날씨가 좋으면 18개월 안에 끝날 것으로 보인다.",
        ],
    ),
    "zh": (
        "市议会经过长时间讨论批准在河上修建新桥",
        "记者 王小明",
        [
            "市议会周一晚间投票批准为河上一座新的人行桥提供资金，结束了持续近三年的争论。",
            "支持者表示，这座桥将连接老城的两个部分，并缓解经常拥堵的主干道的交通压力。",
            "据市政府介绍，工程预计明年春天开工，如果天气允许，将在十八个月内完工。",
        ],
    ),
}


@pytest.mark.parametrize("lang, line", CASES)
def test_date_line_on_a_text_page(lang, line):
    headline, byline, story = PAGES[lang]
    page = "\n".join(["Home", headline, line, byline, *story, "Share this article"])
    article = extract(page, kind="text", reference_date=REFERENCE)
    assert _day(article.published) == DAY, (line, article.published)


@pytest.mark.parametrize("lang, line", UPDATED_CASES)
def test_update_stamp_on_a_text_page(lang, line):
    headline, byline, story = PAGES[lang]
    page = "\n".join(["Home", headline, line, byline, *story, "Share this article"])
    article = extract(page, kind="text", reference_date=REFERENCE)
    # the story was out by then: with no other date, the update's day stands for it
    assert _day(article.published) == UPDATED_DAY, (line, article.published)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("12/03/2024 14:05", DAY),  # a 24-hour time beside it: day first
        ("Publicado el 12/03/2024 a las 14:05", DAY),
        ("03/12/2024 2:05 PM", None),  # a 12-hour time tells nothing
        ("12/03/2024", None),  # nor does nothing
        ("12/03/2024 09:10", None),  # nor a morning hour
    ],
)
def test_numeric_date_read_by_its_own_clock(line, expected):
    assert _day(parse_date(line)) == expected


@pytest.mark.parametrize("lang", ["es", "it", "pt", "id"])
def test_numeric_stamp_under_the_story(lang):
    # a day-first numeric stamp after the last paragraph, where the page's head gives no date
    headline, byline, story = PAGES[lang]
    page = "\n".join(["Home", headline, byline, *story, "12/03/2024 14:05", "© 2024 Example Media"])
    assert _day(extract(page, kind="text").published) == DAY


def _teaser_date(line: str) -> str:
    """The same form on another day and year, as a teaser card over the story prints it."""
    return line.replace("12", "09").replace("2024", "2023")


@pytest.mark.parametrize("lang, line", [(lang, line) for lang, line in CASES if "2024" in line and "12" in line])
def test_teaser_date_over_the_headline(lang, line):
    # a teaser's headline and its date stamp above the story's headline: the stamp's weekday
    # or cue word ("Tuesday, ...", "Published ...") is no publisher's name on a card
    headline, byline, story = PAGES[lang]
    teaser = "Another headline about the weather this week in town"
    page = "\n".join(["Home", "Latest", teaser, _teaser_date(line), headline, line, byline, *story])
    assert _day(extract(page, kind="text").published) == DAY, line


def test_closing_stamp_under_the_last_paragraph():
    # the story's own date printed after its last paragraph, with its update in brackets, then
    # a line of prose and the comments link: the region ends above the stamp (a closing
    # stamp), which still dates the story
    headline, byline, story = PAGES["it"]
    paragraphs = [*story, *(p.replace("consiglio", "comitato") for p in story)]
    stamp = "12 marzo 2024 (modifica il 13 marzo 2024 | 09:10)"
    after = "Il sindaco ha ringraziato i cittadini che hanno partecipato alle assemblee degli ultimi mesi."
    page = "\n".join(["Home", headline, byline, *paragraphs, stamp, after, "Leggi e commenta", "© RIPRODUZIONE RISERVATA"])
    article = extract(page, kind="text")
    assert _day(article.published) == DAY


@pytest.mark.parametrize(
    "line, expected",
    [
        # Turkish capitals fold to other letters than the month list's ("KASIM" -> "kasim", not
        # "kasım"; "EKİM" -> "eki̇m"): the stamp is still read, and never raises
        ("10 KASIM 2025", date(2025, 11, 10)),
        ("3 ARALIK 2025 Çarşamba 09:15", date(2025, 12, 3)),
        ("Yayınlanma: 22 MAYIS 2024 - 14:05", date(2024, 5, 22)),
        ("7 EKİM 2023", date(2023, 10, 7)),
        ("AĞUSTOS 4, 2024", date(2024, 8, 4)),
    ],
)
def test_turkish_month_in_capitals(line, expected):
    assert looks_like_date_line(line)
    assert _day(parse_stamp(line).published) == expected
