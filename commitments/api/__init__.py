"""The REST API of SPEC §4 (``/api/v1/``)."""
