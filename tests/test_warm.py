"""warm_up loads the lazy caches once per process, and leaves custom extractors alone."""

from __future__ import annotations

import newsclean.warm as warm


def test_warm_up_runs_the_default_extractor_once(monkeypatch):
    calls = []
    monkeypatch.setattr(warm, "_warmed", False)
    monkeypatch.setattr("newsclean.api.extract", lambda page, kind: calls.append(kind))
    warm.warm_up()
    warm.warm_up()
    assert calls == ["text", "html"]


def test_a_custom_extractor_is_not_warmed(monkeypatch):
    calls = []
    monkeypatch.setattr(warm, "_warmed", False)
    monkeypatch.setattr("newsclean.api.extract", lambda page, kind: calls.append(kind))
    warm.warm_up(lambda page, **kw: None)
    assert calls == [] and warm._warmed is False
