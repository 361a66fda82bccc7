"""Benchmarks of the commitment tracker: ``python bench/run.py`` (README, docs/benchmarks.md)."""
