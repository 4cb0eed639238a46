import pickle

from newsclean.article import BodyBlock, RemovedBlock
from newsclean.assemble import _body_model, _removed_model


def test_fast_built_blocks_equal_validated_ones():
    fast = _removed_model(text="Share on Facebook", rule="chrome.share_widget", index=4, role="chrome")
    slow = RemovedBlock(text="Share on Facebook", rule="chrome.share_widget", index=4, role="chrome")
    assert fast == slow and fast.model_dump_json() == slow.model_dump_json()
    assert pickle.loads(pickle.dumps(fast)) == slow
    body = _body_model("heading", "Demonstration of force")
    assert body == BodyBlock(kind="heading", text="Demonstration of force")
    assert body.model_fields_set == {"kind", "text"}
