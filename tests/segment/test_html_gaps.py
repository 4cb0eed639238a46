from newsclean.document import Block, Kind
from newsclean.segment.html_gaps import restore_gaps, restore_heads

A = "The harbour board met on Thursday evening and agreed to rebuild the eastern breakwater this spring."
B = "Work on the new wall will start in March, once the last of the winter storms has passed the bay."
TAIL = "fishermen had asked for the repair for years, after two boats were damaged at their moorings."


def _blocks(*texts, kinds=None):
    return [Block(text=t, index=n, kind=(kinds or {}).get(n, Kind.PARAGRAPH)) for n, t in enumerate(texts)]


def test_a_paragraph_whose_first_words_the_candidate_trimmed_is_made_whole():
    whole = "It has long been said along the coast that " + TAIL
    blocks = _blocks(A, TAIL, B)
    assert restore_heads(blocks, [(0, whole, False)]) == 1
    assert [b.text for b in blocks] == [A, whole, B]
    assert blocks[1].index == 1


def test_a_breadcrumb_or_a_policy_above_a_heading_or_a_link_is_not_a_trimmed_head():
    heading = "Storm Closes Schools Across The County"
    blocks = _blocks(heading, B)
    assert restore_heads(blocks, [(-1, f"You are here: Home > News > {heading}", False)]) == 0
    link = "https://example.org/harbour/breakwater"
    policy = f"We welcome comments that keep to the subject of the story and stay civil. {link}"
    blocks = _blocks(A, link)
    assert restore_heads(blocks, [(0, policy, False)]) == 0
    assert [b.text for b in blocks] == [A, link]


def test_what_is_not_a_whole_paragraph_stays_out():
    cases = [
        (0, "Share this story: " + TAIL[:-1], False),  # does not end like a sentence
        (0, "It has long been said that " + TAIL, True),  # inside a page frame
        (1, "It has long been said that " + B, False),  # after the last block
        (0, "It has long been said that " + TAIL + " More", False),  # does not end with the paragraph
    ]
    for case in cases:
        blocks = _blocks(A, TAIL)
        assert restore_heads(blocks, [case]) == 0, case
        assert [b.text for b in blocks] == [A, TAIL]


def test_a_heading_is_not_given_a_head():
    blocks = _blocks(A, TAIL, kinds={1: Kind.HEADING})
    assert restore_heads(blocks, [(0, "It has long been said that " + TAIL, False)]) == 0


DROPPED = "The new wall will be two metres higher than the old one, the board's engineer told the meeting."


def test_a_paragraph_the_candidate_dropped_between_two_of_its_blocks_goes_back():
    blocks = _blocks(A, B)
    shares = [0.0, 0.2]
    assert restore_gaps(blocks, shares, [(0, DROPPED, False)]) == 1
    assert [b.text for b in blocks] == [A, DROPPED, B]
    assert [b.index for b in blocks] == [0, 1, 2]
    assert blocks[1].kind == Kind.PARAGRAPH
    assert shares == [0.0, 0.0, 0.2]


def test_only_a_lone_sentence_between_two_candidate_blocks_goes_back():
    cases = [
        [(0, DROPPED, False), (0, "Read more: Harbour board approves the new ferry timetable.", False)],  # a box
        [(-1, DROPPED, False)],  # above the candidate
        [(1, DROPPED, False)],  # under its last block
        [(0, DROPPED, True)],  # inside a page frame
        [(0, "Harbour Board Approves New Breakwater For The Eastern Quay.", False)],  # capitalised words
        [(0, "Share this story with your friends and neighbours on the coast", False)],  # no sentence end
        [(0, "Photo: the old wall after the storm.", False)],  # too short
    ]
    for outside in cases:
        blocks = _blocks(A, B)
        assert restore_gaps(blocks, [0.0, 0.0], outside) == 0, outside
        assert [b.text for b in blocks] == [A, B]


def test_a_figures_caption_or_a_polls_options_between_two_blocks_stay_out():
    caption = "The eastern breakwater after the storm of January, seen from the lifeboat slipway at dawn."
    blocks = _blocks(A, B)
    assert restore_gaps(blocks, [0.0, 0.0], [(0, caption, False)], captions=[caption]) == 0
    poll = "Should the wall be rebuilt? Yes, as soon as possible.No, it costs too much.I am not sure yet."
    assert restore_gaps(blocks, [0.0, 0.0], [(0, poll, False)]) == 0
    assert [b.text for b in blocks] == [A, B]
