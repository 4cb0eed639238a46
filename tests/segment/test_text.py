from newsclean.segment.text import normalise_line, segment_text


def test_one_block_per_line_with_gaps_recorded():
    doc = segment_text("Headline\n\nFirst paragraph.\nSecond line\n\n\nThird.")
    assert [b.text for b in doc.blocks] == ["Headline", "First paragraph.", "Second line", "Third."]
    assert [b.gap_before for b in doc.blocks] == [True, True, False, True]
    assert [b.index for b in doc.blocks] == [0, 1, 2, 3]


def test_windows_newlines_and_odd_spaces_are_normalised():
    doc = segment_text("A\u00a0 line\r\nB\u2003\tline\u200b here\rC")
    assert [b.text for b in doc.blocks] == ["A line", "B line here", "C"]


def test_cjk_line_kept_whole():
    assert normalise_line("  北京市政府周一宣布了新的交通措施。  ") == "北京市政府周一宣布了新的交通措施。"


def test_hard_wrapped_paragraph_is_joined_back():
    from newsclean.segment.text import segment_text

    doc = segment_text("Abstract\n\nThis draft describes a protocol by which client\n"
                       "applications can talk to a storage server\nhosted elsewhere.\n\nHome\nnews\nsport")
    assert [b.text for b in doc.blocks] == [
        "Abstract",
        "This draft describes a protocol by which client applications can talk to a storage server "
        "hosted elsewhere.",
        "Home", "news", "sport"]


def test_a_sentence_end_or_a_blank_line_keeps_lines_apart():
    from newsclean.segment.text import segment_text

    doc = segment_text("The ferry left at nine on Monday morning.\nlater boats were cancelled as the wind rose\n\n"
                       "and the harbour closed before noon that day")
    assert len(doc.blocks) == 3
