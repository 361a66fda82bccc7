"""The plan importer: a pipeline of small, pure steps (SPEC §3).

read → clean → split documents → find the arrangement → sections →
commitments → fields → owners. Every step is a function over the
dataclasses in :mod:`commitments.importer.types`; nothing here touches the
database, so each step is testable alone. Storage lives in
:mod:`commitments.services.plan_import`.
"""

from commitments.importer.errors import PlanImportError
from commitments.importer.pipeline import parse_file
from commitments.importer.types import CatalogEntry, ParsedCommitment, ParsedDocument, ParsedFile

__all__ = [
    "CatalogEntry",
    "ParsedCommitment",
    "ParsedDocument",
    "ParsedFile",
    "PlanImportError",
    "parse_file",
]
