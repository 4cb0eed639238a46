from newsclean.document import Label
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.region import MainRegion, best_run

PROSE = "The harbour board met on Tuesday and agreed to rebuild the northern wall before the storms arrive."


def test_best_run_is_the_maximum_sum_interval():
    assert best_run([-1, 5, -2, 6, -20, 3]) == (1, 3)
    assert best_run([-1, -2]) is None
    assert best_run([]) is None


def test_region_is_the_dense_prose_between_navigation_and_teasers(text_doc):
    page = "\n".join(
        ["Home", "News", "Sport", "Harbour wall to be rebuilt", PROSE, PROSE, "Subheading here", PROSE,
         "Related", "Another story headline", "A teaser summary that ends like teasers do..."])
    doc = text_doc(page)
    ChromeRules()(doc)
    MainRegion()(doc)
    body = [b.text for b in doc.blocks if b.label == Label.BODY]
    assert body == [PROSE, PROSE, "Subheading here", PROSE]
    assert doc.found["region"] == (4, 7)


def test_no_prose_means_no_region(text_doc):
    doc = text_doc("Home\nNews\nSport\nWeather")
    ChromeRules()(doc)
    MainRegion()(doc)
    assert doc.found["region"] is None
    assert not any(b.label == Label.BODY for b in doc.blocks)
