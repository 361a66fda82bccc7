"""Readers: one module per file format, each bytes → text lines (step 1)."""
