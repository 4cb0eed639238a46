"""Chrome in other languages, CJK text kept, and Article.language."""

from __future__ import annotations

from importlib import resources

import pytest
import regex

import newsclean
from newsclean import rules
from newsclean.language import declared_language, detect_language

LANGS = ("de", "fr", "es", "it", "pt", "nl")
CHROME_CONCERNS = (
    "section_headers", "end_markers", "comment_widgets", "share_widgets", "policy_links", "counter_labels",
    "newsletter_patterns", "chrome_line_patterns", "caption_patterns", "inline_residue_patterns",
    "source_patterns", "bio_patterns", "tag_patterns",
)


@pytest.mark.parametrize("lang", LANGS)
def test_every_chrome_concern_has_a_file_per_language(lang):
    root = resources.files("newsclean.rules.data") / lang
    for concern in CHROME_CONCERNS:
        f = root / f"{concern}.txt"
        assert f.is_file(), f"{lang}/{concern}.txt missing"
        entries = [ln for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
        assert entries, f"{lang}/{concern}.txt is empty"


@pytest.mark.parametrize("lang", LANGS + ("zh", "ja"))
def test_patterns_compile_and_are_anchored(lang):
    # a pattern anchored at neither end would be searched at every position of every block
    root = resources.files("newsclean.rules.data") / lang
    for concern in CHROME_CONCERNS:
        f = root / f"{concern}.txt"
        if not concern.endswith("_patterns") or not f.is_file():
            continue
        for src in (ln.strip() for ln in f.read_text(encoding="utf-8").splitlines()):
            if not src or src.startswith("#"):
                continue
            regex.compile(src)
            assert src.startswith("^") or src.endswith("$") or concern == "newsletter_patterns", (lang, src)
        assert rules.combined(concern) is not None


# one line of each kind per language: (line, rule prefix it must be removed with)
CHROME_LINES = {
    "de": ["Mehr zum Thema", "Kommentare (4)", "Artikel teilen", "Datenschutz", "Lesen Sie auch: Neue Brücke eröffnet",
           "Alle Rechte vorbehalten", "3 Min. Lesezeit", "Jetzt Newsletter abonnieren und nichts verpassen"],
    "fr": ["Sur le même sujet", "Commentaires (12)", "Partager", "Mentions légales", "Lire aussi : La halle rouvre",
           "Tous droits réservés", "Temps de lecture : 4 min", "Inscrivez-vous à notre newsletter quotidienne"],
    "es": ["Noticias relacionadas", "Comentarios (7)", "Compartir", "Aviso legal", "Lee también: El puerto bate récords",
           "Todos los derechos reservados", "5 minutos de lectura", "Suscríbete a nuestro boletín diario"],
    "it": ["Articoli correlati", "Commenti (5)", "Condividi", "Note legali", "Leggi anche: Il ponte riapre",
           "Tutti i diritti riservati", "Tempo di lettura: 3 minuti", "Iscriviti alla newsletter del mattino"],
    "pt": ["Notícias relacionadas", "Comentários (2)", "Compartilhar", "Política de privacidade",
           "Leia também: Festival em junho", "Todos os direitos reservados", "Tempo de leitura: 2 minutos",
           "Assine a nossa newsletter semanal"],
    "nl": ["Meest gelezen", "Reacties (9)", "Delen", "Privacybeleid", "Lees ook: Nieuwe brug open",
           "Alle rechten voorbehouden", "Leestijd: 3 minuten", "Schrijf je in voor onze nieuwsbrief"],
    "zh": ["相关阅读", "评论（12）", "分享到：微信 微博", "隐私政策", "版权所有 青湖晚报社"],
    "ja": ["関連記事", "コメント（4）", "シェア", "プライバシーポリシー", "無断転載を禁じます"],
}

STORY = {
    "de": ("Der Gemeinderat von Kellerbach hat am Dienstagabend beschlossen, die alte Mühle am Bach für "
           "zwei Millionen Euro zu sanieren. Die Arbeiten sollen im Herbst beginnen und etwa ein Jahr dauern."),
    "fr": ("Le conseil municipal de Valbonne a voté mardi soir la rénovation du vieux moulin pour deux millions "
           "d'euros. Les travaux doivent commencer à l'automne et durer environ un an."),
    "es": ("El pleno del Ayuntamiento de Montesur aprobó el martes la rehabilitación del viejo molino por dos "
           "millones de euros. Las obras empezarán en otoño y durarán cerca de un año."),
    "it": ("Il consiglio comunale di Valdelta ha approvato martedì sera il restauro del vecchio mulino per due "
           "milioni di euro. I lavori inizieranno in autunno e dureranno circa un anno."),
    "pt": ("A câmara municipal de Porto Alvo aprovou na terça-feira a recuperação do velho moinho por dois "
           "milhões de euros. As obras começam no outono e devem durar cerca de um ano."),
    "nl": ("De gemeenteraad van Polderstad heeft dinsdagavond besloten de oude molen voor twee miljoen euro te "
           "restaureren. De werkzaamheden beginnen in het najaar en duren ongeveer een jaar."),
    "zh": "青湖市议会周二晚间决定，投入两百万元修复湖边的老磨坊。工程将于秋天开工，预计持续一年左右。",
    "ja": "港北市議会は火曜日の夜、湖畔の古い水車小屋を二億円かけて修復することを決めた。工事は秋に始まり、約一年かかる見込みだ。",
}


MORE = {
    "de": "Bürgermeisterin Anke Roth sprach von einem wichtigen Tag für das Dorf. Die Opposition hätte lieber in den Radweg investiert.",
    "fr": "La maire, Anne Roche, a salué une décision attendue depuis longtemps. L'opposition aurait préféré financer la piste cyclable.",
    "es": "La alcaldesa, Ana Robles, habló de un día importante para el pueblo. La oposición habría preferido invertir en el carril bici.",
    "it": "La sindaca Anna Rossi ha parlato di una giornata importante per il paese. L'opposizione avrebbe preferito finanziare la pista ciclabile.",
    "pt": "A presidente da câmara, Ana Rocha, falou de um dia importante para a vila. A oposição preferia investir na ciclovia.",
    "nl": "Burgemeester Anne Rook sprak van een belangrijke dag voor het dorp. De oppositie had het geld liever aan het fietspad besteed.",
    "zh": "市长罗安娜表示，这是小镇的重要一天。反对派则希望把这笔钱用于修建自行车道。",
    "ja": "ロス市長は町にとって大切な一日だと述べた。一方、野党はその予算を自転車道に使うべきだと主張した。",
}
TITLE = {"de": "Alte Mühle wird saniert", "fr": "Le vieux moulin sera rénové", "es": "El viejo molino será rehabilitado",
         "it": "Il vecchio mulino sarà restaurato", "pt": "O velho moinho vai ser recuperado",
         "nl": "Oude molen wordt gerestaureerd", "zh": "老磨坊将获修复", "ja": "古い水車小屋を修復へ"}


def _page(lang: str, chrome: str) -> str:
    return "\n\n".join([TITLE[lang], STORY[lang], MORE[lang], chrome])


@pytest.mark.parametrize("lang,line", [(lang, line) for lang, lines in CHROME_LINES.items() for line in lines])
def test_chrome_line_is_removed(lang, line):
    article = newsclean.extract(_page(lang, line), kind="text")
    body = [b.text for b in article.blocks]
    assert line not in body
    assert body == [STORY[lang], MORE[lang]]


@pytest.mark.parametrize("lang", sorted(STORY))
def test_language_is_detected_from_the_body(lang):
    article = newsclean.extract(_page(lang, CHROME_LINES[lang][0]), kind="text")
    assert article.language == lang


def test_cjk_paragraphs_without_spaces_are_kept():
    paras = [
        "青湖市第一座跨湖步行桥于三月五日上午正式向市民开放，全长六百八十米，连接湖东老城区和湖西新建公园。",
        "据市建设局介绍，步行桥于前年秋天开工，总投资约二亿三千万元，桥面采用透水材料铺设。",
        "市交通部门提醒，步行桥禁止电动车和自行车通行，节假日客流较大时将实行限流措施。",
        "港北市は五日、旧駅舎を改修して市立図書館の分館として四月二十日に開館すると発表した。",
        "서울시는 한강 공원에 새로운 자전거 도로를 만들기로 했으며 공사는 내년 봄에 시작된다고 밝혔다.",
    ]
    article = newsclean.extract("\n\n".join(paras), kind="text")
    assert [b.text for b in article.blocks] == paras


def test_detect_and_declared_language():
    assert detect_language("Het college van burgemeester en wethouders heeft besloten de brug te vernieuwen.") == "nl"
    assert detect_language("12 345") is None
    assert detect_language("") is None
    assert declared_language('<!doctype html><html class="x" lang="fr-FR"><head>') == "fr"
    assert declared_language('<html><head><meta property="og:locale" content="it_IT"></head>') == "it"
    assert declared_language('<html><head><meta content="de" http-equiv="content-language"></head>') == "de"
    assert declared_language("<html><head></head>") is None


def test_html_short_body_uses_declared_language():
    html = ('<html lang="pt-BR"><head><title>Nota</title></head><body><article><h1>Nota</h1>'
            "<p>Obras na ponte continuam até sexta-feira, informou a prefeitura em nota oficial hoje.</p>"
            "</article></body></html>")
    article = newsclean.extract(html, kind="html")
    assert article.language == "pt"


def test_declared_language_is_scanned_only_when_the_body_needs_it(monkeypatch):
    import newsclean.api as api

    calls = []
    real = api.declared_language

    def counting(html):
        calls.append(1)
        return real(html)

    monkeypatch.setattr(api, "declared_language", counting)
    story = "Die Fähre zwischen den Inseln fährt ab Montag wieder nach dem regulären Winterfahrplan. " * 4
    article = newsclean.extract(f'<html lang="de"><body><article><h1>Fähre fährt wieder</h1><p>{story}</p>'
                                f"<p>{story}</p></article></body></html>", kind="html")
    assert article.language == "de" and calls == []
    short = newsclean.extract('<html lang="pt-BR"><body><article><h1>Nota</h1><p>Obras na ponte continuam até '
                              "sexta-feira, informou a prefeitura.</p></article></body></html>", kind="html")
    assert short.language == "pt" and calls == [1]
