"""The sharper guard readings: a required group joined to the plain text (and the plain
groups) that follow it, an alternative's trailing text joined to what follows its group,
runs of marks. Each reading must stay sound: the guarded dispatch decides every line as
trying every pattern in file order does."""

import regex

from newsclean.stages.chrome import ChromeRules
from newsclean.stages.chrome_guards import guard_folded, required_alternatives, required_marks


def test_a_group_is_joined_to_the_text_and_groups_after_it():
    # "mayor" and "will" alone no longer wake the pattern: "may get", "will earn" ... do
    assert required_alternatives(r"\b(?:may|will) (?:get|earn) (?:a )?share") == (
        "may get ",
        "may earn ",
        "will get ",
        "will earn ",
    )
    # the text stops before an optional or repeated character, and at an escape
    assert required_alternatives(r"^(?:click|tap) s?here") == ("click ", "tap ")
    assert required_alternatives(r"^(?:click|tap)\b.{0,80}$") == ("click", "tap")
    # an optional group after the text is not joined on
    assert required_alternatives(r"^(?:follow|like) (?:us )?(?:on|at)") == ("follow ", "like ")


def test_joining_stops_when_the_literals_would_be_too_many():
    five = "(?:alpha|bravo|delta|gamma|omega)"
    # 25 joined literals would cost more lookups than they save: each group keeps its text
    assert required_alternatives(rf"^{five} {five}") == ("alpha ", "bravo ", "delta ", "gamma ", "omega ")


def test_an_alternative_with_escapes_joins_its_trailing_text():
    # "P\.\s?IVA" ends with "IVA": a match through it holds "iva" and the text after the group
    assert required_alternatives(r"\b(?:P\.\s?IVA|VAT no) nr") == ("iva nr", "vat no nr")
    # an alternative ending in a group keeps its own literal
    assert required_alternatives(r"\b(?:VAT (?:no|number)|Tax ID) x") == ("vat ", "tax id x")


def test_the_better_of_the_two_readings_wins():
    # the short "tu"/"su" group is a weaker guard than "correo"/"mail"
    source = r"^(?:tu|su|introduce tu) (?:dirección de )?(?:correo(?: electrónico)?|e-?mail)\W*$"
    assert required_alternatives(source) == ("correo", "mail")


def test_a_run_of_marks_guards_as_one():
    assert required_marks(r"\S\s?(?:…|\.\.\.)\s*read more$") == ("...", "…")
    assert required_marks(r"\s\[\+\]$") == ("[+]",)
    # a mark made optional ends the run before it
    assert required_marks(r"\w(?:…|\.\.?)$") == (".", "…")


def _decisions_hold(patterns, lines):
    """Each guard read from ``patterns`` is in the folded text of every line its pattern
    matches (the soundness of one reading, pattern by pattern)."""
    for source in patterns:
        compiled = regex.compile(source, regex.IGNORECASE | regex.V0)
        guards = required_alternatives(source) or required_marks(source)
        assert guards, source
        for line in lines:
            if compiled.search(line):
                assert any(g in guard_folded(line) for g in guards), (source, line)


def test_sharper_guards_never_skip_a_line_their_pattern_matches():
    patterns = [
        r"\b(?:may|might|will) (?:receive|get|earn) (?:a )?(?:small )?(?:share|commission)",
        r"\b(?:P\.\s?IVA|VAT no) nr",
        r"\S\s?(?:…|\.\.\.)\s*(?:read more|continue reading)$",
        r"^(?:click|tap) (?:here|to)\b.{0,80}$",
    ]
    lines = [
        "We MAY EARN A SMALL COMMISSION from links on this page.",
        "The shop will get a share of every ticket sold.",
        "The mayor will attend; the council may decide later.",
        "Harbour Supplies, P. IVA nr 01234567890",
        "The ferry waited at the quay... Read more",
        "The ferry waited at the quay… continue reading",
        "The ferry waited. Read more",
        "CLICK HERE to see the timetable",
        "Tap to open the harbour map",
    ]
    _decisions_hold(patterns, lines)


def test_the_dispatch_decides_as_file_order_with_the_sharper_guards():
    from tests.stages.test_chrome import _assert_same_decisions_as_file_order

    rules = ChromeRules()
    lines = [
        "We may earn a commission when you buy through links on our site.",
        "We may earn a small commission from purchases made through links in this article.",
        "Readers might receive a small share of the proceeds, the charity said.",
        "The mayor will open the new harbour wall on Tuesday.",
        "The council will get a report on the ferry timetable next week.",
        "The ferry waited at the quay for the tide to turn... Read more",
        "The ferry waited at the quay for the tide to turn. Read more",
        "Click here to sign up for the harbour newsletter",
        "Follow Harbour News on Facebook for the latest updates",
        "Allow cookies to see this content",
        "Introduce tu correo electrónico",
        "Photo of the quay at dawn [+]",
        "Do you have a story to tell? Email the newsroom.",
    ]
    _assert_same_decisions_as_file_order(rules, lines)
    # the lines the new guards let through are still found
    assert rules._match(lines[1]) is not None and rules._match(lines[5]) is not None
    assert rules._match(lines[11]) is not None
