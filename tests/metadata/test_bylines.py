"""Bylines and credit lines: every form of issue 5, with invented names."""

import pickle

import pytest

from newsclean.article import Contributor
from newsclean.metadata import bylines as bylines_mod
from newsclean.metadata.bylines import (
    Byline,
    is_agency,
    looks_like_byline,
    looks_like_credits,
    looks_like_name_line,
    normalise_author_list,
    parse_byline,
    parse_credits,
)


def roles(b: Byline, role: str) -> list[str]:
    return [c.name for c in b.contributors if c.role == role]


# ---------------------------------------------------------------- authors from bylines


@pytest.mark.parametrize(
    "text, authors",
    [
        ("By Sophie Yu", ["Sophie Yu"]),
        ("by Marta Okonkwo", ["Marta Okonkwo"]),
        ("BY: Lena Fischer", ["Lena Fischer"]),
        ("By Ann Lee and Bo Chen", ["Ann Lee", "Bo Chen"]),
        ("Ann Lee, Bo Chen and Cy Dart", ["Ann Lee", "Bo Chen", "Cy Dart"]),
        ("By Ann Lee, Bo Chen, and Cy Dart", ["Ann Lee", "Bo Chen", "Cy Dart"]),
        ("By Ann Lee & Bo Chen", ["Ann Lee", "Bo Chen"]),
        ("By Priya Raman, Staff Writer", ["Priya Raman"]),
        ("By Priya Raman and Tom Hale, Staff Writers", ["Priya Raman", "Tom Hale"]),
        ("Tom Krisher, Ap Auto Writer", ["Tom Krisher"]),
        ("Sophie Yu | Reuters", ["Sophie Yu"]),
        ("By Jane Doe, CNN", ["Jane Doe"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
        ("Par Jean Dupont et Claire Martin", ["Jean Dupont", "Claire Martin"]),
        ("Von Anna Müller", ["Anna Müller"]),
        ("Von Anna Müller und Jonas Weber", ["Anna Müller", "Jonas Weber"]),
        ("Por Ana Pérez", ["Ana Pérez"]),
        ("Por Ana Pérez y Luis Gómez", ["Ana Pérez", "Luis Gómez"]),
        ("Di Giorgio Rossi e Caterina Calabrese", ["Giorgio Rossi", "Caterina Calabrese"]),
        ("Door Jan de Vries en Eva Smit", ["Jan de Vries", "Eva Smit"]),
        ("Por Steven Lee Morris, Keith Barton y Tariq Pandey", ["Steven Lee Morris", "Keith Barton", "Tariq Pandey"]),
        ("Written by Ann Lee / Edited by Bo Chen", ["Ann Lee"]),
        ("Words by Ann Lee", ["Ann Lee"]),
        ("Autor: Jonas Weber", ["Jonas Weber"]),
        (
            "By Daniel Kahn Gilmore, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project",
            ["Daniel Kahn Gilmore"],
        ),
        ("By Nora Quinn, PhD", ["Nora Quinn"]),
        # the markers of the Polish and Nordic credits (issue 14)
        ("Przez Tomasz Wrona", ["Tomasz Wrona"]),
        ("Autorka: Zofia Malec", ["Zofia Malec"]),
        ("Opracowanie: Zofia Malec", ["Zofia Malec"]),
        ("Text: Lina Berglöf", ["Lina Berglöf"]),
        ("Tekst: Ola Brekke og Kari Lund", ["Ola Brekke", "Kari Lund"]),
        ("Journalist: Mette Kjær", ["Mette Kjær"]),
    ],
)
def test_authors(text, authors):
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    "text, authors",
    [
        ("Laura June Topolsky July 10, 2015", ["Laura June Topolsky"]),
        ("by Laura June Topolsky July 10, 2015", ["Laura June Topolsky"]),
        ("By Karl Mendes JAN. 13, 2017", ["Karl Mendes"]),
        ("Chris Aston | November 13, 2014 |", ["Chris Aston"]),
        ("By Ada Ruiz Updated 3:04 PM EST, Fri January 7, 2022", ["Ada Ruiz"]),
        ("By Ada Ruiz March 18 at 12:22 PM Follow @adaruiz", ["Ada Ruiz"]),
        ("By Ada Ruiz@adaruiz Updated Jul 24, 2018, 2:15pm EDT", ["Ada Ruiz"]),
        ("by Ada Ruiz @ada_ruiz February 1, 2016: 12:41 PM ET", ["Ada Ruiz"]),
        ("Alex Perrin 1 day ago", ["Alex Perrin"]),
        ("Minutes Ago Jon Russo", ["Jon Russo"]),
        ("Jane Doe 12.3K Followers Follow", ["Jane Doe"]),
        ("Jane Doe\nFollow", ["Jane Doe"]),
        ("Jane Doe jane.doe@example.com", ["Jane Doe"]),
        ("Jane Doe https://example.com/authors/jane-doe", ["Jane Doe"]),
        ("Jane Doe | Email the author", ["Jane Doe"]),
        ("View all posts by Jane Doe", ["Jane Doe"]),
        ("Devin Hart, @devinhart", ["Devin Hart"]),
        ("Le Journal | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Marc Ulrich", ["Marc Ulrich"]),
        ("Published May 3, 2019 by Jane Doe", ["Jane Doe"]),
        ("Levi Parsons For Daily Mail Australia", ["Levi Parsons"]),
        ("Reporting by Rita Sen in Bengaluru", ["Rita Sen"]),
    ],
)
def test_noise_around_names_is_removed(text, authors):
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    "text, authors",
    [
        ("By ABBY GOODNOW, THOMAS KAPLIN and ROBERTA PEARL", ["Abby Goodnow", "Thomas Kaplin", "Roberta Pearl"]),
        ("JOE HILLBRAND", ["Joe Hillbrand"]),
        ("By SEAN O'BRIEN and ANGUS McDONALD", ["Sean O'Brien", "Angus McDonald"]),
        ("By ANGUS MCDONALD", ["Angus McDonald"]),
        ("By MARIE-CLAIRE DUVAL", ["Marie-Claire Duval"]),
        ("By LUDWIG VAN DER BERG", ["Ludwig van der Berg"]),
        ("By JOHN SMITH III", ["John Smith III"]),
        ("By Mary-Kate DeShawn", ["Mary-Kate DeShawn"]),
    ],
)
def test_all_caps_names_are_proper_cased(text, authors):
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    "text, authors",
    [
        ("Byrne Hobart", ["Byrne Hobart"]),
        ("By Byrne Hobart", ["Byrne Hobart"]),
        ("By Abby Smith", ["Abby Smith"]),
        ("By ABBY SMITH and BYRON KEYS", ["Abby Smith", "Byron Keys"]),
        ("Abby Byrne | Reuters", ["Abby Byrne"]),
    ],
)
def test_names_containing_by_are_not_mangled(text, authors):
    assert parse_byline(text).authors == authors


def test_duplicates_are_merged_case_insensitively():
    assert parse_byline("Jane Doe; Jane Doe").authors == ["Jane Doe"]
    assert parse_byline("By JANE DOE and Jane Doe").authors == ["Jane Doe"]


# ---------------------------------------------------------------- agencies and outlets


@pytest.mark.parametrize(
    "text, agency",
    [
        ("By Reuters", "Reuters"),
        ("AFP", "AFP"),
        ("By The Associated Press", "Associated Press"),
        ("Reuters Staff", "Reuters"),
        ("By Bloomberg News", "Bloomberg News"),
        ("dpa", "dpa"),
        ("Sophie Yu | Reuters", "Reuters"),
        ("Tom Krisher, Ap Auto Writer", "AP"),
        ("Jane Doe for Reuters", "Reuters"),
    ],
)
def test_agency_is_kept_out_of_authors(text, agency):
    b = parse_byline(text)
    assert b.agency == agency
    assert agency.casefold() not in {a.casefold() for a in b.authors}
    assert agency in roles(b, "agency")


@pytest.mark.parametrize("text", ["By Reuters", "AFP", "By The Associated Press", "Reuters Staff"])
def test_agency_only_byline_has_no_author(text):
    assert parse_byline(text).authors == []


def test_publisher_suffix_is_dropped_not_credited():
    b = parse_byline("Levi Parsons For Daily Mail Australia")
    assert b.authors == ["Levi Parsons"]
    assert b.agency is None


# ---------------------------------------------------------------- roles


def test_credit_line_roles():
    b = parse_byline("Reporting by Ann Lee and Bo Chen; Additional reporting by Cy Dart; Editing by Dee Engel")
    assert b.authors == ["Ann Lee", "Bo Chen", "Cy Dart"]
    assert roles(b, "editor") == ["Dee Engel"]


def test_written_and_edited():
    b = parse_byline("Written by Ann Lee / Edited by Bo Chen")
    assert b.authors == ["Ann Lee"]
    assert roles(b, "editor") == ["Bo Chen"]


def test_edited_inside_one_segment():
    b = parse_byline("Written by Ann Lee and edited by Bo Chen")
    assert b.authors == ["Ann Lee"]
    assert roles(b, "editor") == ["Bo Chen"]


def test_parenthesised_roles():
    b = parse_byline("by Elena Ames Roy (reporting) and Adrian Moll (photography)")
    assert b.authors == ["Elena Ames Roy"]
    assert roles(b, "photographer") == ["Adrian Moll"]


def test_photos_credit():
    b = parse_byline("By Ann Lee | Photos by Bo Chen")
    assert b.authors == ["Ann Lee"]
    assert roles(b, "photographer") == ["Bo Chen"]


def test_with_coauthors_in_parentheses():
    b = parse_byline("Marc Ulrich (avec Dana Lemaire et Morgan Tessier)")
    assert b.authors == ["Marc Ulrich", "Dana Lemaire", "Morgan Tessier"]


def test_contributors_are_article_contributors():
    b = parse_byline("By Ann Lee | Reuters")
    assert Contributor(name="Ann Lee", role="author") in b.contributors
    assert Contributor(name="Reuters", role="agency") in b.contributors
    assert b.raw == "By Ann Lee | Reuters"


def test_byline_pickles():
    b = parse_byline("By Ann Lee and Bo Chen")
    assert pickle.loads(pickle.dumps(b)) == b


# ---------------------------------------------------------------- rejection: no bad authors


@pytest.mark.parametrize(
    "text",
    [
        "Email The Author",
        "Minute Read",
        "Published",
        "Updated 3:04 PM",
        "Share this article",
        "Organization for Transformative Works",
        "By The Numbers: How Schools Fared",
        "The mayor said the plan would fail.",
        "Australian Broadcasting Corporation",
        "Staff",
        "",
    ],
)
def test_no_author_rather_than_a_bad_one(text):
    assert parse_byline(text).authors == []


# ---------------------------------------------------------------- looks_like_byline


@pytest.mark.parametrize(
    "text",
    [
        "By Sophie Yu",
        "By Reuters",
        "Sophie Yu | Reuters",
        "By A. Lee, Staff Writer",
        "Tom Krisher, Ap Auto Writer",
        "Par Jean Dupont",
        "Von Anna Müller",
        "Por Ana Pérez",
        "Written by Ann Lee / Edited by Bo Chen",
        "Laura June Topolsky July 10, 2015",
        "Alex Perrin 1 day ago",
        "Devin Hart, @devinhart",
        "By Ada Ruiz@adaruiz Updated Jul 24, 2018, 2:15pm EDT",
        "Priya Raman, Staff Writer",
    ],
)
def test_looks_like_byline(text):
    assert looks_like_byline(text)


@pytest.mark.parametrize(
    "text",
    [
        "Storm Closes Schools Across The County",
        "Chinese police rap retailer for cybersecurity loopholes - local media",
        "Related stories",
        "Most Read",
        "The mayor said the plan would fail.",
        "By The Numbers: How Schools Fared",
        "Reuters",
        "Sign up for our newsletter",
        "Updated 3:04 PM",
        "",
    ],
)
def test_not_a_byline(text):
    assert not looks_like_byline(text)


def test_name_line():
    assert looks_like_name_line("Hazel Sheridan")
    assert looks_like_name_line("NATALYA VASILEVA")
    assert not looks_like_name_line("By Hazel Sheridan")
    assert not looks_like_name_line("Most Read Stories Today")
    assert not looks_like_name_line("The vote was close.")


@pytest.mark.parametrize(
    "text", ["Privacy Policy", "HIDE CAPTION", "Terms of Use", "More Coverage »", "Harbour News ›"]
)
def test_an_interface_line_or_a_link_is_no_name_line(text):
    # a policy link, a viewer's button or a link with its arrow, in a name's shape
    assert not looks_like_name_line(text)


# ---------------------------------------------------------------- credits


@pytest.mark.parametrize(
    "text, authors, editors",
    [
        (
            "Reporting by Sophie Yu and Brenda Goh; Editing by Himani Sarkar",
            ["Sophie Yu", "Brenda Goh"],
            ["Himani Sarkar"],
        ),
        ("(Reporting by Sophie Yu; Editing by Himani Sarkar)", ["Sophie Yu"], ["Himani Sarkar"]),
        ("Writing by Ann Lee; Editing by Bo Chen and Cy Dart", ["Ann Lee"], ["Bo Chen", "Cy Dart"]),
        ("Additional reporting by Ann Lee in Paris", ["Ann Lee"], []),
        ("Compiled by Ann Lee", ["Ann Lee"], []),
        (
            "Reporting by Rita Sen in Bengaluru; Editing by Sam Nandi and Sonia Cheema / Our Standards: "
            "The Thomson Reuters Trust Principles.",
            ["Rita Sen"],
            ["Sam Nandi", "Sonia Cheema"],
        ),
    ],
)
def test_parse_credits(text, authors, editors):
    assert looks_like_credits(text)
    c = parse_credits(text)
    assert c is not None
    assert c.authors == authors
    assert roles(c, "editor") == editors


@pytest.mark.parametrize(
    "text",
    [
        "By Sophie Yu",
        "Reporting from the front lines is dangerous work.",
        "Editing by",
        "The editing was done by a committee of volunteers over many months.",
    ],
)
def test_not_credits(text):
    assert not looks_like_credits(text)
    assert parse_credits(text) is None


# ---------------------------------------------------------------- names from HTML metadata


@pytest.mark.parametrize(
    "names, expected",
    [
        (["Jane Doe; Jane Doe"], ["Jane Doe"]),
        (["Jane Doe; Bo Chen"], ["Jane Doe", "Bo Chen"]),
        (["JANE DOE"], ["Jane Doe"]),
        (["By Ana Sandor"], ["Ana Sandor"]),
        (["Bradley M. Kuhne (http://example.org/bkuhne/)"], ["Bradley M. Kuhne"]),
        (["https://www.facebook.com/somepage"], []),
        (["Doe, Jane"], ["Jane Doe"]),
        (["Jong, Michiel de"], ["Michiel de Jong"]),
        (["Reuters"], []),
        (["Jane Doe", "Reuters", "jane doe"], ["Jane Doe"]),
        (["Madonna"], ["Madonna"]),
        (["肖春芳"], ["肖春芳"]),
        (["Staff", "admin", ""], []),
        # a declared account: the display name (a pen name or blog name), not the user name
        (["海邊的家_小藍 (xiaolan88)"], ["海邊的家_小藍"]),
        (["Tidewater_Rover [@tiderover]"], ["Tidewater_Rover"]),
        (["Reuters (reuters)", "Staff Writer (staff)", "Daily Planet News (dailyplanet)"], []),
    ],
)
def test_normalise_author_list(names, expected):
    assert normalise_author_list(names) == expected


def test_outlet_led_by_an_article_is_not_an_author():
    b = parse_byline("By Priya Castell | The Ravenfield Gazetteer")
    assert b.authors == ["Priya Castell"]
    assert b.agency == "The Ravenfield Gazetteer"
    assert parse_byline("Von Anna Brück | Die Kellerbacher Rundschau").authors == ["Anna Brück"]


def test_name_glued_to_outlet_is_split():
    b = parse_byline("By Kelly Miller WebMD Health News")
    assert b.authors == ["Kelly Miller"]
    assert b.agency == "WebMD Health News"


def test_byline_with_a_bio_after_the_name():
    text = "By Alex Hart, a deputy editor and author of the Command Line newsletter. He has covered tech for years."
    assert looks_like_byline(text)
    assert parse_byline(text).authors == ["Alex Hart"]
    assert not looks_like_byline("By the time the vote came, a deputy editor had left the room.")
    assert not looks_like_byline("By Monday, officials said, the roads would reopen.")


def test_meta_creator_forms():
    assert normalise_author_list(["rfcmarkup version 1.111", "Kooman, F.", "Jong, Michiel de"]) == [
        "F. Kooman",
        "Michiel de Jong",
    ]
    assert normalise_author_list(["Richard (R.J.) Eskow"]) == ["Richard (R.J.) Eskow"]
    assert normalise_author_list(["@somehandle"]) == []


def test_outlet_names_with_insider_or_sport_are_not_people():
    from newsclean.metadata.bylines import normalise_author_list

    assert normalise_author_list(["Lena Ortiz", "Harbour Insider"]) == ["Lena Ortiz"]
    assert normalise_author_list(["Courier Sport"]) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Agence France-Presse", True),
        ("The Associated Press", True),
        ("dpa", True),
        ("Contributors to Shore Wiki", False),
        ("Ann Lee", False),
        ("Reuters staff", False),
        ("", False),
    ],
)
def test_is_agency(text, expected):
    assert is_agency(text) is expected


@pytest.mark.parametrize(
    "text, authors, photographers",
    [
        ("Текст: Нина Орлова", ["Нина Орлова"], []),
        ("Автор: Нина Орлова и Пётр Белов", ["Нина Орлова", "Пётр Белов"], []),
        ("Текст: Нина Орлова / Фото: Пётр Белов", ["Нина Орлова"], ["Пётр Белов"]),
    ],
)
def test_russian_credit_markers(text, authors, photographers):
    b = parse_byline(text)
    assert b.authors == authors
    assert roles(b, "photographer") == photographers
    assert looks_like_byline(text)


def test_month_or_weekday_left_over_from_a_date_is_not_a_name():
    # trafilatura's author string for "by Ann Lee<br>Monday, November 18, 2019"
    assert normalise_author_list(["Ann Lee Monday; November"]) == ["Ann Lee"]
    assert parse_byline("By Ann Lee, Tuesday").authors == ["Ann Lee"]
    # months that are also given names stay names
    assert normalise_author_list(["April Ryan", "June Carter; May Lee"]) == ["April Ryan", "June Carter", "May Lee"]


@pytest.mark.parametrize(
    "text",
    [
        "Posted by Ann Lee, Software Engineer on the Ferry team",
        "Ann Lee, Senior Developer",
        "By Ann Lee, UX Designer",
    ],
)
def test_engineering_job_titles_are_not_names(text):
    assert parse_byline(text).authors == ["Ann Lee"]


@pytest.mark.parametrize("value", ["Android Developers", "PMJS - Coordenadoria de TI", "Secretaría de Cultura"])
def test_desks_and_departments_declared_as_author_are_not_people(value):
    assert normalise_author_list([value]) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ursula von der Leyen", True),
        ("Marine Le Pen", True),
        ("Hazel Sheffield", True),
        ("Ann Lee and Bo Chen", True),
        # interface and function words are never part of a bare name line
        ("Find Your Next Car", False),
        ("Facebook Twitter Email LinkedIn Reddit Pinterest", False),
        ("Shop Ravenfield", False),
    ],
)
def test_name_line_without_interface_words(text, expected):
    assert looks_like_name_line(text) is expected


def test_marker_after_a_number_that_is_not_a_date_is_prose():
    assert not looks_like_byline("In the 200 yard relay, Hale was beaten out by Ravenfield's Ann Lee for first place")
    assert looks_like_byline("5:45 AM PST 11/19/2019 by Ann Lee")
    assert parse_byline("Published May 3, 2019 by Ann Lee").authors == ["Ann Lee"]


# ---------------------------------------------------------------- lines that are not bylines


@pytest.mark.parametrize(
    "text",
    [
        # a subtitle in title case: longer than a bare name gets
        "Spot Leaks Before They Become Floods",
        # a row of a results table: a name with a number after it
        "Milo Hartnell 200 freestyle",
        # section and classified labels under a headline
        "BOAT REVIEWS",
        "Harbour Ads",
    ],
)
def test_headings_and_rows_are_not_bare_name_lines(text):
    assert not looks_like_name_line(text)


def test_long_bare_names_with_particles_and_initials_are_still_names():
    assert looks_like_name_line("Maria Luísa da Costa Ribeiro")
    assert looks_like_name_line("Ann B. C. Lee")


def test_contractions_and_compound_words_are_not_names():
    headline = "Weekly Focus: It’s Why Some Shops Thrive Online and Others Never Last"
    assert not looks_like_byline(headline)
    assert not any("It’s" in a for a in parse_byline(headline).authors)
    assert parse_byline("Fleet-scale Wind").authors == []
    assert not looks_like_byline("Fleet-scale Wind, Harbour News")
    assert not looks_like_name_line("Fleet-scale Wind")


def test_hyphenated_names_stay_names():
    assert parse_byline("By Rosa Ortiz-Bell").authors == ["Rosa Ortiz-Bell"]
    assert parse_byline("By Sean O'Dwyer").authors == ["Sean O'Dwyer"]


def test_a_category_slot_is_not_an_author():
    # a blog's meta line: date / comment count / "in <category>" / "by <account>": the
    # account that posted is credited, the category never
    line = "March 3, 2019/0 Comments/in Harbour Festival /by siteadmin"
    assert parse_byline(line).authors == ["siteadmin"]
    assert looks_like_byline(line)
    assert parse_byline("Posted May 3, 2019 | by annlee | in Travel").authors == ["annlee"]
    # a lower-case word after "by" alone, or an interface word, is no account
    assert parse_byline("by siteadmin").authors == []
    assert parse_byline("May 3, 2019 | by admin | 2 Comments").authors == []
    # "in <place>" after a name is still cut, and an outlet after "for" still credited
    assert parse_byline("By Ann Lee, in Marlow Bay").authors == ["Ann Lee"]
    assert parse_byline("By Ann Lee for Reuters").agency == "Reuters"


@pytest.mark.parametrize(
    "text, authors, agency",
    [
        ("Tom Vale Associated Press", ["Tom Vale"], "Associated Press"),
        ("Mara Jo Lindqvist Associated Press", ["Mara Jo Lindqvist"], "Associated Press"),
        ("Ida Brenner Bayside Today", ["Ida Brenner"], "Bayside Today"),
    ],
)
def test_a_name_glued_to_an_outlet(text, authors, agency):
    b = parse_byline(text)
    assert (b.authors, b.agency) == (authors, agency)


def test_a_quote_or_embedded_post_signature_is_not_a_byline():
    assert not looks_like_byline("— Ann Lee (@annlee_writes) November 18, 2019")
    assert not looks_like_byline("― Ann Lee, March 2020")
    assert looks_like_byline("Ann Lee - Nov 19, 2019, 10:31 pm CST")


def test_a_long_menu_line_with_an_outlet_word_is_not_a_byline():
    menu = "Elections Harbour News Opinion Culture Health & Science Business & Tech Premium Green Travel"
    assert not looks_like_byline(menu)
    # an unmarked byline naming three people and an agency is still one
    assert looks_like_byline("Ann Lee, Bo Chen and Mara Jo Lindqvist, Associated Press")


def test_an_outlets_staff_credits_the_outlet():
    b = parse_byline("By LAKESIDE HERALD STAFF")
    assert looks_like_byline("By LAKESIDE HERALD STAFF")
    assert (b.authors, b.agency) == ([], "LAKESIDE HERALD")
    # a one-word desk before a title is part of the title
    b = parse_byline("By Ann Lee, News Editor")
    assert (b.authors, b.agency) == (["Ann Lee"], None)
    assert parse_byline("By Senior Staff Writer").agency is None


def test_a_jobs_section_beside_a_brand_is_not_a_person():
    assert parse_byline("HARBOURGATE & Chronicle Jobs").authors == []


def test_job_title_and_interface_line_helpers():
    assert bylines_mod.looks_like_job_title("Senior Contributor")
    assert not bylines_mod.looks_like_job_title("Fast Boats")
    assert bylines_mod.is_interface_line("Follow")
    assert not bylines_mod.is_interface_line("Fast Boats")


@pytest.mark.parametrize(
    "text, authors, agency",
    [
        ("By Ann Lee | Special to the Lakeside Herald", ["Ann Lee"], "Lakeside Herald"),
        ("Ann Lee, Special to Reuters", ["Ann Lee"], "Reuters"),
    ],
)
def test_special_to_an_outlet_credits_the_outlet(text, authors, agency):
    b = parse_byline(text)
    assert looks_like_byline(text)
    assert (b.authors, b.agency) == (authors, agency)
    # a one-word cutting word that is also a given name is not cut ("Per")
    assert parse_byline("By Per Olsen").authors == ["Per Olsen"]


@pytest.mark.parametrize(
    "text, authors",
    [
        ("By Ann LeeStaff Writer", ["Ann Lee"]),
        ("By Bo ChenBusiness Columnist", ["Bo Chen"]),
    ],
)
def test_a_job_title_glued_to_the_name(text, authors):
    assert looks_like_byline(text)
    assert parse_byline(text).authors == authors


def test_names_with_inner_capitals_are_not_unglued():
    assert parse_byline("By Rosa LaMotte, Harbour News").authors == ["Rosa LaMotte"]
    assert parse_byline("By Kevin McAllister").authors == ["Kevin McAllister"]


def test_a_desk_in_capitals_before_staff_credits_the_outlet():
    line = "By LHN Staff | November 18, 2019 at 2:26 PM HST"
    assert looks_like_byline(line)
    b = parse_byline(line)
    assert (b.authors, b.agency) == ([], "LHN")


@pytest.mark.parametrize(
    "text",
    [
        "Posted on March 30, 2015 by Admin",
        "May 3, 2019 | by Guest | 2 Comments",
    ],
)
def test_a_dated_post_credited_to_a_placeholder_is_a_byline_of_nobody(text):
    assert looks_like_byline(text)
    assert parse_byline(text).authors == []


@pytest.mark.parametrize("text", ["Posted by Admin", "By March 3", "By 2025, the plan will fail"])
def test_a_placeholder_or_date_alone_after_a_marker_is_not_a_byline(text):
    assert not looks_like_byline(text)


@pytest.mark.parametrize(
    "text, authors, agency",
    [
        ("By Nora Hale Staff Writer", ["Nora Hale"], None),
        ("Nora Hale Senior Writer", ["Nora Hale"], None),
        ("By Nora Hale Senior Staff Writer", ["Nora Hale"], None),
        ("Mary Ann Quill Reporter", ["Mary Ann Quill"], None),
        ("Tom Vale Ap Auto Writer", ["Tom Vale"], "AP"),
        ("한서윤 기자", ["한서윤"], None),
    ],
)
def test_job_title_after_a_name_without_comma(text, authors, agency):
    b = parse_byline(text)
    assert normalise_author_list([text]) == authors
    assert b.agency == agency


@pytest.mark.parametrize("text", ["News Editor", "Senior Staff Writer", "Staff Reporter"])
def test_a_job_title_alone_names_nobody(text):
    assert normalise_author_list([text]) == []


@pytest.mark.parametrize(
    "text, authors",
    [
        ("ByNora Hale", ["Nora Hale"]),
        ("VonAnna Kühne", ["Anna Kühne"]),
        ("Byron Vale", ["Byron Vale"]),
        ("By Parker Quill", ["Parker Quill"]),
    ],
)
def test_marker_glued_to_the_name_is_split(text, authors):
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    "text, authors",
    [
        ("By NORA HALE FOR HARBOURDAILY.COM", ["Nora Hale"]),
        ("By Nora Hale for tidewater.co.uk", ["Nora Hale"]),
        ("Cy Dart Deputy Content Hub Director", ["Cy Dart"]),
        ("By Jennifer Senior", ["Jennifer Senior"]),
    ],
)
def test_outlet_web_address_and_long_job_title_after_a_name(text, authors):
    assert parse_byline(text).authors == authors


def test_opens_with_author_marker():
    assert bylines_mod.opens_with_author_marker("By Bay Courier with Agencies")
    assert bylines_mod.opens_with_author_marker("Von Mara Lindqvist")
    assert not bylines_mod.opens_with_author_marker("Bystanders cheer the return of the ferry")
    assert not bylines_mod.opens_with_author_marker("By Land and Sea: how the harbour was rebuilt")
    assert not bylines_mod.opens_with_author_marker("By the numbers")


@pytest.mark.parametrize(
    "text, authors",
    [
        ("홍길동 기자", ["홍길동"]),
        ("부산=홍길동·김영희 기자", ["홍길동", "김영희"]),
        ("광주, 목포 홍길동 기자 hong@example.com", ["홍길동"]),
        ("홍길동 기자, 김영희 특파원", ["홍길동", "김영희"]),
        ("山田太郎記者", ["山田太郎"]),
    ],
)
def test_cjk_reporter_credits(text, authors):
    assert bylines_mod.reporter_credit(text) == authors
    assert parse_byline(text).authors == authors
    assert looks_like_byline(text)


@pytest.mark.parametrize(
    "text",
    [
        "홍길동 기자가 만난 사람들",  # a sentence about a reporter
        "정치 사회 경제 문화 국제 기자",  # a menu ending with the word
        "기자",
        "Ann Lee reporter",
    ],
)
def test_not_cjk_reporter_credits(text):
    assert bylines_mod.reporter_credit(text) == []


@pytest.mark.parametrize(
    "text, authors",
    [
        ("Von Anna Berg Redakteurin Politik", ["Anna Berg"]),
        ("Von Anna Berg Redakteurin", ["Anna Berg"]),
        ("Anna Berg Redakteurin Politik", ["Anna Berg"]),
        ("Ein Artikel von Anna Berg", ["Anna Berg"]),
    ],
)
def test_a_job_title_and_its_desk_after_the_name(text, authors):
    assert parse_byline(text).authors == authors


def test_names_joined_by_a_conjunction_are_a_name_line():
    assert looks_like_name_line("Anna Berg und Tom Weber")
    assert not looks_like_name_line("Politik und Gesellschaft")
    assert not looks_like_name_line("Sport und Freizeit")


@pytest.mark.parametrize(
    "text",
    [
        "Corresponsal en Atenas",  # a title and the place it is held in
        "Journalist i Oslo",
        "Correspondent in New York City",
        "Korrespondentin aus Kairo",
        "Reporter Reporter",  # printed twice by a widget
        "Journalist i Oslo Journalist i Oslo",
    ],
)
def test_a_job_title_with_its_place_or_printed_twice(text):
    assert bylines_mod.looks_like_job_title(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reporter in the field",  # the place is no capitalised name
        "Correspondent in Rome and Milan for Years",  # too long for a place
        "Fast Bikes in Paris",  # no job title
    ],
)
def test_not_a_job_title_with_a_place(text):
    assert not bylines_mod.looks_like_job_title(text)


@pytest.mark.parametrize(
    "text, authors",
    [
        ("Ann Lee – Reporter", ["Ann Lee"]),
        ("Ann Lee | Staff Writer", ["Ann Lee"]),
        ("Tom Okafor – Journalist i Oslo Journalist i Oslo", ["Tom Okafor"]),
    ],
)
def test_a_name_and_its_job_title_after_a_dash_or_bar_is_a_byline(text, authors):
    assert looks_like_byline(text)
    assert parse_byline(text).authors == authors


def test_a_name_and_a_non_title_after_a_bar_is_no_byline():
    assert not looks_like_byline("Home | Editor")
    assert not looks_like_byline("Ann Lee | Fast Bikes")


def test_a_generic_section_word_beside_the_credited_people_is_no_outlet():
    b = parse_byline("Storm Watch, National, News | Written by Ann Lee")
    assert "News" not in [c.name for c in b.contributors] and b.agency is None
    assert parse_byline("Ann Lee, News").contributors == [Contributor(name="Ann Lee", role="author")]
    # alone, the desk is the credit; a named outlet stays one
    assert parse_byline("By Newsroom").agency == "Newsroom"
    assert parse_byline("Ann Lee, Lakeside Herald").agency == "Lakeside Herald"
    assert parse_byline("By Ann Lee, CNN").agency == "CNN"


@pytest.mark.parametrize(
    "text, people",
    [
        ("By Ann Lee, NBC News", ["Ann Lee"]),
        ("By Ann Lee BBC Sport", ["Ann Lee"]),
        ("Ann Lee | IDG News Service", ["Ann Lee"]),
        ("By ANN LEE Harbour Times", ["Ann Lee"]),
        ("By Ann Lee - Westbrook Post", ["Ann Lee"]),
        ("By Ann Lee and Bo Chen, Lakeside Press", ["Ann Lee", "Bo Chen"]),
        ("By Jane Doe, CNN", ["Jane Doe"]),
    ],
)
def test_an_outlet_after_the_people_is_their_employer_not_a_credit(text, people):
    # only the people are credited (the byline's ``agency`` may still name where they write)
    b = parse_byline(text)
    assert b.authors == people
    assert roles(b, "agency") == []


@pytest.mark.parametrize(
    "text, agency",
    [
        ("Ann Lee and AP", "AP"),
        ("Ann Lee (dpa)", "dpa"),
        ("By Ann Lee, The Associated Press", "Associated Press"),
        ("Ann Lee - Agence France-Presse", "Agence France-Presse"),
        ("Ann Lee, Bo Chen | Reuters", "Reuters"),
        ("ANN LEE GEAR TEAM", "GEAR TEAM"),
        ("By Ann Lee, Web Desk", "Web Desk"),
    ],
)
def test_a_news_agency_or_a_desk_beside_the_people_is_credited_with_them(text, agency):
    b = parse_byline(text)
    assert b.authors and roles(b, "agency") == [agency]


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("By BBC News", "BBC News"),
        ("By Lakeside Herald Staff", "Lakeside Herald"),
        ("By LHN, in News, Travel, Business · 3 May 2024", "LHN"),  # the outlet before the sections
    ],
)
def test_an_outlet_credited_alone_is_the_credit(text, outlet):
    b = parse_byline(text)
    assert b.authors == [] and roles(b, "agency") == [outlet]


def test_a_turkish_name_in_capitals_keeps_its_letters():
    assert parse_byline("By İSMAİL KAYA").authors == ["İsmail Kaya"]


@pytest.mark.parametrize("text", ["Most Read", "Meest Gelezen", "Meist gelesen"])
def test_a_widget_heading_is_no_name_line(text):
    assert not looks_like_name_line(text)


@pytest.mark.parametrize(
    "text, authors",
    [
        ("Af Lars Hansen", ["Lars Hansen"]),  # Danish
        ("Av Lars Hansen og Kari Nordmann", ["Lars Hansen", "Kari Nordmann"]),  # Norwegian
        ("Av Lars Hansen och Eva Berg", ["Lars Hansen", "Eva Berg"]),  # Swedish
        ("Yazar: Ahmet Yılmaz", ["Ahmet Yılmaz"]),  # Turkish
        ("Haber: Ahmet Yılmaz ve Ayşe Kaya", ["Ahmet Yılmaz", "Ayşe Kaya"]),
        ("Oleh Budi Santoso", ["Budi Santoso"]),  # Indonesian
        ("Penulis: Budi Santoso", ["Budi Santoso"]),
    ],
)
def test_author_markers_and_joins_of_more_languages(text, authors):
    assert looks_like_byline(text)
    assert parse_byline(text).authors == authors


def test_a_nordic_marker_word_in_a_phrase_is_no_byline():
    assert not looks_like_byline("Av og til")
    assert not looks_like_byline("Av hensyn til sikkerheten")


def test_a_one_word_marker_with_its_colon_after_a_comma_starts_a_new_role():
    b = parse_byline("Text: Anna Berg, Foto: Tom Okafor")
    assert b.authors == ["Anna Berg"]
    assert Contributor(name="Tom Okafor", role="photographer") in b.contributors
    b = parse_byline("Tekst: Lars Hansen og Kari Nordmann, foto: Eva Berg")
    assert b.authors == ["Lars Hansen", "Kari Nordmann"]
    # without its colon the word is no marker ("Video Sport" is a menu's entry)
    assert not looks_like_byline("Video Sport")


def test_an_author_marker_with_its_colon_opens_a_byline():
    assert bylines_mod.opens_with_author_marker("Autorin: Ann Lee")
    assert bylines_mod.opens_with_author_marker("Text: Ann Lee")
    assert not bylines_mod.opens_with_author_marker("Foto: Ann Lee")  # a photographer's


@pytest.mark.parametrize(
    "text, authors",
    [
        ("By Ann LeeMarch 12, 2024", ["Ann Lee"]),  # a month glued to the name
        ("Ann LeeUpdated March 12, 2024", ["Ann Lee"]),  # a date cue glued to the name
        ("Von Anna Berg25. April 2024", ["Anna Berg"]),  # a particle marker over a glued date
        ("Di Mario Rossi 12 marzo 2024", ["Mario Rossi"]),
        ("By Kate McMay", ["Kate McMay"]),  # a month's name inside a name, no number after it
    ],
)
def test_a_name_glued_to_its_date(text, authors):
    assert looks_like_byline(text)
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    "text, authors, agency",
    [
        # a Dutch paper's own reporter: the marker phrase is no part of the name
        ("Door onze redacteur Jan de Vries", ["Jan de Vries"], None),
        ("Van onze correspondent Lotte Bakker", ["Lotte Bakker"], None),
        # the Spanish newsroom label with its colon names the writer, or the agency
        ("Redacción: Ana Gómez y Luis Pérez", ["Ana Gómez", "Luis Pérez"], None),
        ("Redacción: EFE", [], "EFE"),
        # without a name after it, the newsroom label is a desk's credit, never a person
        ("Redacción", [], "Redacción"),
    ],
)
def test_newsroom_markers_before_a_name(text, authors, agency):
    byline = parse_byline(text)
    assert byline.authors == authors
    assert byline.agency == agency


@pytest.mark.parametrize(
    "text, agencies",
    [
        ("Kaynak: AA", ["AA"]),
        ("Kaynak: Anadolu Ajansı", ["Anadolu Ajansı"]),
        ("Quelle: dpa", ["dpa"]),
        ("Fuente: EFE", ["EFE"]),
        ("Källa: TT", ["TT"]),
        ("Source: Reuters", ["Reuters"]),
    ],
)
def test_a_source_label_credits_the_agency_never_a_name(text, agencies):
    b = parse_byline(text)
    assert b.authors == []
    assert roles(b, "agency") == agencies
    assert not looks_like_name_line(text)


@pytest.mark.parametrize("text", ["Kaynak: Ayşe Demir", "Quelle: Anna Berg", "Source: The Harbour Gazette"])
def test_a_source_label_before_a_person_or_outlet_credits_no_one(text):
    assert parse_byline(text).authors == []


def test_a_surname_spelt_like_a_source_label_stays_a_name():
    assert looks_like_name_line("Mehmet Kaynak")
    assert parse_byline("Mehmet Kaynak").authors == ["Mehmet Kaynak"]


@pytest.mark.parametrize(
    "text, authors",
    [
        ("BYANN LEE", ["Ann Lee"]),
        ("BYJOHN OKAFOR AND MARA LINDQVIST", ["John Okafor", "Mara Lindqvist"]),
        ("BYANN LEE, REUTERS", ["Ann Lee"]),
        ("VONANNA BERG", ["Anna Berg"]),
    ],
)
def test_a_marker_in_capitals_glued_to_the_name(text, authors):
    assert parse_byline(text).authors == authors
    assert looks_like_byline(text)


@pytest.mark.parametrize(
    "text, authors",
    [
        ("BYRON LEE", ["Byron Lee"]),
        ("Byron Lee", ["Byron Lee"]),
        ("BYRNE WALSH", ["Byrne Walsh"]),
    ],
)
def test_a_name_beginning_like_a_marker_stays_whole(text, authors):
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize("text", ["BYPASS ROAD CLOSED", "BYOD: BRING YOUR OWN DEVICE", "Bypass Road Closed"])
def test_a_word_beginning_like_a_marker_is_no_glued_byline(text):
    assert not looks_like_byline(text)
    assert not any(a.startswith(("Pass", "Od")) for a in parse_byline(text).authors)


@pytest.mark.parametrize(
    "text, authors, agencies",
    [
        ("Anna Berg (dpa/AFP)", ["Anna Berg"], ["dpa", "AFP"]),
        ("Von Anna Berg (dpa/AFP)", ["Anna Berg"], ["dpa", "AFP"]),
        ("By Ann Lee (AP/Reuters)", ["Ann Lee"], ["AP", "Reuters"]),
    ],
)
def test_a_name_with_its_agencies_slashed_in_brackets(text, authors, agencies):
    b = parse_byline(text)
    assert b.authors == authors and roles(b, "agency") == agencies
    assert looks_like_byline(text)


def test_a_slashed_photo_credit_in_brackets_is_still_no_byline():
    assert not looks_like_byline("(Ann Lee/Harbour Images)")
    assert not looks_like_byline("Ann Lee/Harbour Images")


@pytest.mark.parametrize(
    "text, authors",
    [
        ("By An Nguyen", ["An Nguyen"]),
        ("BY AN NGUYEN", ["An Nguyen"]),
        ("By Nguyen Van An", ["Nguyen Van An"]),
        ("By An Nguyen and Tom Okafor", ["An Nguyen", "Tom Okafor"]),
    ],
)
def test_a_name_spelt_like_a_function_word_at_a_marked_name_s_edge(text, authors):
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    "text, authors",
    [
        ("By Richard Read", ["Richard Read"]),
        ("BY RICHARD READ", ["Richard Read"]),
        ("By Ann Lee 3 min read", ["Ann Lee"]),
        ("By Ann Lee Read more", ["Ann Lee"]),
    ],
)
def test_a_surname_spelt_like_an_interface_word_at_a_marked_name_s_edge(text, authors):
    assert parse_byline(text).authors == authors


def test_an_interface_word_alone_in_a_declared_value_is_still_no_name():
    assert normalise_author_list(["Minute Read", "Read More"]) == []


@pytest.mark.parametrize(
    "text, authors, others",
    [
        ("Adam Reyes | Tags: Harbour Board, Bo Chen, Kim Dahl", ["Adam Reyes"], []),
        ("By Ann Lee | Topics: Travel, Bo Chen", ["Ann Lee"], []),
        ("Von Anna Berg | Themen: Hafen, Olaf Brandt", ["Anna Berg"], []),
        ("Ann Lee | Fotos: Bo Kim", ["Ann Lee"], [("Bo Kim", "photographer")]),
        ("Anna Berg | Quelle: dpa", ["Anna Berg"], [("dpa", "agency")]),
    ],
)
def test_a_field_label_opening_a_segment_after_the_credit_ends_it(text, authors, others):
    b = parse_byline(text)
    assert b.authors == authors
    assert [(c.name, c.role) for c in b.contributors if c.role != "author"] == others


@pytest.mark.parametrize(
    "text, authors",
    [
        ("Ann Lee Senior Political Correspondent", ["Ann Lee"]),
        ("By Ann Lee Chief Political Correspondent", ["Ann Lee"]),
        ("By Bo Chen and Ann Lee Senior Foreign Correspondent", ["Bo Chen", "Ann Lee"]),
        ("Ann Lee Senior Writer", ["Ann Lee"]),
    ],
)
def test_a_grade_before_a_title_phrase_after_the_name_is_the_title_s(text, authors):
    # "Senior" can be a surname, but before a known title phrase it is the title's grade
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    "text, authors",
    [
        ("By Ann LeeAnn Lee", ["Ann Lee"]),
        ("By Ann LeeAnn Lee and Bo ChenBo Chen", ["Ann Lee", "Bo Chen"]),
        ("Von Anna Maria BergAnna Maria Berg", ["Anna Maria Berg"]),
        ("By LaLa Anthony", ["LaLa Anthony"]),
    ],
)
def test_a_name_printed_twice_and_glued_is_read_once(text, authors):
    assert parse_byline(text).authors == authors
    assert normalise_author_list([text.split(maxsplit=1)[1]]) == authors


@pytest.mark.parametrize("text", ["An Nguyen Update", "By An Update", "Share An Article"])
def test_a_function_word_before_a_non_name_is_still_stripped(text):
    assert "An Update" not in parse_byline(text).authors
    assert not any(a.startswith("An ") for a in parse_byline(text).authors if a != "An Nguyen Update")


@pytest.mark.parametrize(
    "text, authors, others",
    [
        ("Written by Ann Lee Topics: Travel, Food", ["Ann Lee"], []),
        ("By Ann Lee Tags: Harbour", ["Ann Lee"], []),
        ("By Ann Lee Photos: Bo Chen", ["Ann Lee"], [("Bo Chen", "photographer")]),
        ("Von Anna Berg Mitarbeit: Tom Weber", ["Anna Berg"], [("Tom Weber", "contributor")]),
    ],
)
def test_a_field_label_after_a_marked_name_ends_the_name(text, authors, others):
    b = parse_byline(text)
    assert b.authors == authors
    assert [(c.name, c.role) for c in b.contributors if c.role != "author"] == others


@pytest.mark.parametrize("text", ["Harbour Lights: The Night the Town Went Dark", "Building Tall Systems: A Primer"])
def test_a_headline_with_a_colon_is_still_no_byline(text):
    assert not looks_like_byline(text)


@pytest.mark.parametrize(
    "text, authors",
    [
        ("Reporter Ann Lee", ["Ann Lee"]),
        ("Senior Political Correspondent Bo Chen", ["Bo Chen"]),
        ("Reporters Ann Lee and Bo Chen", ["Ann Lee", "Bo Chen"]),
        ("Korrespondentin Anna Berg", ["Anna Berg"]),
        ("Journalist Ola Nordmann", ["Ola Nordmann"]),
        ("By Staff Writer Tom Okafor", ["Tom Okafor"]),
    ],
)
def test_a_newsroom_title_before_the_name_is_a_label(text, authors):
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize("text", ["President Joe Walker", "Professor Ann Lee", "Reporter Ann", "Staff Reporter"])
def test_other_titles_before_a_name_and_labels_without_a_full_name_credit_no_one(text):
    assert parse_byline(text).authors == []


@pytest.mark.parametrize(
    "text, agencies",
    [("Von dpa", ["dpa"]), ("Von AFP und dpa", ["AFP", "dpa"]), ("Von Redaktion Saltmere", ["Redaktion Saltmere"])],
)
def test_a_particle_marker_before_an_agency_or_newsroom_credits_it(text, agencies):
    b = parse_byline(text)
    assert b.authors == []
    assert [c.name for c in b.contributors if c.role == "agency"] == agencies


@pytest.mark.parametrize(
    "value", ["Juli", "Montag", "Newsdesk", "Online-Redaktion", "Gastautorin", "Nachrichtenagentur", "Kontakt"]
)
def test_a_month_a_newsroom_compound_or_an_interface_word_is_no_declared_name(value):
    assert normalise_author_list([value]) == []


@pytest.mark.parametrize("value", ["Madonna", "Hofmeister", "Schreiber"])
def test_a_one_word_pen_name_or_surname_is_still_a_declared_name(value):
    assert normalise_author_list([value]) == [value]


@pytest.mark.parametrize(
    "text, authors",
    [
        ("Anna Berg Politikredakteurin", ["Anna Berg"]),
        ("Kari Hansen Nyhetsjournalist", ["Kari Hansen"]),
        ("Ola Nordmann Journalist i Oslo", ["Ola Nordmann"]),
        ("Anna Berg Leitende Redakteurin", ["Anna Berg"]),
        ("Jan Bergautor", ["Jan Bergautor"]),
    ],
)
def test_a_compound_job_title_or_one_with_its_place_after_the_name_is_cut(text, authors):
    assert parse_byline(text).authors == authors


def test_a_sentence_opened_by_von_and_an_agency_is_no_byline():
    assert parse_byline("Von dpa-Angaben zufolge wurden drei Fähren gestrichen").contributors == []


@pytest.mark.parametrize(
    "text, agency",
    [("By Reuters, London", "Reuters"), ("Von dpa, Berlin", "dpa"), ("By Associated Press, Washington", "Associated Press")],
)
def test_one_word_after_an_agency_is_the_datelines_place_not_a_person(text, agency):
    b = parse_byline(text)
    assert b.authors == []
    assert [(c.name, c.role) for c in b.contributors] == [(agency, "agency")]
