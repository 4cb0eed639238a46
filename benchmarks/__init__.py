"""Benchmarks for newsclean: the article-body metric, dataset loaders, peers, runner and CI gate.

Run from the repository root::

    python -m benchmarks.run --dataset ../shared/bench/scrapinghub --input text
    python -m benchmarks.gate

This package is not installed with newsclean; it is run from a checkout.
"""
