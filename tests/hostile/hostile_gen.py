"""Generators of hostile inputs: every bad page is built here, none is stored as a blob.

All text is invented for these tests. Randomness is seeded, so a failure reproduces.
"""

from __future__ import annotations

import codecs
import gzip
import random
import struct
import zlib

# ------------------------------------------------------------------ invented prose

_SUBJECTS = ("The council", "A spokesperson for the port", "Local farmers", "The regional health board",
             "Two engineers", "The ferry operator", "Residents of the northern district", "The school governors",
             "A panel of judges", "The transport minister", "Volunteers at the food bank", "The museum's director")
_VERBS = ("said on Tuesday that", "warned that", "confirmed that", "argued at the meeting that",
          "told reporters that", "wrote in a letter that", "announced that", "estimated that")
_CLAUSES = ("the harbour bridge would reopen before the summer", "repairs to the flood barrier were behind schedule",
            "the new bus timetable had cut waiting times by a third", "the grain harvest was the smallest in a decade",
            "more than four hundred households had asked for help", "the exhibition would travel to three other towns",
            "a second inspection found cracks in two supporting piers", "ticket prices would rise in the autumn",
            "the budget for road maintenance had been spent by October", "the vote had been postponed until the spring")
_TAILS = ("", " after months of delays", " despite objections from shop owners", " according to figures seen by the paper",
          " in a decision welcomed by most residents", " although the details are still being negotiated")


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_CLAUSES)}{rng.choice(_TAILS)}."


def paragraph(rng: random.Random, sentences: int = 3) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def story_text(paragraphs: int = 6, seed: int = 0) -> str:
    """A small invented news story as visible text (title, byline, date, paragraphs)."""
    rng = random.Random(seed)
    parts = ["Harbour bridge repairs fall behind schedule", "By Maria Olsen", "March 4, 2024"]
    parts += [paragraph(rng) for _ in range(paragraphs)]
    return "\n\n".join(parts)


def story_html(paragraphs: int = 6, seed: int = 0, extra_head: str = "", extra_body: str = "") -> str:
    rng = random.Random(seed)
    ps = "".join(f"<p>{paragraph(rng)}</p>\n" for _ in range(paragraphs))
    return ("<!doctype html><html><head><meta charset='utf-8'><title>Harbour bridge repairs fall behind schedule</title>"
            f"{extra_head}</head><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/local'>Local</a></li></ul></nav>"
            "<article><h1>Harbour bridge repairs fall behind schedule</h1><p class='byline'>By Maria Olsen</p>"
            f"{ps}</article>{extra_body}<footer><a href='/privacy'>Privacy policy</a></footer></body></html>")


# ------------------------------------------------------------------ binary inputs

def png_bytes() -> bytes:
    """A valid 1x1 PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


def pdf_bytes() -> bytes:
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def gzip_bytes() -> bytes:
    """A gzip-compressed page, as a scraper gets when it forgets to decompress."""
    return gzip.compress(story_html().encode("utf-8"))


def deflate_bytes() -> bytes:
    """A raw zlib stream (no magic number a sniffer can name)."""
    return zlib.compress(story_html().encode("utf-8"))


def random_bytes(n: int = 50_000, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(n)


# ------------------------------------------------------------------ encodings

def invalid_utf8(seed: int = 2) -> bytes:
    """UTF-8 text with stray continuation bytes, truncated sequences and overlongs inside."""
    rng = random.Random(seed)
    good = story_text(seed=seed).encode("utf-8")
    bad = [b"\x80", b"\xc3", b"\xe2\x82", b"\xc0\xaf", b"\xed\xa0\x80", b"\xff"]
    out = bytearray()
    for i in range(0, len(good), 60):
        out += good[i:i + 60] + rng.choice(bad)
    return bytes(out)


ACCENTED_TEXT = ("Le maire a déclaré que la réunion était très importante pour la région. "
                 "Les élèves ont présenté leurs idées à l'équipe municipale, qui les a étudiées avec intérêt. ")


def cp1252_declared_utf8() -> bytes:
    page = ("<html><head><meta charset='utf-8'><title>Réunion du conseil</title></head><body><article>"
            + "".join(f"<p>{ACCENTED_TEXT * 2}</p>" for _ in range(5)) + "</article></body></html>")
    return page.encode("cp1252")


def utf8_declared_cp1252() -> bytes:
    page = ("<html><head><meta charset='windows-1252'><title>Réunion du conseil</title></head><body><article>"
            + "".join(f"<p>{ACCENTED_TEXT * 2} Prix : 12 € — « sûr »</p>" for _ in range(5)) + "</article></body></html>")
    return page.encode("utf-8")


def utf16_with_bom(little_endian: bool = True) -> bytes:
    bom = codecs.BOM_UTF16_LE if little_endian else codecs.BOM_UTF16_BE
    return bom + story_text().encode("utf-16-le" if little_endian else "utf-16-be")


def with_controls(seed: int = 3) -> str:
    """A story with NUL, bell, escape, DEL, C1 controls and zero-width characters sprinkled in."""
    rng = random.Random(seed)
    text = story_text(seed=seed)
    junk = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\u200b", "\ufeff", "\u2028", "\x0c", "\x0b"]
    return "".join(ch + (rng.choice(junk) if rng.random() < 0.05 else "") for ch in text)


# ------------------------------------------------------------------ size and shape

def big_html(target_bytes: int, seed: int = 4) -> str:
    """A page of about ``target_bytes``: varied paragraphs and navigation lists (all text, no scripts)."""
    rng = random.Random(seed)
    head = "<!doctype html><html><head><meta charset='utf-8'><title>Harbour bridge report</title></head><body><article><h1>Harbour bridge report</h1>"
    tail = "</article></body></html>"
    parts, size, n = [head], len(head) + len(tail), 0
    while size < target_bytes:
        n += 1
        chunk = f"<p>{paragraph(rng, 4)}</p>\n" if n % 6 else f"<ul><li><a href='/s/{n}'>Section {n}</a></li></ul>\n"
        parts.append(chunk)
        size += len(chunk)
    parts.append(tail)
    return "".join(parts)


def heavy_page(target_bytes: int, seed: int = 5) -> str:
    """A page that is large the way real heavy pages are: inline scripts, JSON state and a data-URI image
    around a normal story."""
    rng = random.Random(seed)
    story = "".join(f"<p>{paragraph(rng)}</p>" for _ in range(12))
    payload = max(0, target_bytes - 4000 - len(story))
    script = "var state = " + "[" + ",".join(str(rng.randrange(10**6)) for _ in range(payload // 14)) + "];"
    image = "data:image/png;base64," + "iVBORw0KGgo" * (payload // 4 // 11)
    return ("<!doctype html><html><head><title>Harbour bridge report</title>"
            f"<script>{script[: payload // 2]}</script></head><body>"
            f"<img src='{image}' alt='The bridge'><article><h1>Harbour bridge report</h1>{story}</article>"
            f"<script type='application/json'>{{\"blob\": \"{'x' * (payload // 4)}\"}}</script></body></html>")


def deep_nesting(depth: int = 10_000, tag: str = "div") -> str:
    return ("<html><body>" + f"<{tag}>" * depth + "<p>" + story_text().replace("\n\n", "</p><p>") + "</p>"
            + f"</{tag}>" * depth + "</body></html>")


def single_long_line(n: int = 2_000_000, seed: int = 6) -> str:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-_/:;"
    return "".join(rng.choices(alphabet, k=n))


def many_short_lines(n: int = 100_000, seed: int = 7) -> str:
    rng = random.Random(seed)
    words = ("Home", "News", "Sport", "Weather", "More", "Share", "Menu", "Login", "12", "Live", "Video", "World")
    return "\n".join(f"{rng.choice(words)} {i % 97}" for i in range(n))


# ------------------------------------------------------------------ pages without an article

def no_body_html() -> str:
    return "<html><head><title>Harbour bridge report</title><meta name='description' content='A report.'></head></html>"


def only_scripts_html() -> str:
    return ("<html><head><script>window.x = 1;</script></head><body><script>document.write('hello');</script>"
            "<noscript>Please enable JavaScript.</noscript><script src='/app.js'></script></body></html>")


def frameset_html() -> str:
    return ("<html><head><title>Harbour news</title></head><frameset cols='20%,80%'>"
            "<frame src='menu.html'><frame src='main.html'><noframes>Your browser does not support frames.</noframes>"
            "</frameset></html>")


def link_list_text(n: int = 60) -> str:
    return "\n".join(f"Harbour update number {i}: council reviews plans" for i in range(n))


def link_list_html(n: int = 60) -> str:
    items = "".join(f"<li><a href='/story/{i}'>Harbour update number {i}: council reviews plans</a></li>" for i in range(n))
    return f"<html><head><title>Latest news</title></head><body><h1>Latest news</h1><ul>{items}</ul></body></html>"


def login_wall_text() -> str:
    return "\n\n".join(["Sign in", "Log in to continue reading", "Email address", "Password", "Forgot your password?",
                        "Subscribe now to get unlimited access", "Create an account", "Sign in with Google"])


def cookie_banner_text() -> str:
    return "\n\n".join(["We value your privacy", "We use cookies to improve your experience on our site.",
                        "Accept all cookies", "Reject all", "Manage preferences", "Cookie policy"])


# ------------------------------------------------------------------ scripts and directions

ARABIC_STORY = "\n\n".join([
    "المجلس البلدي يوافق على إصلاح جسر الميناء",
    "بقلم سارة منصور",
    "وافق المجلس البلدي يوم الثلاثاء على خطة لإصلاح جسر الميناء الذي أغلق منذ العاصفة الأخيرة، وقال المهندسون إن العمل سيستغرق نحو ثمانية عشر شهرا.",
    "وأضاف المسؤولون أن عبارة ستنقل الركاب عبر الميناء خلال فترة الإصلاح، وأن التكلفة ستوزع على ثلاث سنوات.",
    "وقال عدد من السكان إن إغلاق الجسر ضاعف مدة تنقلهم اليومية وأضر بالمتاجر في الجانب الشمالي من المدينة.",
])
HEBREW_LINE = "מועצת העיר אישרה את תיקון הגשר בנמל, והעבודות יימשכו כשנה וחצי לפי הערכת המהנדסים."
CJK_STORY = "\n\n".join([
    "市议会批准修复港口大桥",
    "记者 王丽",
    "市议会周二批准了修复港口大桥的计划。这座桥自去年冬天的风暴以来一直关闭，工程师表示工程大约需要十八个月。",
    "官员补充说，在维修期间将有渡轮接送乘客往返港口两岸，费用将分三年支付。",
    "许多居民表示，大桥关闭使他们每天的通勤时间增加了一倍，也影响了城北的商店生意。",
    "港口管理局表示，新桥将加宽人行道，并增加自行车道，以方便居民出行。",
])
JAPANESE_LINE = "市議会は火曜日、港の橋を修理する計画を承認した。工事には約一年半かかる見込みだという。"
EMOJI_STORY = "\n\n".join([
    "🌉 Harbour bridge reopens 🎉",
    "By Maria Olsen 📷",
    "The harbour bridge 🌉 reopened on Saturday 🎉 after eighteen months of repairs, and hundreds of residents 👨‍👩‍👧 walked across it in the morning sun ☀️ to celebrate the end of the long closure.",
    "Shop owners on the northern side 🏪 said customers had already returned 💶, and the ferry 🚢 that carried commuters during the works will be retired at the end of the month 👋 according to the operator.",
    "The council said the new cycle lane 🚲 and the wider pavement 🚶 would make the crossing safer for everyone, and thanked residents for their patience 🙏 during the repairs.",
])
