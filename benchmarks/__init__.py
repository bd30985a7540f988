"""City-scale performance measurements (not part of the test run): ``python -m benchmarks``.

Each benchmark prints one JSON object per line, ``{"name", "value", "unit", "baseline",
"ratio"}``, where ``baseline`` is the same work done the rawest way in the same run (raw
sqlite3, a bare PySide6 window) and ``ratio`` is value / baseline.
"""
