"""A list as the reader's language joins it: ``财政所、林业站`` in Chinese, ``Finance
Office, Forestry Station`` in English (the catalog translates the separator ``、``).

The one home for joining names, codes, choices or counts into a sentence — messages of
the API, the admin, the pages, the e-mails and the importer's warnings; templates use the
``listed`` filter (``workspace_tags``), the review page's script the separator it is given.
A list the plan's own text holds (a table cell's units, quoted as the document writes them)
is the document's, not a message's, and keeps its ``、``.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext


def separator() -> str:
    """The list separator of the active language (``、``; ``, `` in English)."""
    return gettext("、")


def listed(items: Iterable[object]) -> str:
    """``items`` joined as the active language joins a list; ``""`` when there are none."""
    return separator().join(str(item) for item in items)
