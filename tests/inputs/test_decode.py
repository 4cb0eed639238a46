import gzip

import pytest

from newsclean.errors import BinaryInputError, EmptyInputError, InputTooLargeError, UnusableInputError
from newsclean.inputs import decode_source, detect_kind


@pytest.mark.parametrize("data", [b"", b"   \n\t ", "", "  \n  "])
def test_empty_input_is_a_typed_error(data):
    with pytest.raises(EmptyInputError, match="empty|whitespace"):
        decode_source(data)


@pytest.mark.parametrize(
    "data, what",
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (gzip.compress(b"<html><body>hi</body></html>"), "gzip"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ],
)
def test_binary_formats_are_named_in_the_error(data, what):
    with pytest.raises(BinaryInputError, match=what):
        decode_source(data)


def test_random_control_bytes_are_refused():
    data = bytes(range(0, 32)) * 200
    with pytest.raises(UnusableInputError):
        decode_source(data)


def test_declared_charset_is_used_when_the_bytes_fit():
    page = "<html><head><meta charset='iso-8859-1'></head><body><p>Müller sagte: schön</p></body></html>"
    text, warnings = decode_source(page.encode("latin-1"))
    assert "Müller" in text and "schön" in text
    assert warnings == []


def test_utf8_bytes_mislabelled_as_latin1_are_read_as_utf8():
    page = "<html><head><meta charset='iso-8859-1'></head><body><p>Zoë’s café</p></body></html>"
    text, warnings = decode_source(page.encode("utf-8"))
    assert "Zoë’s café" in text
    assert any("UTF-8" in w for w in warnings)


def test_undeclared_cp1252_is_detected():
    page = ("Le maire a déclaré que la réunion était très importante pour la région. " * 20).encode("cp1252")
    text, _ = decode_source(page)
    assert "déclaré" in text


def test_utf16_with_bom():
    text, _ = decode_source("\ufeffStorm closes schools".encode("utf-16"))
    assert text == "Storm closes schools"


def test_oversized_input_is_truncated_with_a_warning_or_refused():
    text, warnings = decode_source("word " * 1000, max_bytes=100)
    assert len(text) == 100 and "truncated" in warnings[0]
    with pytest.raises(InputTooLargeError):
        decode_source("word " * 1000, max_bytes=100, truncate=False)


def test_nul_characters_are_removed_with_a_warning():
    text, warnings = decode_source("A line\x00 of text that is fine.")
    assert "\x00" not in text
    assert warnings


def test_wrong_type_is_a_type_error():
    with pytest.raises(TypeError):
        decode_source(12345)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("  <html lang='en'><head><title>x</title></head></html>", "html"),
        ("<div><p>one</p><p>two</p><p>three</p><a href='#'>four</a><span>five</span></div>", "html"),
        ("Storm closes schools\nBy Ann Lee\n5 days ago", "text"),
        ("He wrote that <p> tags matter.\nA second line of visible text.", "text"),
    ],
)
def test_detect_kind(text, kind):
    assert detect_kind(text) == kind


# --- hostile-input hardening (issue 7)

def test_compressed_data_without_magic_number_is_binary():
    import zlib

    data = zlib.compress(("<p>" + "Words of a story that compress well. " * 400 + "</p>").encode())
    with pytest.raises(BinaryInputError, match="control bytes"):
        decode_source(data)


def test_utf16_without_bom_is_decoded_not_refused():
    for enc in ("utf-16-le", "utf-16-be"):
        text, warnings = decode_source("Zoë’s café opened on Monday.".encode(enc))
        assert text == "Zoë’s café opened on Monday."
        assert any(enc.upper() in w for w in warnings)


def test_mostly_utf8_with_stray_bytes_keeps_its_accents():
    good = ("Le maire a déclaré que la réunion était très importante. " * 5).encode("utf-8")
    text, warnings = decode_source(good + b"\xe9\xff fin")
    assert "déclaré" in text and "très" in text
    assert text.count("\ufffd") == 2
    assert any("invalid byte" in w for w in warnings)


def test_cp1252_declared_utf8_is_read_as_cp1252():
    page = ("<html><head><meta charset='utf-8'></head><body><p>"
            + "Le maire a déclaré que la réunion était très importante pour la région. " * 4
            + "</p></body></html>").encode("cp1252")
    text, warnings = decode_source(page)
    assert "très" in text and "déclaré" in text  # not cp1250's "trčs"
    assert any("does not fit" in w for w in warnings)


def test_truncated_bytes_do_not_split_a_character():
    data = ("é" * 100).encode("utf-8")  # two bytes each
    text, warnings = decode_source(data, max_bytes=51)
    assert text == "é" * 25 and "\ufffd" not in text
    assert "truncated" in warnings[0]


def test_max_bytes_none_disables_the_limit_and_bad_values_are_refused():
    text, warnings = decode_source("word " * 1000, max_bytes=None)
    assert len(text) == 5000 and not warnings
    for bad in (0, -5, 1.5, True):
        with pytest.raises(ValueError, match="max_bytes"):
            decode_source("word", max_bytes=bad)


def test_lone_surrogates_are_replaced():
    text, warnings = decode_source("A sentence with a lone \ud83d surrogate in it.")
    assert "\ud83d" not in text and "\ufffd" in text
    assert any("surrogate" in w for w in warnings)


def test_control_characters_after_the_first_4096_are_removed_with_a_warning():
    text, warnings = decode_source("A clean line of text. " * 300 + "late\x00nul")
    assert "\x00" not in text and text.endswith("latenul")
    assert "control characters removed from the input" in warnings


def test_c1_controls_are_read_as_windows_1252():
    # cp1252 bytes decoded as ISO-8859-1 (requests' .text without a charset) hold C1 controls
    text, warnings = decode_source("It wasn\x92t over \x96 \x93quite\x94 \x80 5.")
    assert text == "It wasn’t over – “quite” € 5."
    assert any("windows-1252" in w for w in warnings)
    page = "<meta charset='iso-8859-1'><p>Zoë\x92s café</p>".encode("latin-1")
    assert "Zoë’s café" in decode_source(page)[0]


def test_the_fast_control_test_agrees_with_the_pattern_on_every_code_point_class():
    from newsclean.inputs.decode import _CONTROL, _has_control

    for cp in list(range(0x00, 0x100)) + [0x2028, 0xD800, 0xFFFD, 0x1F600]:
        text = f"Quai fermé {chr(cp)} ce soir"
        assert _has_control(text) == (_CONTROL.search(text) is not None), hex(cp)


def test_the_byte_searches_for_c1_and_surrogates_agree_with_the_code_point_ranges():
    from newsclean.inputs.decode import _C1_UTF8, _SURROGATE_UTF8

    for cp in (list(range(0x00, 0x800)) + list(range(0xD000, 0xE100, 7)) + [0xD800, 0xDBFF, 0xDC00, 0xDFFF]
               + [0xFFFD, 0x1F600, 0x10FFFF]):
        data = f"Quai fermé {chr(cp)} ce soir".encode("utf-8", "surrogatepass")
        assert (_C1_UTF8.search(data) is not None) == (0x80 <= cp <= 0x9F), hex(cp)
        assert (_SURROGATE_UTF8.search(data) is not None) == (0xD800 <= cp <= 0xDFFF), hex(cp)


def test_controls_c1_characters_and_surrogates_together_are_each_repaired():
    text, warnings = decode_source("Ferry\x00 wasn\x92t late \ud800 today.")
    assert text == "Ferry wasn’t late \ufffd today."
    assert len(warnings) == 3


def test_the_utf8_bytes_handed_over_are_the_texts_own():
    from newsclean.inputs import decode_source_utf8

    for source in ["<p>Caf\u00e9 \u2014 plain page</p>", "<p>form\x0cfeed kept</p>".encode(), b"\xef\xbb\xbf<p>BOM</p>"]:
        text, _warnings, utf8 = decode_source_utf8(source)
        assert utf8 == text.encode("utf-8", "surrogatepass")


def test_no_utf8_bytes_when_the_text_was_repaired_after_encoding():
    from newsclean.inputs import decode_source_utf8

    for source in ["<p>nul\x00here</p>", "<p>don\x92t</p>", "<p>lone \ud800 surrogate</p>"]:
        text, warnings, utf8 = decode_source_utf8(source)
        assert warnings and utf8 is None
