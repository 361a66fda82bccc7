"""English: the catalog is complete and compiled, and the API, models and
e-mails switch language (Chinese source strings, Chinese by default)."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from rest_framework.test import APIClient

from commitments.models import Commitment, Notification
from commitments.reminders.emails import render, render_subject

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%%")


def po_entries() -> list[dict]:
    """Each entry of the .po: flags, msgctxt, msgid, msgid_plural, msgstr / msgstr[n]."""
    entries = []
    for block in PO.read_text(encoding="utf-8").strip().split("\n\n"):
        entry: dict = {"flags": set(), "msgstr": {}}
        field = None
        for line in block.splitlines():
            if line.startswith("#,"):
                entry["flags"] |= {f.strip() for f in line[2:].split(",")}
            elif line.startswith("#~"):
                entry["obsolete"] = True
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                entry[field] += ast.literal_eval(line)
            else:
                field, value = line.split(" ", 1)
                entry[field] = ast.literal_eval(value)
        if "msgid" in entry:
            entries.append(entry)
    return entries


def expected_catalog() -> dict:
    """What compiling the .po must give, keyed like GNUTranslations._catalog."""
    catalog = {}
    for entry in po_entries():
        if not entry["msgid"]:
            continue  # the header
        key = (f"{entry['msgctxt']}\x04" if "msgctxt" in entry else "") + entry["msgid"]
        if "msgid_plural" in entry:
            for field, text in entry.items():
                if field.startswith("msgstr["):
                    catalog[(key, int(field[7:-1]))] = text
        else:
            catalog[key] = entry["msgstr"]
    return catalog


def test_every_catalog_entry_is_translated_and_none_is_fuzzy():
    entries = po_entries()
    assert len(entries) > 300
    assert not [e for e in entries if e.get("obsolete")], "remove obsolete (#~) entries"
    header = entries[0]
    assert header["msgid"] == "" and "fuzzy" not in header["flags"]
    assert "Language: en" in header["msgstr"]
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    assert not fuzzy, f"fuzzy entries are ignored at runtime: {fuzzy}"
    untranslated = [key for key, text in expected_catalog().items() if not text.strip()]
    assert not untranslated, f"untranslated: {untranslated}"


#: The names ``make messages`` (xgettext with Django's keywords) extracts strings from: a
#: translation function imported under any other name (``gettext_lazy as _lazy``) marks
#: nothing, and its strings stay Chinese in English unless the same words stand elsewhere.
EXTRACTED_ALIASES = {
    "_",
    "gettext",
    "gettext_lazy",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
    "npgettext",
    "npgettext_lazy",
    "gettext_noop",
}


def test_translation_functions_are_imported_under_names_make_messages_reads():
    aliased = re.compile(r"import .*\b(?:n?p?gettext(?:_lazy|_noop)?) as (\w+)")
    stray = [
        f"{path.relative_to(ROOT)}: as {name}"
        for folder in ("commitments", "reports", "workspace", "tracker")
        for path in (ROOT / folder).rglob("*.py")
        for name in aliased.findall(path.read_text(encoding="utf-8"))
        if name not in EXTRACTED_ALIASES
    ]
    assert not stray, stray


def test_translations_keep_the_placeholders():
    for entry in po_entries()[1:]:
        pairs = (
            [(entry["msgid"], entry["msgstr"])]
            if "msgid_plural" not in entry
            else [
                (entry["msgid"] if f == "msgstr[0]" else entry["msgid_plural"], text)
                for f, text in entry.items()
                if f.startswith("msgstr[")
            ]
        )
        for source, text in pairs:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                source,
                text,
            )


def test_the_compiled_catalog_matches_the_po():
    """Django reads only the .mo: it must be recompiled whenever the .po changes."""
    with MO.open("rb") as handle:
        compiled = dict(gettext.GNUTranslations(handle)._catalog)
    compiled.pop("", None)  # the header
    assert compiled == expected_catalog(), "run `make messages` (or compilemessages)"


# --- The API ------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "用户名或密码错误"),
        ({"HTTP_ACCEPT_LANGUAGE": "zh-CN,zh;q=0.9"}, "用户名或密码错误"),
        ({"HTTP_ACCEPT_LANGUAGE": "en"}, "Incorrect username or password"),
        ({"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}, "Incorrect username or password"),
    ],
)
def test_api_errors_follow_accept_language(headers, message):
    cache.clear()  # the token endpoint is throttled
    response = APIClient(**headers).post(
        "/api/v1/auth/token/", {"username": "nobody", "password": "wrong"}, format="json"
    )
    assert response.status_code == 401
    assert response.data["code"] == "authentication_failed"
    assert response.data["message"] == message
    cache.clear()


@pytest.mark.django_db
def test_unauthenticated_requests_are_refused_in_either_language():
    chinese = APIClient().get("/api/v1/commitments/").data["message"]
    english = APIClient(HTTP_ACCEPT_LANGUAGE="en").get("/api/v1/commitments/").data["message"]
    assert english == "Authentication credentials were not provided."
    assert chinese != english and re.search(r"[\u4e00-\u9fff]", chinese)


# --- Models -------------------------------------------------------------------


def test_model_names_are_chinese_by_default_and_english_on_request():
    meta = Commitment._meta
    assert str(meta.verbose_name) == "承诺事项"
    assert str(meta.get_field("lead_owner").verbose_name) == "牵头单位"
    with translation.override("en"):
        assert str(meta.verbose_name) == "Commitment"
        assert str(meta.verbose_name_plural) == "Commitments"
        assert str(meta.get_field("lead_owner").verbose_name) == "Lead department"
        assert str(meta.get_field("deadline").verbose_name) == "Deadline"


# --- E-mails ------------------------------------------------------------------


def test_an_email_renders_in_the_configured_email_language(settings):
    item = {
        "code": "A-1",
        "title": "招商引资",
        "owner_note": "（经发办）",
        "line": "逾期3天｜红灯：逾期3天",
        "light": "red",
        "last_report": None,
        "url": "http://x/workspace/commitments/1/",
    }
    context = {
        "today": "2024-08-03",
        "summary": "已逾期1项",
        "sections": [{"label": "逾期通报", "count": 3, "items": [item], "more": 2}],
        "workspace_url": "http://x/workspace/",
    }
    chinese = render(context).text
    settings.EMAIL_LANGUAGE = "en"
    english = render(context).text
    subject = render_subject(context)
    assert chinese.startswith("2024-08-03 督办提醒：已逾期1项。") and "【逾期通报】3项" in chinese
    assert "……另有2项，见工作台" in chinese
    assert english.startswith("2024-08-03 reminders:")
    assert "[逾期通报] 3" in english and "… and 2 more in the workspace" in english
    assert "All commitments: http://x/workspace/" in english
    assert subject.strip() == "[Reminder] 已逾期1项"


@pytest.fixture
def town(db):
    from tests.reminders import scenario

    return scenario.build_town()


def sweep_and_render(recipient: str):
    from tests.reminders.scenario import MONDAY_9_30, store_all

    store_all(MONDAY_9_30)
    row = Notification.objects.get(recipient=recipient)
    return render(row.context, row.subject)


def test_emails_are_chinese_by_default_whatever_language_is_active(town):
    from tests.reminders.scenario import MAYOR

    with translation.override("en"):  # e.g. a sweep started from an English request
        email = sweep_and_render(MAYOR)
    assert email.subject == "【督办提醒】已逾期2项（其中升级督办1项），待审核1项"
    assert email.text.startswith("2024-07-22 督办提醒：") and "逾期10天" in email.text
    assert "红灯" in email.text and 'lang="zh-CN"' in email.html


def test_email_language_en_writes_the_whole_email_in_english(town, settings):
    from tests.reminders.scenario import MAYOR, SUPERVISOR_A

    settings.EMAIL_LANGUAGE = "en"
    email = sweep_and_render(MAYOR)
    assert email.subject == "[Reminder] 2 overdue (1 of them escalated), 1 awaiting review"
    assert email.text.startswith("2024-07-22 reminders:")
    # Labels frozen into the context at decision time are English too.
    assert "Red light" in email.text and "10 days overdue" in email.text
    assert "10 days overdue" in email.html and 'lang="en"' in email.html
    assert not re.search(r"您好|逾期|红灯|牵头单位|完成时限|督办", email.text + email.html)
    review = Notification.objects.get(recipient=SUPERVISOR_A)
    text = render(review.context, review.subject).text
    assert "Extension request filed by" in text, text
    assert "waiting for 5 working days" in text


def test_a_missing_report_is_named_by_its_month_in_both_languages():
    """``7月进度未报送`` in Chinese; the month by name in English, not "month 7"."""
    from commitments.choices import NotificationKind
    from commitments.reminders import messages

    item = {"report": {"period": "2024-07", "due": "2024-07-25"}}
    with translation.override("zh-hans"):
        chinese = messages.why(NotificationKind.MISSING_REPORT, item)
    with translation.override("en"):
        english = messages.why(NotificationKind.MISSING_REPORT, item)
    assert chinese == "7月进度未报送，2024-07-25截止"
    assert english == "July report missing, due 2024-07-25"


def test_shared_chinese_words_read_right_in_english_where_each_is_used():
    """已完成 is a pledge's public status (Completed) and a job's state (Done, a label);
    重新打开 is a history event (Reopened) and a button (Reopen)."""
    from commitments.choices import EventKind
    from reports.models import ExportJob
    from reports.public.meter import PUBLIC_STATUSES

    with translation.override("en"):
        assert str(PUBLIC_STATUSES["completed"]) == "Completed"
        assert str(ExportJob.State.DONE.label) == "Done"
        assert str(EventKind.REOPENED.label) == "Reopened"
        assert translation.pgettext("button", "重新打开") == "Reopen"
        assert translation.pgettext("milestone", "已完成") == "Completed"


# --- Pages: Chinese unless the user chose ---------------------------------------


@pytest.mark.django_db
def test_pages_are_chinese_whatever_the_browser_asks_and_follow_a_choice():
    from django.test import Client

    from tests.support.language import in_language

    login = "/accounts/login/"
    english_browser = Client(HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="zh-CN">' in english_browser.get(login).content.decode()
    asked = english_browser.get(login, {"lang": "en"})
    assert '<html lang="en">' in asked.content.decode()
    assert asked.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert '<html lang="en">' in english_browser.get(login).content.decode()  # kept
    chose = in_language(Client(HTTP_ACCEPT_LANGUAGE="en"), "zh-hans").get(login)
    assert '<html lang="zh-CN">' in chose.content.decode()
    switched = Client().post("/i18n/setlang/", {"language": "en", "next": login}, follow=True)
    assert '<html lang="en">' in switched.content.decode()


@pytest.mark.django_db
def test_the_language_switch_on_an_admin_list_is_not_taken_for_a_filter():
    """Walk 10 m5: ``?lang=en`` on a change list bounced to ``?e=1`` (an unknown filter)."""
    from django.test import Client

    from commitments.choices import Role
    from tests import factories

    factories.department("经济发展办公室")
    admin = Client()
    admin.force_login(factories.user(role=Role.ADMIN))
    response = admin.get("/admin/commitments/department/", {"lang": "en"})
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="en"' in page and "经济发展办公室" in page
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert "lang=en" not in page  # the list's own links do not carry the switch


def test_counted_messages_read_as_english_singular_and_plural():
    """Walk 10 m5: ``3 commitment(s) past their deadline`` (ngettext, not "(s)")."""
    import datetime
    from types import SimpleNamespace

    from django.utils import translation

    from commitments.services.plan_import.checks import past_due_summary

    today = datetime.date(2026, 12, 7)
    late = [
        SimpleNamespace(code=f"2026-01-0{n}", deadline=datetime.date(2026, 6, n)) for n in (1, 2, 3)
    ]
    with translation.override("en"):
        one = past_due_summary(late[:1], today)
        three = past_due_summary(late, today)
    assert one.startswith("1 commitment is past its deadline (before today 2026-12-07)")
    assert three.startswith("3 commitments are past their deadline")
    chinese = past_due_summary(late, today)
    assert chinese.startswith("3 项已过完成时限")


def test_no_english_message_counts_with_a_parenthesised_plural():
    """Every count in English reads as singular or plural (ngettext), never
    ``report(s)``: walk 10 found four such messages, the department merge's among them."""
    found = [line for line in PO.read_text(encoding="utf-8").splitlines() if "(s)" in line]
    assert not [line for line in found if line.startswith(("msgstr", '"'))], found


def test_a_merge_message_counts_in_english_singular_and_plural():
    from types import SimpleNamespace

    from django.utils import translation

    from commitments.admin import merged_message

    done = SimpleNamespace(
        source="文化站",
        target="社会事务办",
        commitments=1,
        accounts=2,
        reports=1,
        acknowledgements=2,
        requests=0,
        retired=True,
    )
    with translation.override("en"):
        text = merged_message(done)
    assert "1 commitment, 2 accounts, 1 progress report, 2 acknowledgements moved" in text
    assert "request" not in text  # none moved: not said
    assert "kept as a retired department" in text
    assert merged_message(done).startswith(
        "单位“文化站”已合并到“社会事务办”：转入承诺事项 1 项、账号 2 个、进度报送 1 份、签收 2 条。"
    )
