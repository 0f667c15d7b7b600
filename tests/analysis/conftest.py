"""Hypothesis profiles for the analysis fuzz properties (tests/analysis/test_fuzz_analysis.py).

"parallax-short" (the default) is small and deterministic, so CI stays fast and
reproducible; with PARALLAX_FUZZ=long the properties run "parallax-long" instead: many
random examples each (`PARALLAX_FUZZ=long pytest tests/analysis/test_fuzz_analysis.py
--hypothesis-show-statistics` prints how many).
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow],
           "print_blob": True}
settings.register_profile("parallax-short", max_examples=60, derandomize=True, **_COMMON)
settings.register_profile("parallax-long", max_examples=3000, derandomize=False, **_COMMON)
