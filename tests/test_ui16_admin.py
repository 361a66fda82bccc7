"""ui16 walk (items 6-9): a choice's English label reads as a label (Done, not done); a
merged or retired unit says so in the admin's department list, in the column a phone
keeps; the citizen's 404 has the public frame's language switch and ways back; the admin
home's screen-reader headings are in the reader's language."""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone, translation

from commitments.choices import Role
from commitments.models import Department, MergeJob
from commitments.services import reporting
from commitments.services.catalog import merge_department
from tests import factories
from tests.support.language import in_language
from tests.workspace.conftest import build_town, evidence_storage  # noqa: F401 (fixture)


@pytest.fixture
def admin_client(client, db):
    user = factories.user("root", role=Role.ADMIN)
    user.is_staff = user.is_superuser = True
    user.save()
    client.force_login(user)
    return client


def test_every_choice_reads_as_a_label_in_english():
    wrong = []
    with translation.override("en"):
        models = [*apps.get_app_config("commitments").get_models()]
        models += apps.get_app_config("reports").get_models()
        for model in models:
            for field in model._meta.get_fields():
                for value, label in getattr(field, "choices", None) or ():
                    said = str(label)
                    if not said[:1].isupper() and not said[:1].isdigit():
                        wrong.append(f"{model.__name__}.{field.name}={value}: {said!r}")
    assert not wrong


def test_the_english_merge_job_list_says_done_as_a_label(admin_client):
    MergeJob.objects.create(pairs=[[1, "甲", 2, "乙"]], state=MergeJob.State.DONE)
    english = in_language(admin_client, "en")
    html = english.get(reverse("admin:commitments_mergejob_changelist")).content.decode()
    assert re.search(r'class="field-state">Done<', html)


def test_a_merged_unit_and_a_retired_one_say_so_beside_their_names(
    admin_client,
    db,
    evidence_storage,  # noqa: F811 (the fixture imported above)
):
    town = build_town()
    reporting.file_report(
        town.item.pk,
        town.co_clerk,
        town.co,
        reporting.ReportInput("on_track", 30, timezone.localdate()),
    )
    merge_department(town.co, town.outsider_dept)  # its report names it: kept, retired
    Department.objects.create(name="旧城建办", is_active=False)
    html = admin_client.get(reverse("admin:commitments_department_changelist")).content.decode()
    rows = {
        name: row
        for row in html.split("<tr")[1:]
        for name in ("社会事务办", "旧城建办", "农业农村办", "经济发展办")
        if f">{name}" in row
    }
    assert 'data-field="retired">已合并至农业农村办<' in rows["社会事务办"]
    assert 'data-field="retired">已停用<' in rows["旧城建办"]
    assert "retired" not in rows["农业农村办"] and "retired" not in rows["经济发展办"]
    english = in_language(admin_client, "en").get(
        reverse("admin:commitments_department_changelist")
    )
    assert re.search(r'data-field="retired">Merged into 农业农村办<', english.content.decode())


def test_the_public_404_has_the_language_switch_and_ways_back(client, db):
    plan = factories.plan(2026, title="某镇2026年工作要点")
    plan.public = True
    plan.save(update_fields=["public"])
    factories.plan(2026, title="未公开的计划")
    for path in ("/public/", "/public/plans/999999/"):
        response = client.get(path, HTTP_REFERER="http://testserver/public/plans/1/")
        assert response.status_code == 404
        html = response.content.decode()
        assert 'data-field="language"' in html and 'href="?lang=en"' in html
        assert f'href="/public/plans/{plan.pk}/" data-link="plan">某镇2026年工作要点<' in html
        assert "未公开的计划" not in html
        assert 'href="/public/plans/1/" data-link="back"' in html
    english = client.get("/public/?lang=en").content.decode()
    assert 'href="?lang=zh-hans"' in english and "<strong>English</strong>" in english
    assert "页面不存在" not in english


def test_the_public_plan_page_has_the_language_switch_and_the_embed_none(client, db):
    plan = factories.plan(2026, title="某镇2026年工作要点")
    plan.public = True
    plan.save(update_fields=["public"])
    page = client.get(f"/public/plans/{plan.pk}/").content.decode()
    assert 'data-field="language"' in page
    embed = client.get(f"/public/plans/{plan.pk}/embed/").content.decode()
    assert 'data-field="public-nav"' not in embed


def test_the_admin_homes_screen_reader_headings_are_in_the_readers_language(admin_client):
    def headings(html: str) -> list[str]:
        head = html.split('<thead class="visually-hidden">', 1)[1].split("</thead>", 1)[0]
        return re.findall(r'<th scope="col">([^<]+)</th>', head)

    chinese = headings(admin_client.get(reverse("admin:index")).content.decode())
    assert chinese and all(re.search(r"[\u4e00-\u9fff]", h) for h in chinese), chinese
    english = headings(in_language(admin_client, "en").get(reverse("admin:index")).content.decode())
    assert english == ["Model name", "Add link", "Change or view list link"]
