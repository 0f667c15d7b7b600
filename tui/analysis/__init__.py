"""Fact extraction and comparison of news reports (UI-free; no Textual imports).

Public entry points (import the modules directly; this package imports nothing eagerly):

- `tui.analysis.facts.extract_facts(article) -> list[dict]`: `inspect --json` facts.
- `tui.analysis.facts.analyse(text, language, published) -> Analysis`: typed, cached analysis
  (sentences, tokens, quantities, entities, dates, all with character offsets).
- `tui.analysis.compare.compare_articles(a, b) -> dict`: the comparison JSON contract;
  `compare_analyses(an_a, an_b) -> Comparison` is the typed form for the UI;
  `format_comparison(result) -> str` is the plain-text table.
- `tui.analysis.align.align_sentences(similarity_matrix) -> list[AlignedGroup]`.
"""
