"""A re-import that changes nothing says so before 确认导入 (walk 12a m2), whether the file
is the very same bytes or the same plan saved again, and confirming it writes nothing."""

from __future__ import annotations

import pytest

from commitments.models import Commitment, CommitmentEvent
from tests.importer.test_admin import SPEECH, admin_client, upload  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db

TABLE = """序号,工作任务,牵头单位,完成时限
1,完成农村户厕改造300户,财政所,2025年9月底
2,新建村级综合服务站2个,财政所,2025年12月底
""".encode("utf-8-sig")

NOTHING = {
    "zh-hans": "确认导入不会改变任何事项：没有新增、移除或修改的事项。",
    "en": "Confirming this import changes no commitment: none is added, removed or changed.",
}


def ledger() -> list[dict]:
    """The pledges as people read them (where the source now spans them may move)."""
    hidden = {"source_start", "source_end", "updated_at"}
    return [
        {k: v for k, v in row.items() if k not in hidden}
        for row in Commitment.objects.order_by("pk").values()
    ]


@pytest.mark.parametrize(
    ("first", "again", "name"),
    [
        (SPEECH.encode(), SPEECH.encode(), "讲话.txt"),  # the very same file
        (
            SPEECH.encode(),
            SPEECH.replace("\n", "\r\n").encode() + b"\r\n",
            "讲话.txt",
        ),  # saved again
        (TABLE, TABLE, "分解表.csv"),
        (TABLE, TABLE.replace(b"\n", b"\r\n"), "分解表.csv"),
    ],
)
def test_a_reimport_that_changes_nothing_says_so_and_writes_nothing(
    admin_client,  # noqa: F811
    first,
    again,
    name,
):
    assert (
        admin_client.post(upload(admin_client, first, name), {"action": "commit"}).status_code
        == 302
    )
    stored = ledger()
    events = CommitmentEvent.objects.count()

    review = upload(admin_client, again, name)
    for lang, said in NOTHING.items():
        page = admin_client.get(review, {"lang": lang})
        assert said in page.content.decode(), lang
        assert said in "\n".join(page.context["documents"][0]["diff_lines"])

    assert admin_client.post(review, {"action": "commit"}).status_code == 302
    assert CommitmentEvent.objects.count() == events
    assert ledger() == stored


def test_a_reimport_that_changes_a_pledge_does_not_say_nothing_changes(admin_client):  # noqa: F811
    admin_client.post(upload(admin_client, TABLE, "分解表.csv"), {"action": "commit"})
    review = upload(admin_client, TABLE.replace(b"300", b"400"), "分解表.csv")
    page = admin_client.get(review)
    assert "300" in page.content.decode() and NOTHING["zh-hans"] not in page.content.decode()
