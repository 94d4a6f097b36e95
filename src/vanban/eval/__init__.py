"""Evaluation: score vanban against the gold files, inject known errors, and guard against regressions.

* :mod:`vanban.eval.score` — precision/recall/F1 per extractor and per rule over ``corpora/**/*.gold.json``;
* :mod:`vanban.eval.inject` — plant known errors at known lines in clean documents and measure recall per
  error kind and false alarms on the untouched documents;
* ``python -m vanban.eval`` — the command line (tables, ``--json``, ``--write-docs``, ``--check``).
"""
from __future__ import annotations

from .score import CorpusScore, DocScore, metrics, score_corpus, score_document

__all__ = ["CorpusScore", "DocScore", "metrics", "score_corpus", "score_document"]
