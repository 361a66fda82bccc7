"""The supervisor's correction form (walk 12a M2): a refused form shows its reason where
the user looks (the section holding it open, the summary naming and linking the field),
and the co-owner list follows the lead the form holds, so a co-owner becomes the lead in
one save."""

from __future__ import annotations

import re

from commitments.models import Commitment
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url, token


def correct(town, **fields):
    client = client_for(town.supervisor)
    html = client.get(page_url(town.item)).content.decode()
    data = {
        "action": "correct",
        "correct-form_token": token(html, "correct"),
        "correct-lead_owner": town.lead.pk,
        "correct-co_owners": [town.co.pk],
        "correct-deadline": town.item.deadline.isoformat(),
        "correct-milestones": "",
        "correct-note": "",
    }
    data.update({f"correct-{k}": v for k, v in fields.items()})
    return client.post(page_url(town.item), data)


def co_owner_section(html: str) -> str:
    found = re.search(r'<details class="co-owners"[^>]*>.*?</details>', html, re.S)
    assert found, "no co-owner section"
    return found.group(0)


def ticks(section: str) -> set[int]:
    return {int(v) for v in re.findall(r'name="correct-co_owners" value="(\d+)"', section)}


def test_a_co_owner_becomes_the_lead_in_one_save_its_tick_left_as_it_was(town):
    # the walk: 水利站 (a co-owner, ticked) chosen as lead, another unit ticked too
    response = correct(town, lead_owner=town.co.pk, co_owners=[town.co.pk, town.outsider_dept.pk])
    assert response.status_code == 302
    item = Commitment.objects.get(pk=town.item.pk)
    assert item.lead_owner_id == town.co.pk
    assert {c.department_id for c in item.coownerships.all()} == {town.outsider_dept.pk}


def test_the_sections_summary_names_the_current_co_owners(town):
    html = client_for(town.supervisor).get(page_url(town.item)).content.decode()
    section = co_owner_section(html)
    assert "<summary>配合单位：社会事务办</summary>" in section
    assert " open" not in section.split(">")[0]  # closed until something in it is wrong
    assert town.lead.pk not in ticks(section)  # the saved lead is not offered


def test_a_refusal_in_the_co_owners_opens_their_section_and_is_named_on_top(town):
    response = correct(town, co_owners=[town.co.pk, 987654])  # no such unit
    html = response.content.decode()
    assert response.status_code == 400
    section = co_owner_section(html)
    assert re.match(r'<details class="co-owners"[^>]* open', section)
    assert 'class="error"' in section
    summary = re.search(r'<ul class="error form-failed-fields".*?</ul>', html, re.S).group(0)
    assert '<a href="#field-id_correct-co_owners">配合单位</a>' in summary
    assert 'id="field-id_correct-co_owners"' in section


def test_a_refused_form_lists_the_new_lead_out_and_the_old_lead_in(town):
    # refused for its milestone; the lead chosen meanwhile is what the list leaves out
    response = correct(town, lead_owner=town.co.pk, milestones="下月 完成选址")
    html = response.content.decode()
    assert response.status_code == 400
    section = co_owner_section(html)
    assert town.co.pk not in ticks(section) and town.lead.pk in ticks(section)
    assert not re.match(r'<details class="co-owners"[^>]* open', section)  # nothing wrong in it
    summary = re.search(r'<ul class="error form-failed-fields".*?</ul>', html, re.S).group(0)
    assert '<a href="#field-id_correct-milestones">阶段节点（每行：日期 内容）</a>' in summary
    assert Commitment.objects.get(pk=town.item.pk).lead_owner_id == town.lead.pk  # unchanged


def summary_of(section: str) -> str:
    return re.search(r"<summary>(.*?)</summary>", section, re.S).group(1)


def test_a_refused_forms_folded_line_names_the_co_owners_the_list_holds(town):
    """walk12b m4: the folded 配合单位 line of a refused form named the unit just chosen as
    lead, which the list itself leaves out. It follows the list: what is ticked, less the
    lead the form holds."""
    # the walk: the co-owner chosen as lead, its tick still on, the deadline emptied
    html = correct(town, lead_owner=town.co.pk, deadline="").content.decode()
    assert summary_of(co_owner_section(html)) == "配合单位"  # nothing else stays a co-owner
    # the same, another unit ticked too: that one is named, the new lead is not
    html = correct(
        town, lead_owner=town.co.pk, co_owners=[town.co.pk, town.outsider_dept.pk], deadline=""
    ).content.decode()
    assert summary_of(co_owner_section(html)) == "配合单位：农业农村办"
    # the lead kept, the old co-owner unticked and another ticked: the line says what was posted
    html = correct(
        town, co_owners=[town.outsider_dept.pk], milestones="下月 完成选址"
    ).content.decode()
    assert summary_of(co_owner_section(html)) == "配合单位：农业农村办"
    # the old lead ticked as co-owner while the co-owner becomes lead: both read alike
    html = correct(
        town, lead_owner=town.co.pk, co_owners=[town.lead.pk, town.outsider_dept.pk], deadline=""
    ).content.decode()
    label, names = summary_of(co_owner_section(html)).split("：")
    assert sorted(names.split("、")) == sorted([town.lead.name, town.outsider_dept.name])
    assert Commitment.objects.get(pk=town.item.pk).lead_owner_id == town.lead.pk  # unchanged
