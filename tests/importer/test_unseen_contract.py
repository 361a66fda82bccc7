"""The JSON contract (SPEC §3) on every unseen document."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.importer.unseen import all_names, document_bytes

CN = "一二三四五六七八九十"
LIST_NUMBER = re.compile(rf"^\s*(?:[(（]?[{CN}\d]{{1,3}}[)）、.．]|[{CN}]是|第[{CN}]+[，,、])")
LABEL_WORDS = re.compile(r"(责任单位|牵头单位|配合单位|责任领导|完成时限)\s*[:：]")
DEBRIS = re.compile(r"\r?\n(?:\d{1,3}、)?")


@pytest.mark.parametrize("name", all_names())
def test_every_commitment_keeps_the_contract(parse, name):
    parsed = parse(document_bytes(name), name)
    assert any(d.has_arrangement for d in parsed.documents)
    for doc in parsed.documents:
        for section in doc.sections:
            assert section.title and len(section.title) <= 80  # a long heading line is whole
            for n, c in enumerate(section.commitments, start=1):
                year = doc.plan_year or "XXXX"  # a document without a year: no guess
                assert c.code == f"{year}-{section.number:02d}-{n:02d}"
                assert c.text and not LIST_NUMBER.match(c.text), c.text
                assert not LABEL_WORDS.search(c.text), c.text
                assert c.title and len(c.title) <= 30 and c.title[:4] in c.text
                raw = DEBRIS.sub("", parsed.source_text[c.start : c.end])
                assert c.text.replace("\n", "") in raw, (c.text, raw)
                assert c.owner and c.owner_source in ("explicit", "rule", "default")
                if c.owner_source == "default":
                    assert any(c.code in w for w in doc.warnings)
                if doc.plan_year is None:
                    assert c.deadline is None and any("--year" in w for w in doc.warnings)
                    continue
                assert c.deadline.year >= doc.plan_year  # 力争2026年建成 may pass the year
                assert all(m.due < c.deadline for m in c.milestones)


@pytest.mark.django_db
@pytest.mark.parametrize("name", all_names())
def test_the_dry_run_prints_the_contract_json(departments, capsys, name):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(document_bytes(name))
        call_command("import_plan", str(path), "--dry-run", "--format", "json")
    data = json.loads(capsys.readouterr().out)
    commitments = [c for d in data["documents"] for s in d["sections"] for c in s["commitments"]]
    assert commitments
    for document in data["documents"]:
        if document["plan_year"] is None:  # reported as null, never guessed
            assert document["warnings"]
    for c in commitments:
        assert re.fullmatch(r"(\d{4}|XXXX)-\d{2}-\d{2}", c["code"])
        assert c["deadline"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["deadline"])
        assert c["owner"] and c["source"]["end"] > c["source"]["start"]
