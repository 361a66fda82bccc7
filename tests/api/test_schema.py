"""The OpenAPI schema matches the API: checked by reading it and by schemathesis."""

from __future__ import annotations

import json
import re

import hypothesis
import pytest
import schemathesis
from django.core import signals
from django.core.cache import cache
from django.db import close_old_connections
from drf_spectacular.validation import validate_schema
from rest_framework.test import APIClient
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from commitments.models import ApiToken
from tracker.wsgi import application

#: Every operation of the public API: core, workflow and supervisor reports.
OUR_PATHS = r"^/api/v1/"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _schema() -> dict:
    response = APIClient().get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    return response.json()


def test_it_serves_a_valid_openapi_3_schema(db):
    schema = _schema()
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for path in (
        "/api/v1/auth/token/",
        "/api/v1/me/",
        "/api/v1/commitments/",
        "/api/v1/commitments/{id}/",
        "/api/v1/commitments/{commitment_pk}/reports/",
        "/api/v1/departments/",
        "/api/v1/plans/",
        "/api/v1/plans/{id}/",
        "/api/v1/plans/import/",
    ):
        assert path in paths, path
    post = paths["/api/v1/commitments/{commitment_pk}/reports/"]["post"]
    assert "Idempotency-Key" in [p["name"] for p in post["parameters"]]
    assert {"201", "400", "401", "403", "404", "409", "413", "422"} <= set(post["responses"])
    error = schema["components"]["schemas"]["Error"]
    assert set(error["properties"]) == {"code", "message", "errors"}
    listing = paths["/api/v1/commitments/"]["get"]
    names = {p["name"] for p in listing["parameters"]}
    assert {
        "department",
        "section",
        "plan",
        "status",
        "light",
        "overdue",
        "due_before",
        "due_after",
        "search",
        "ordering",
        "page",
        "page_size",
    } <= names


def test_multipart_bodies_take_evidence_files_and_targets_as_a_json_string(db):
    """SPEC §4b: a report or closure request as multipart/form-data has its files
    in evidence_files (binary, repeated) and targets as a JSON string; the JSON
    body keeps targets as an array and has no files."""
    schema = _schema()
    components = schema["components"]["schemas"]

    def body(path: str, content_type: str) -> dict:
        content = schema["paths"][path]["post"]["requestBody"]["content"]
        return components[content[content_type]["schema"]["$ref"].rsplit("/", 1)[1]]

    binary_list = {"type": "array", "items": {"type": "string", "format": "binary"}}
    for path in (
        "/api/v1/commitments/{commitment_pk}/reports/",
        "/api/v1/commitments/{id}/closure-requests/",
    ):
        form = body(path, "multipart/form-data")["properties"]
        assert {k: form["evidence_files"][k] for k in binary_list} == binary_list, path
        assert form["evidence"]["type"] == "array"
        assert "evidence_files" not in body(path, "application/json")["properties"]
    report_path = "/api/v1/commitments/{commitment_pk}/reports/"
    assert body(report_path, "multipart/form-data")["properties"]["targets"]["type"] == "string"
    assert body(report_path, "application/json")["properties"]["targets"]["type"] == "array"


def test_every_operation_is_described_for_its_users_not_its_developers(db):
    """A Chinese summary on every operation, tags by resource, and no developer
    docstrings ("Refuse query parameters…", "A plain serializer…", SPEC sections)."""
    schema = _schema()
    chinese = re.compile("[\u4e00-\u9fff]")
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            where = f"{method.upper()} {path}"
            assert chinese.search(operation.get("summary", "")), where
            description = operation.get("description", "")
            assert not description or chinese.search(description), where
            assert len(operation["tags"]) == 1, where
    text = json.dumps(schema, ensure_ascii=False)
    for leak in ("Refuse query parameters", "A test checks", "plain serializer", "SPEC §", "``"):
        assert leak not in text, leak
    tags = {
        path: {operation["tags"][0] for m, operation in ops.items() if m != "parameters"}
        for path, ops in schema["paths"].items()
    }
    assert tags["/api/v1/attachments/{id}/file/"] == {"attachments"}
    assert tags["/api/v1/me/"] == tags["/api/v1/auth/token/"] == {"accounts"}
    assert tags["/api/v1/plans/"] == {"plans"} and tags["/api/v1/reports/ledger/"] == {"reports"}
    assert {tag["name"] for tag in schema["tags"]} >= set().union(*tags.values())


def test_it_serves_swagger_ui_without_a_cdn(db):
    response = APIClient().get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "drf_spectacular_sidecar" in html
    assert "cdn." not in html and "unpkg" not in html


def _real_ids(world, operation) -> dict:
    """Ids of existing rows for the operation's path parameters."""
    names = {p.name for p in operation.path_parameters}
    ids = {
        "id": world.item.pk if "commitments" in operation.path else None,
        "commitment_pk": world.item.pk,
    }
    if "/plans/" in operation.path:
        ids["id"] = world.item.plan_id
    if "/departments/" in operation.path:
        ids["id"] = world.lead.pk
    return {name: value for name, value in ids.items() if name in names and value}


@pytest.fixture
def wsgi_in_test_transaction():
    """Calling the WSGI app directly fires ``request_finished``, which closes a
    connection that is inside the test's transaction (PostgreSQL); Django's
    own test client unhooks it the same way."""
    hooks = (signals.request_started, signals.request_finished)
    for hook in hooks:
        hook.disconnect(close_old_connections)
    yield
    for hook in hooks:
        hook.connect(close_old_connections)


@pytest.mark.parametrize("persona", ["owner", "supervisor", "admin"])
def test_it_never_breaks_its_schema(world, persona, wsgi_in_test_transaction):
    """Property-based: generated requests on every operation of ours, as three
    roles, with random and with existing ids; no 5xx, nothing off-schema."""
    _row, raw = ApiToken.issue(world.user(persona), name="schemathesis")
    headers = {"Authorization": f"Token {raw}"}
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)
    schema = schema.include(path_regex=OUR_PATHS)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 25
    for operation in operations:
        if operation.path == "/api/v1/auth/token/" and operation.method.upper() == "DELETE":
            continue  # would revoke the token the rest of the run uses
        variants = [{}]
        if operation.path_parameters:
            variants.append(_real_ids(world, operation))
        for path_parameters in variants:
            _exercise(operation.as_strategy(path_parameters=path_parameters or None), headers)


def _exercise(strategy, headers: dict) -> None:
    @hypothesis.given(case=strategy)
    @hypothesis.settings(
        max_examples=6,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    def run(case) -> None:
        cache.clear()  # throttling is tested elsewhere
        case.call_and_validate(headers=headers, checks=CHECKS)

    run()
