"""The byline grammar: a byline read as segments and parts, each part classified (a person's
name, an agency, an outlet, a job title, a date, interface noise); :func:`parse_byline`.

Split from :mod:`newsclean.metadata.bylines` along its seams.
"""

from __future__ import annotations

import regex

from newsclean.article import Contributor
from newsclean.metadata import dates as _dates
from newsclean.metadata.bylines.names import (
    _agency_at,
    _credited_desk,
    _is_place,
    _is_title,
    _mostly_caps,
    _name_before_title,
    _name_kind,
    _name_then_beat_title,
    _org_token,
    _proper_case,
    _title_after_name,
    _title_before_name,
    _title_then_employer,
    _word_of_a_role,
)
from newsclean.metadata.bylines.openers import (
    _FIELD_LABEL,
    _joined_parts,
    _paren_agencies,
    _starts_with_agency,
    _starts_with_full_name,
    _starts_with_lone_word,
    _starts_with_outlet,
    _with_agencies,
)
from newsclean.metadata.bylines.reporter import reporter_credit
from newsclean.metadata.bylines.text import (
    UNMARKED,
    _agency_name,
    _Analysis,
    _brand_digits,
    _check_stop,
    _cut_clause,
    _is_date_text,
    _Item,
    _may_cut_date,
    _prepare,
    _split_segments,
    _word_end,
)
from newsclean.metadata.bylines.vocabulary import (
    _ACCOUNT,
    _CJK_NAME,
    _END_PUNCT,
    _ENDS_WITH_JOIN,
    _INITIAL,
    _PAREN,
    _PLACEHOLDER,
    _TRAILING_JOIN,
    Byline,
    _norm_entry,
    _vocab,
)
from newsclean.settings import settings


def _classify(part: str, role: str, an: _Analysis, state: dict) -> None:
    """Classify one comma/conjunction-separated part and record it."""
    v = _vocab()
    m = v.date_cut_re.search(part) if _may_cut_date(part) else None
    while m is not None and _brand_digits(part, m.start()):
        m = v.date_cut_re.search(part, _word_end(part, m.start()))
    if m is not None:
        an.cue = an.cue or _is_date_text(part[m.start() :])
        part = part[: m.start()]
    tokens = [t for t in part.split() if t.strip(_END_PUNCT)]
    tokens = [t.strip(",;:") for t in tokens]
    if not tokens:
        return
    tokens, tail_agency = _cut_clause(tokens, an)
    if tail_agency:
        an.items.append(_Item("agency", tail_agency, "agency"))
    if _is_place(tokens):
        return  # "Hong Kong, 12 March 2024", "Ann Lee, New York City": a place, before a function word is cut off it
    if _doubled(tokens) and all(_org_token(t) for t in tokens):
        # "Lena Ortiz, Westbrook Courier Westbrook Courier": after the author's name, the same
        # words printed twice are a portal's widget doubling the publisher's name; alone, a
        # name printed twice is the author's, once
        tokens = tokens[: len(tokens) // 2]
        if any(it.kind in ("name", "single") for it in an.items):
            an.items.append(
                _Item("org", " ".join(tokens).strip(_END_PUNCT), "agency", after_title=state.get("after_title", False))
            )
            return
    # "The Ravenfield Examiner": a capitalised article leading capitalised words names an outlet
    if (
        2 <= len(tokens) <= 6
        and tokens[0][:1].isupper()
        and tokens[0].casefold() in v.org_leads
        and not any(ch in part for ch in ":?!")
        and _agency_at(tokens, 1) is None
        and all(t[:1].isupper() or t[:1].isdigit() or t in ("&", "of", "de", "du", "des") for t in tokens[1:])
    ):
        an.items.append(
            _Item("org", " ".join(tokens).strip(_END_PUNCT), "agency", after_title=state.get("after_title", False))
        )
        return
    beat = _name_then_beat_title(tokens)
    if beat:
        # "Judith Burns Education reporter BBC News": the name, then her job title and employer
        an.items.append(_Item("name", _proper_case(" ".join(tokens[:beat])), role))
        state["after_title"] = True
        return
    # a part opened by a lower-case cutting word names a place, a category or an outlet
    # ("in Travel", "at City Hall", "for the Ledger"): an outlet stays one, but never a person
    placed = len(tokens) > 1 and tokens[0][:1].islower() and tokens[0].casefold() in v.cut_words
    # the parts listed after it without a conjunction are that list's ("By Ann Lee, in News,
    # Travel": two sections, no person "Travel")
    listed = bool(state.get("placed")) and not state.get("joined")
    state["placed"] = placed or listed
    placed = placed or listed
    if len(tokens) > 2 and " ".join(t.casefold() for t in tokens[:2]) in v.cut_words:
        tokens, placed = tokens[2:], True  # "Special to the Lakeside Herald": the outlet
    # a function word that is also a name, capitalised at the edge of a marked name ("By An
    # Nguyen", "By Nguyen Van An"), is the name's
    edge = _name_edge(tokens, an)
    edge_word = tokens[edge] if edge is not None else ""
    if edge is not None:
        tokens = tokens[1:] if edge == 0 else tokens[:-1]
    # interface words and lower-case words around a name are stripped; the latter are junk
    # (not from a job title after a name, whose words may be lower-case: "Ann Lee · Politics reporter")
    junk = 0
    title_after = any(it.kind in ("name", "single") for it in an.items) and _is_title(tokens)
    t_is_first = True
    while (
        not title_after and tokens and (tokens[0].casefold().strip(_END_PUNCT) in v.stopwords or tokens[0][0].islower())
    ):
        if _agency_at(tokens, 0) is not None:  # "dpa", "epd": lower-case agencies
            break
        if len(tokens) > 1 and tokens[0].endswith(".") and _INITIAL.fullmatch(tokens[0]) and tokens[1][:1].isupper():
            break  # "A. Lee": an initial before a name, not the word "a"
        opener = placed and t_is_first
        t_is_first = False
        t = tokens.pop(0)
        word = t.casefold().strip(_END_PUNCT)
        if word in v.particles and tokens and tokens[0][:1].isupper():
            if t[0].islower() and len(tokens) >= 2 and _name_kind(tokens) == "name":
                continue  # "Artikel von Anna Berg": the word before a full name is a marker, no particle
            tokens.insert(0, t)
            break
        if word not in v.stopwords and t[0].islower() and not opener:
            junk += 1  # (the cutting word opening a place is none: "Ann Lee, à Paris")
    while (
        not title_after
        and tokens
        and (tokens[-1].casefold().strip(_END_PUNCT) in v.stopwords or tokens[-1][0].islower())
    ):
        if _agency_at(tokens, len(tokens) - 1) is not None and len(tokens) == 1:
            break
        t = tokens.pop()
        if t.casefold().strip(_END_PUNCT) not in v.stopwords and t[0].islower() and t.casefold() not in v.particles:
            junk += 1
    tokens = [
        t.strip(_END_PUNCT) if i == len(tokens) - 1 and not _INITIAL.fullmatch(t) else t for i, t in enumerate(tokens)
    ]
    tokens = [t for t in tokens if t]
    if not tokens:
        an.junk_words += junk
        return
    found = _agency_at(tokens, 0)
    if found is not None:
        name, n = found
        rest = tokens[n:]
        rest_low = [t.casefold().strip(".,") for t in rest]
        if not rest or _is_title(rest) or all(t in v.stopwords or t in v.org_words for t in rest_low):
            an.items.append(_Item("agency", name, "agency"))
            an.junk_words += junk
            return
    # a newsroom title printed as a label before the name ("Reporter Ann Lee"): the name is
    # the writer's, the label no part of it
    label = _title_before_name(tokens)
    if label:
        an.cue = True  # (the label shows the byline, as a marker does)
        tokens = tokens[label:]
    # a part after a person's name and a comma that ends in a job title is the title, whole
    # ("Ann Lee, Product Marketing Manager"): its first words are the title's, no second
    # person; co-authors before one title in the plural keep theirs ("..., Bo Kim Staff Writers")
    if _title_then_employer(tokens, an, state):
        # "Ann Lee, Engineer Google Photos", "Ann Lee, Education reporter BBC News": her job
        # title and the team or outlet she holds it at, no second person
        an.junk_words += junk
        return
    k = 0 if _title_after_name(tokens, an, state) else _name_before_title(tokens)
    if k:
        # "Ann Lee Staff Writer", "신현주 기자": a name with its job title after it, no comma
        # between them; the name is credited, the title is read below
        an.items.append(_Item(_name_kind(tokens[:k]) or "single", _proper_case(" ".join(tokens[:k])), role))
        tokens = tokens[k:]
    if _is_title(tokens):
        # "Ap Auto Writer": a title naming an agency credits it
        for j in range(len(tokens)):
            f = _agency_at(tokens, j)
            if f is not None:
                an.items.append(_Item("agency", f[0], "agency"))
                break
        else:
            # "Lakeside Herald Staff", "LHN Staff": an outlet's staff credits the outlet (a
            # one-word desk before a title is the title's: "News Editor")
            for j in range(len(tokens) - 1, 0, -1):
                head = tokens[:j]
                head_low = [t.casefold().strip(".,") for t in head]
                acronym = j == 1 and len(head[0]) >= 2 and head[0].isalpha() and head[0].isupper()
                if (
                    _is_title(tokens[j:])
                    and all(_org_token(t) for t in head)
                    and not _is_title(head)
                    and (acronym or (j >= 2 and any(t in v.org_words and t not in v.title_words for t in head_low)))
                ):
                    an.items.append(
                        _Item(
                            "org",
                            " ".join(head).strip(_END_PUNCT),
                            "agency",
                            after_title=state.get("after_title", False),
                        )
                    )
                    break
        state["after_title"] = True
        an.junk_words += junk
        return
    low = [t.casefold().strip(".,()") for t in tokens]
    if placed and len(tokens) == 1 and low[0] in v.org_words and not tokens[0].isupper():
        return  # "in News": a section named by one generic word, no outlet credited
    joined = " ".join(tokens)
    letters = [ch for ch in joined if ch.isalpha()]
    org_shaped = len(tokens) <= 8 and all(_org_token(t) for t in tokens)
    # (a label before a colon, "Weekly Focus: Why ...", is no name of a "name + outlet" part)
    glued = org_shaped and ":" not in part
    if len(tokens) >= 3 and glued:
        # "Tom Lee Associated Press": a name glued to the news agency that follows it
        # (the first agency from the left: "Visit Thomson Reuters" is no "Visit Thomson")
        k, found = next(((j, f) for j in range(1, len(tokens)) if (f := _agency_at(tokens, j)) is not None), (0, None))
        if found is not None and k in (2, 3) and found[1] == len(tokens) - k and _name_kind(tokens[:k]) == "name":
            an.items.append(_Item("name", _proper_case(" ".join(tokens[:k])), role))
            an.items.append(_Item("agency", found[0], "agency"))
            an.junk_words += junk
            return
    if any(t in v.org_words for t in low) and len(tokens) >= 4 and glued:
        # "Kelli Miller WebMD Health News": a name glued to the outlet that follows it; an
        # outlet is most often a place and one word ("Ann Lee Lakeside Herald")
        for k in (2, 3) if len(tokens) == 4 else (3, 2):
            if (
                not any(t in v.org_words for t in low[:k])
                and tokens[k][:1].isupper()
                and _name_kind(tokens[:k]) == "name"
            ):
                an.items.append(_Item("name", _proper_case(" ".join(tokens[:k])), role))
                an.items.append(
                    _Item(
                        "org",
                        " ".join(tokens[k:]).strip(_END_PUNCT),
                        "agency",
                        after_title=state.get("after_title", False),
                    )
                )
                an.junk_words += junk
                return
    # (a one-word newsroom compound credited with agencies is the outlet's desk: "By Euronews with agencies")
    desk_word = an.agency_tail and len(tokens) == 1 and tokens[0][:1].isupper() and _word_of_a_role(tokens[0])
    if (
        (any(t in v.org_words for t in low) and org_shaped)
        or desk_word
        or (
            len(tokens) == 1
            and len(letters) >= 2
            and joined.isupper()
            and not _CJK_NAME.fullmatch(joined)
            and edge is None
        )
    ):
        an.items.append(_Item("org", joined.strip(_END_PUNCT), "agency", after_title=state.get("after_title", False)))
        an.junk_words += junk
        return
    dv = _dates._vocab()
    if (
        len(tokens) >= 3
        and (tokens[-1].casefold().rstrip(".") in dv.months or tokens[-1].casefold().rstrip(".") in dv.weekdays)
        and not _mostly_caps(tokens[-1])
    ):
        # "Laura June Topolsky July", "Ann Lee Thu., Aug. 9" (the day was cut off upstream,
        # the date after the weekday's comma is a part of its own)
        tokens = tokens[:-1]
    name_kind = _name_kind(tokens)
    if name_kind is None or junk:
        an.junk_words += junk + len(tokens)
        return
    if placed:
        return
    if edge is not None:
        tokens = [edge_word, *tokens] if edge == 0 else [*tokens, edge_word]
        name_kind = "name"
    an.items.append(_Item(name_kind, _proper_case(" ".join(tokens)), role))


def _name_edge(tokens: list[str], an: _Analysis) -> int | None:
    """The edge (0 or -1) of a marked or declared name's short part where a capitalised word
    that is both a function word and a name stands beside capitalised words ("An Nguyen",
    "Richard Read"), else None."""
    if not (an.marker or an.declared) or not 2 <= len(tokens) <= settings().stopword_name_max_tokens:
        return None
    if not all(t[:1].isupper() for t in tokens):
        return None
    names = _vocab().stopword_names
    for edge in (0, -1):
        word = tokens[edge]
        rest = tokens[1:] if edge == 0 else tokens[:-1]
        written = word[1:].islower() or all(_mostly_caps(t) for t in tokens)  # "An", or "AN NGUYEN"
        if word.casefold() in names and written and _name_kind(rest) in ("name", "single"):
            return edge
    return None


def _doubled(tokens: list[str]) -> bool:
    """The same run of words printed twice in a row ("Westbrook Courier Westbrook Courier")."""
    half = len(tokens) // 2
    return (
        half >= settings().doubled_min_words
        and len(tokens) == 2 * half
        and [t.casefold() for t in tokens[:half]] == [t.casefold() for t in tokens[half:]]
    )


def _analyse_content(content: str, role: str, an: _Analysis, state: dict, depth: int = 0) -> None:
    """A segment's text after its marker: parts, parentheticals, names."""
    v = _vocab()
    stash: list[str] = []

    def hold(m: regex.Match) -> str:
        stash.append(m[1])
        return f"\x01{len(stash) - 1}\x02"

    content = _PAREN.sub(hold, content)
    # a multi-word marker inside the segment ("... and edited by B") starts a new role
    pieces: list[tuple[str, str]] = []
    pos, cur_role = 0, role
    # (a line without a role marker anywhere has none here: every match of mid_re is one)
    for m in v.mid_re.finditer(content) if an.stop != UNMARKED else ():
        before = content[pos : m.start()]
        if m.start() > 0 and not _ENDS_WITH_JOIN.search(before):
            continue
        pieces.append((before, cur_role))
        cur_role = v.marker_role[_norm_entry(m["m"])]
        an.marker = True
        _check_stop(an, len(an.items))
        pos = m.end()
    pieces.append((content[pos:], cur_role))
    pieces = [cut for text, prole in pieces for cut in _field_cut(text, prole, an)]
    for text, prole in pieces:
        text = _TRAILING_JOIN.sub("", text)
        for part, joined in _joined_parts(text):
            state["joined"] = joined
            part_role = prole
            extra: list[str] = []
            agencies: list[str] = []

            def restore(
                m: regex.Match, extra: list[str] = extra, agencies: list[str] = agencies, whole: str = part
            ) -> str:
                nonlocal part_role
                inner = stash[int(m[1])].strip()
                key = _norm_entry(inner)
                if key in v.paren_roles:
                    part_role = v.paren_roles[key]
                    an.cue = True
                    return " "
                named = _paren_agencies(inner)
                if named:
                    # "Anna Berg (dpa)", "(dpa/AFP)": the agencies the writer's story draws on,
                    # credited beside her
                    agencies.extend(named)
                    an.cue = True
                    return " "
                w = v.with_re.match(inner)
                if w is not None:
                    extra.append(inner[w.end() :])
                    an.cue = True
                    return " "
                if not inner or not any(ch.isalpha() for ch in inner):
                    return " "
                if not whole[m.end() :].strip():
                    # after the name, not inside it ("Ann Lee (Berlin)", "Ann Lee (Text)"): a
                    # place or a role, where a nickname stands between the names ("Richard (R.J.) Eskow")
                    return " "
                if _name_kind(inner.split()) is not None or _CJK_NAME.fullmatch(inner):
                    return f"({inner})"
                return " "

            part = _PLACEHOLDER.sub(restore, part)
            w = v.with_re.match(part)
            if w is not None:
                part = part[w.end() :]
            mid = v.with_mid_re.search(part)
            if (
                mid is not None
                and _with_agencies(part[mid.end() :])
                and _name_kind(part[: mid.start()].split()) == "name"
            ):
                # "Ann Lee with Reuters", "Anna Berg mit dpa": a full name, then the news agency
                # she wrote with, credited beside her as in "Ann Lee (with Reuters)" (not just
                # anything after "with": "Ann Lee with her team" is a headline's)
                agencies.extend(_with_agencies(part[mid.end() :]))
                part = part[: mid.start()]
            first_new = len(an.items)
            _classify(part, part_role, an, state)
            an.items.extend(_Item("agency", name, "agency") for name in agencies)
            _check_stop(an, first_new)
            for e in extra:
                if depth < 2:
                    _analyse_content(e, part_role, an, state, depth + 1)


# a field's label with its colon after the name ("Written by Ann Lee Topics: Travel")
# or opening a segment after the credit ("Ann Lee | Tags: Travel")
_FIELD_OPEN = regex.compile(r"(?P<label>\p{Lu}[\p{L}-]{1,24})\s*[:：]\s+(?=\S)")


def _field_cut(text: str, role: str, an: _Analysis) -> list[tuple[str, str]]:
    """A marked byline's text cut where a field's label with its colon follows the name: the
    field after it is no part of the name ("Ann Lee Topics: Travel" names Ann Lee); a role's
    marker there opens that role ("Ann Lee Photos: Bo Chen")."""
    m = _FIELD_LABEL.search(text) if an.marker else None
    if m is None:
        return [(text, role)]
    head, rest = text[: m.start()], text[m.end() :]
    label_role = _vocab().marker_role.get(_norm_entry(m["label"]))
    return [(head, role), (rest, label_role)] if label_role else [(head, role)]


def _analyse(text: str, *, default_marker: bool = False) -> _Analysis:
    an = _Analysis(declared=default_marker)
    s = _prepare(text, an)
    if s is not None:
        _analyse_prepared(s, an)
        if default_marker:
            an.marker = True
    return an


def _analyse_prepared(s: str, an: _Analysis) -> None:
    v = _vocab()
    segments = _split_segments(s)
    an.segments = len(segments)
    role = "author"
    unmarked = an.stop == UNMARKED  # no role marker in s: after_date_re and start_re find none
    for seg in segments:
        seg = seg.strip()
        src = v.source_re.match(seg) if v.source_re is not None else None
        if src is not None:
            # "Kaynak: AA", "Quelle: dpa", "Source: Reuters": the source the story draws on
            # credits a news agency, never a person (nor a name "Kaynak AA")
            an.cue = True
            first = len(an.items)
            _analyse_content(seg[src.end() :], role, an, {})
            an.items[first:] = [it for it in an.items[first:] if it.kind == "agency"]
            continue
        field_label = _FIELD_OPEN.match(seg)
        if (
            field_label is not None
            and any(it.kind != "org" for it in an.items)
            and _norm_entry(field_label["label"]) not in v.marker_role
            and v.start_re.match(seg) is None
        ):
            # "Ann Lee | Tags: Travel, Bo Chen", "Ann Lee | Themen: Berlin": a field of the page
            # printed after the credit in its row; its values are no names (a role's own label,
            # "Ann Lee | Fotos: Bo Kim", is read as that role)
            continue
        if unmarked:
            _analyse_content(seg, role, an, {})
            continue
        # a marker after a date stamp: "Published May 3, 2019 by Ann Lee"
        m = v.after_date_re.search(seg)
        if m is not None and any(ch.isdigit() for ch in seg[: m.start()]) and _is_date_text(seg[: m.start()]):
            an.cue = True
            seg = seg[m.start() :].strip()
        m = v.start_re.match(seg)
        if m is not None:
            word = _norm_entry(m["c"] or m["m"])
            rest = seg[m.end() :]
            # a particle used as a marker ("Von Anna Müller", "Di Giorgio e ...") needs a full name after it
            if word in v.particle_markers and not (
                _starts_with_full_name(rest) or _starts_with_outlet(rest) or _starts_with_agency(rest)
            ):
                if _starts_with_lone_word(rest):
                    # "Von Tagesspiegel": the particle as a marker before one word alone, an outlet's
                    # name or a bare surname, credits no one (never the person "Von Tagesspiegel")
                    an.cue = True
                    continue
                m = None
            else:
                role = v.marker_role[word]
                an.marker = True
                an.first_marker = an.first_marker or word
                _check_stop(an, len(an.items))
                seg = rest
                account = seg.strip()
                if (
                    role == "author"
                    and an.segments >= settings().account_min_segments
                    and _ACCOUNT.fullmatch(account)
                    and account not in v.stopwords
                ):
                    # "October 12, 2018 / 0 Comments / in Travel / by siteadmin": a blog's meta
                    # line credits the account that posted
                    an.items.append(_Item("single", account, role))
                    continue
        state: dict = {}
        _analyse_content(seg, role, an, state)


def _section_word(it: _Item, names: list[_Item]) -> bool:
    """An outlet-like item that is one generic word ("News", "Media") beside credited people:
    a section or category label printed in the byline's row ("National, News | Written by
    Ann Lee"), not an outlet. Alone it may be the desk credited ("By Newsroom")."""
    value = it.value.strip()
    return bool(names) and " " not in value and not value.isupper() and _norm_entry(value) in _vocab().org_words


def _employer(it: _Item, an: _Analysis, credited: list[_Item]) -> bool:
    """An outlet, not a news agency nor a desk ("Gear Team"), after a credited person ("By Ann Lee,
    NBC News", "Ann Lee | IDG News Service"): her employer, not a credit, as in the HTML path
    (alone it is the credit: "By BBC News")."""
    at = an.items.index(it)
    before = any(an.items.index(p) < at for p in credited)
    return before and not _agency_name(it.value) and not _credited_desk(it.value.casefold().split())


def _to_byline(an: _Analysis, raw: str, *, allow_single: bool) -> Byline:
    names = [it for it in an.items if it.kind in ("name", "single")]
    authors: list[str] = []
    contributors: dict[tuple[str, str], Contributor] = {}
    agency = None
    seen: set[str] = set()
    # the people credited (a lone word only after a marker, alone): an outlet after them is their employer
    credited = [it for it in names if it.kind == "name" or (allow_single and len(names) == 1 and an.marker)]
    for it in an.items:
        if it.kind == "single" and an.agency_tail and len(names) == 1:
            # "By Euronews with agencies": the one word credited beside the agencies is the outlet's desk
            contributors.setdefault((it.value.casefold(), "agency"), Contributor(name=it.value, role="agency"))
            continue
        if it.kind == "single" and not (allow_single and len(names) == 1 and an.marker):
            continue
        if it.kind == "single" and any(o.kind == "agency" for o in an.items[: an.items.index(it)]):
            continue  # "By Reuters, London", "Von dpa, Berlin": one word after the agency is the dateline's place
        if it.kind in ("name", "single"):
            key = (it.value.casefold(), it.role)
            contributors.setdefault(key, Contributor(name=it.value, role=it.role))  # type: ignore[arg-type]
            if it.role == "author" and it.value.casefold() not in seen:
                seen.add(it.value.casefold())
                authors.append(it.value)
        elif it.kind == "agency" or (
            it.kind == "org" and not it.after_title and not _section_word(it, names) and not _employer(it, an, credited)
        ):
            contributors.setdefault((it.value.casefold(), "agency"), Contributor(name=it.value, role="agency"))
    for it in an.items:
        if it.kind == "agency":
            agency = it.value
            break
    if agency is None and an.agency_tail and len(names) == 1 and names[0].kind == "single":
        agency = names[0].value
    if agency is None:
        for it in an.items:
            if it.kind == "org" and not it.after_title and not _section_word(it, names):
                agency = it.value
                break
    return Byline(authors=authors, contributors=list(contributors.values()), agency=agency, raw=raw)


def parse_byline(text: str) -> Byline:
    """Parse a byline into authors, contributors with roles, and an agency.

    >>> parse_byline("By Jane Doe, CNN").agency
    'CNN'
    >>> parse_byline("Sophie Yu | Reuters").authors
    ['Sophie Yu']
    >>> parse_byline("By Reuters").authors, parse_byline("By Reuters").agency
    ([], 'Reuters')
    """
    if not text:
        return Byline(raw=text or "")
    reporters = reporter_credit(text)
    if reporters:
        return Byline(
            authors=reporters, contributors=[Contributor(name=n, role="author") for n in reporters], raw=text.strip()
        )
    an = _analyse(text)
    return _to_byline(an, text.strip(), allow_single=True)
