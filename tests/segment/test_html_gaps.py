from newsclean.document import Block, Kind
from newsclean.segment.html_gaps import restore_gaps

A = "The harbour board met on Thursday evening and agreed to rebuild the eastern breakwater this spring."
B = "Work on the new wall will start in March, once the last of the winter storms has passed the bay."
GAP = "Fishermen had asked for the repair for years, after two boats were damaged at their moorings."


def _blocks(*texts, kinds=None):
    return [Block(text=t, index=n, kind=(kinds or {}).get(n, Kind.PARAGRAPH)) for n, t in enumerate(texts)]


def _restore(blocks, outside, shares=None):
    shares = shares if shares is not None else [0.0] * len(blocks)
    added = restore_gaps(blocks, shares, outside)
    return added, [b.text for b in blocks], shares


def test_a_lone_paragraph_skipped_between_two_story_paragraphs_is_put_back_in_its_place():
    blocks = _blocks(A, B)
    added, texts, shares = _restore(blocks, [(0, GAP, False)])
    assert added == 1
    assert texts == [A, GAP, B]
    assert [b.index for b in blocks] == [0, 1, 2]
    assert shares == [0.0, 0.0, 0.0]
    assert blocks[1].kind == Kind.PARAGRAPH


def test_a_paragraph_in_a_run_of_outside_blocks_is_not_the_lone_skipped_one():
    caption = "The old breakwater in 1962."
    added, texts, _ = _restore(_blocks(A, B), [(0, caption, False), (0, GAP, False)])
    assert texts == [A, B]


def test_a_story_quoting_a_report_in_list_items_runs_on_through_them():
    added, texts, _ = _restore(_blocks(A, B, kinds={0: Kind.LIST_ITEM, 1: Kind.LIST_ITEM}), [(0, GAP, False)])
    assert texts == [A, GAP, B]


def test_what_is_not_a_skipped_paragraph_stays_out():
    thread = [(0, GAP, False), (0, GAP.replace("years", "months"), False), (0, GAP.replace("two", "three"), False)]
    cases = [
        [(0, "Share this story on your favourite network", False)],  # not a sentence
        [(0, "Share", False)],  # a button
        [(0, "Harbour Board Approves The Eastern Breakwater Rebuild For Next Spring At Last.", False)],  # title case
        [(1, GAP, False)],  # after the last block: not between two of the story's paragraphs
        [(-1, GAP, False)],  # above the story
        [(0, GAP, True)],  # inside a page frame (aside, footer)
        thread,  # a run of comments or teasers in one place
        [(0, GAP + " More on the breakwater...", False)],  # a teaser's ending
    ]
    for outside in cases:
        added, texts, _ = _restore(_blocks(A, B), outside)
        assert added == 0, outside
        assert texts == [A, B]


def test_neighbours_that_are_not_story_paragraphs_give_no_gap():
    # a heading above, a strip of linked teasers below
    assert _restore(_blocks(A, B, kinds={0: Kind.HEADING}), [(0, GAP, False)])[0] == 0
    assert _restore(_blocks(A, B), [(0, GAP, False)], shares=[0.0, 0.9])[0] == 0
    assert _restore(_blocks(A, "Read more"), [(0, GAP, False)])[0] == 0


def test_a_paragraph_the_candidate_holds_already_is_not_added_twice():
    # glued to the paragraph above it, or with its first words trimmed by the candidate
    glued = A + GAP
    assert _restore(_blocks(glued, B), [(0, GAP, False)])[0] == 0
    trimmed = GAP.split(" ", 4)[-1]
    assert _restore(_blocks(A, trimmed, B), [(0, GAP, False)])[0] == 0



def test_a_paragraph_whose_first_words_the_candidate_trimmed_is_made_whole():
    from newsclean.segment.html_gaps import restore_heads

    head = "It has long been said along the coast that "
    blocks = _blocks(A, GAP[0].lower() + GAP[1:], B)
    assert restore_heads(blocks, [(0, head + GAP[0].lower() + GAP[1:], False)]) == 1
    assert blocks[1].text == head + GAP[0].lower() + GAP[1:]
    assert blocks[1].index == 1


def test_a_breadcrumb_or_a_policy_above_a_heading_or_a_link_is_not_a_trimmed_head():
    from newsclean.segment.html_gaps import restore_heads

    heading = "Storm Closes Schools Across The County"
    crumb = f"You are here: Home > News > {heading}"
    blocks = _blocks(heading, B)
    assert restore_heads(blocks, [(-1, crumb, False)]) == 0
    link = "https://example.org/harbour/breakwater"
    policy = f"We welcome comments that keep to the subject of the story and stay civil. {link}"
    blocks = _blocks(A, link)
    assert restore_heads(blocks, [(0, policy, False)]) == 0
    assert [b.text for b in blocks] == [A, link]
