"""The import's review page (walk 9, finding 4): one confirm button, and a pledge the
review corrected says so on its card (as the pledge page marks a reviewed deadline),
after a re-import too."""

from __future__ import annotations

import re

import pytest

from tests.importer.test_admin import SPEECH, admin_client, row_of, upload

pytestmark = pytest.mark.django_db

__all__ = ["admin_client"]


def card(html: str, key_text: str) -> str:
    start = html.index(f'data-field="text">{key_text}')
    return html[
        html.rindex('<form method="post" class="pledge', 0, start) : html.index("</form>", start)
    ]


def test_it_has_one_confirm_button(admin_client):
    html = admin_client.get(upload(admin_client, SPEECH.encode())).content.decode()
    assert len(re.findall(r'<button type="submit" name="action" value="commit"', html)) == 1
    assert "确定</button>" not in html  # the plan choice previews; it does not confirm
    assert "按所选计划预览变更" in html


def test_a_corrected_pledge_is_marked_on_its_card_and_after_a_reimport(admin_client):
    review = upload(admin_client, SPEECH.encode())
    chain = row_of(admin_client.get(review), "建成农产品冷链仓储中心一处")
    admin_client.post(
        review, {"action": "save", "key": chain["key"], "deadline": "2025-11-30", "owner": "财政所"}
    )
    html = admin_client.get(review).content.decode()
    marked = card(html, "建成农产品冷链仓储中心一处")
    assert 'class="pledge reviewed"' in marked and 'data-field="reviewed"' in marked
    assert 'data-field="reviewed-deadline"' in marked and 'data-field="reviewed-owner"' in marked
    assert "2025-11-30" in marked and "财政所" in marked
    plain = card(html, "城乡医保参保率")
    assert "reviewed" not in plain

    admin_client.post(review, {"action": "commit"})
    again = admin_client.get(upload(admin_client, SPEECH.encode())).content.decode()
    marked = card(again, "建成农产品冷链仓储中心一处")
    assert 'data-field="reviewed-deadline"' in marked
    assert "已审核修正" in marked


def test_the_english_page_marks_it_too(admin_client):
    review = upload(admin_client, SPEECH.encode())
    chain = row_of(admin_client.get(review), "建成农产品冷链仓储中心一处")
    admin_client.post(review, {"action": "save", "key": chain["key"], "deadline": "2025-11-30"})
    admin_client.cookies["django_language"] = "en"
    marked = card(admin_client.get(review).content.decode(), "建成农产品冷链仓储中心一处")
    assert "Reviewed" in marked and "Corrected in review" in marked


def test_the_lead_is_not_offered_as_its_own_co_owner_and_is_refused_if_posted(admin_client):
    """Walk 10, m1: the lead ticked as a co-owner was dropped silently while the
    已审核修正 note listed it. Now the choices leave it out, a posted one is refused with
    a message, and the note lists what is stored."""
    review = upload(admin_client, SPEECH.encode())
    chain = row_of(admin_client.get(review), "建成农产品冷链仓储中心一处")
    lead = chain["row"].item.owner
    choices = card(admin_client.get(review).content.decode(), "建成农产品冷链仓储中心一处")
    co_list = choices.split('class="co-list"', 1)[1].split("</div>", 1)[0]
    assert f'value="{lead}"' not in co_list

    answer = admin_client.post(
        review,
        {
            "action": "save",
            "key": chain["key"],
            "co_owners_shown": "1",
            "co_owners": [lead, "财政所"],
        },
        follow=True,
    )
    said = [str(m) for m in answer.context["messages"]]
    assert any(f"“{lead}”是牵头单位，不能同时作为配合单位" in m for m in said)
    marked = card(admin_client.get(review).content.decode(), "建成农产品冷链仓储中心一处")
    note = marked.split('data-field="reviewed"', 1)[1].split("</div>", 1)[0]
    assert "财政所" in note and lead not in note
