"""Deployment helpers that run as ``python -m deploy.<name>`` (see deploy/smoke)."""
