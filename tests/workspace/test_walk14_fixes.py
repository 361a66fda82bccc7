"""Walk 14's faults, as a clerk, a supervisor and an administrator meet them (no browser):

- M1: 404, 403, 500 and the refused form (CSRF) are the product's pages, in Chinese or
  English, in the site's frame with a way back; the API keeps its JSON errors;
- m1: a crafted filter id (``?plan=999999999999999999999``) is ignored, not a 500;
- m2: 每月报送截止日 takes 1–31 only, with the month-end rule in its help text;
- m4: the pledge page says a filed report is kept and a new one corrects it, and a
  correction without evidence does not hide the evidence filed before;
- m5: a deadline before the plan's year is refused in the import review, the API and the
  supervisor's correction form; one in the next year is kept.
"""

from __future__ import annotations

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory
from django.urls import path
from django.utils import timezone

import tracker.urls
from commitments.choices import Role
from commitments.models import Commitment, Plan, ProgressReport
from tests import factories
from tests.api.conftest import token_client
from tests.workspace.conftest import PDF, client_for
from tests.workspace.test_pages import page_url, report_data, token
from tracker import errors

pytestmark = pytest.mark.django_db


# --- A urlconf with views that fail, to see the 500 page (the product's handlers) -----


def _broken(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("walk14: a view that fails")


urlpatterns = [
    path("workspace/broken/", _broken),
    path("api/v1/broken/", _broken),
    path("public/broken/", _broken),
    *tracker.urls.urlpatterns,
]
handler400 = tracker.urls.handler400
handler403 = tracker.urls.handler403
handler404 = tracker.urls.handler404
handler500 = tracker.urls.handler500


def html_of(response) -> str:
    return response.content.decode()


def links_back(html: str) -> bool:
    return 'href="/workspace/"' in html and 'class="topbar"' in html


# --- M1: error pages ---------------------------------------------------------------


class TestNotFound:
    @pytest.mark.parametrize(
        ("lang", "words"),
        [
            ("", ("页面不存在", "返回我的事项")),
            ("?lang=en", ("Page not found", "Back to my commitments")),
        ],
    )
    def test_a_missing_pledge_is_a_page_of_the_site_in_the_users_language(self, town, lang, words):
        response = client_for(town.clerk).get(f"/workspace/commitments/99999/{lang}")
        assert response.status_code == 404
        html = html_of(response)
        for word in words:
            assert word in html
        assert links_back(html)
        assert "The requested resource was not found" not in html
        assert town.clerk.username in html  # the frame says who is signed in

    def test_an_anonymous_visitor_gets_the_page_too(self, db):
        response = Client().get("/no-such-page/")
        assert response.status_code == 404
        assert "页面不存在" in html_of(response) and links_back(html_of(response))

    def test_a_citizen_asking_for_an_unpublished_plan_gets_the_public_frame(self, town):
        assert not town.item.plan.public
        for lang, words in (("", "该计划尚未公开"), ("?lang=en", "not been published")):
            response = Client().get(f"/public/plans/{town.item.plan_id}/{lang}")
            assert response.status_code == 404
            html = html_of(response)
            assert words in html
            assert "/workspace/" not in html and "topbar" not in html  # no staff links

    def test_an_unknown_api_address_and_a_missing_record_stay_json(self, town):
        api = token_client(town.clerk)
        for address in ("/api/v1/no-such-thing/", "/api/v1/commitments/99999/"):
            response = api.get(address)
            assert response.status_code == 404
            assert response["Content-Type"].startswith("application/json")
            assert response.json()["code"] == "not_found" and response.json()["message"]


class TestForbidden:
    def test_a_permission_refusal_says_the_views_reason(self, rf):
        request = rf.get("/workspace/")
        from django.contrib.auth.models import AnonymousUser
        from django.core.exceptions import PermissionDenied

        request.user = AnonymousUser()
        said = errors.permission_denied(request, PermissionDenied("只有牵头单位可以报送"))
        assert said.status_code == 403
        assert "只有牵头单位可以报送" in said.content.decode()
        bare = errors.permission_denied(request, PermissionDenied())
        assert "您没有查看此页面或执行此操作的权限" in bare.content.decode()


@pytest.mark.urls(__name__)
class TestServerError:
    def test_a_failing_page_is_a_chinese_page_with_a_way_back(self, town):
        client = client_for(town.clerk)
        client.raise_request_exception = False
        response = client.get("/workspace/broken/")
        assert response.status_code == 500
        html = html_of(response)
        assert "服务器出错" in html and links_back(html)
        assert "Server Error (500)" not in html

    def test_in_english_when_the_user_chose_english(self, town):
        client = client_for(town.clerk)
        client.raise_request_exception = False
        response = client.get("/workspace/broken/?lang=en")
        assert response.status_code == 500
        assert "Server error" in html_of(response) and 'lang="en"' in html_of(response)

    def test_the_api_answers_json(self, town):
        api = token_client(town.clerk)
        api.raise_request_exception = False
        response = api.get("/api/v1/broken/")
        assert response.status_code == 500
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["code"] == "server_error"
        assert response.json()["message"] == "服务器内部错误，请稍后重试"

    def test_the_page_needs_neither_the_database_nor_the_session(self, django_assert_num_queries):
        request = RequestFactory().get("/workspace/commitments/5/")  # no user, no session
        with django_assert_num_queries(0):
            response = errors.server_error(request)
        assert response.status_code == 500 and "服务器出错" in response.content.decode()


@pytest.mark.urls(__name__)
class TestCitizensErrors:
    """A citizen on the public meter (review15 finding 19): an error page in the public
    frame, with no link into the workspace and no sign-in."""

    def test_a_failing_public_page(self, db):
        client = Client()
        client.raise_request_exception = False
        for lang, words in (("", "系统暂时无法显示这个公示页面"), ("?lang=en", "cannot show")):
            response = client.get(f"/public/broken/{lang}")
            assert response.status_code == 500
            html = html_of(response)
            assert words in html and 'data-error="500"' in html
            assert "/workspace/" not in html and "topbar" not in html

    @pytest.mark.parametrize(
        ("status", "words"), [(400, "无法处理这个请求"), (403, "这个公示页面不对外开放")]
    )
    def test_a_refused_public_request(self, rf, status, words):
        from django.contrib.auth.models import AnonymousUser
        from django.core.exceptions import PermissionDenied

        request = rf.get("/public/plans/1/")
        request.user = AnonymousUser()
        if status == 400:
            response = errors.bad_request(request)
        else:
            response = errors.permission_denied(request, PermissionDenied())
        html = html_of(response)
        assert response.status_code == status and words in html
        assert "/workspace/" not in html and "topbar" not in html


class TestRefusedForm:
    """A clerk signed in again in another tab: the open page's form is refused."""

    def post_stale(self, town, lang: str = "") -> HttpResponse:
        client = Client(enforce_csrf_checks=True)
        client.force_login(town.clerk)
        page = page_url(town.item)
        html = client.get(page + lang).content.decode()
        data = report_data(html, town, **{"report-percent": "89"})
        data["csrfmiddlewaretoken"] = re.search(
            r'name="csrfmiddlewaretoken" value="([^"]+)"', html
        ).group(1)
        client.force_login(town.clerk)  # the other tab: a new session, a new token
        client.cookies.pop("csrftoken", None)
        return client.post(page, data, HTTP_REFERER=f"http://testserver{page}")

    def test_it_says_the_page_expired_and_links_back_to_the_pledge(self, town):
        response = self.post_stale(town)
        assert response.status_code == 403
        html = html_of(response)
        assert "页面已过期" in html and "重新登录" in html
        # walk14b m11: the typed values come back, so it does not ask to fill it in again
        assert "返回后核对并提交" in html and "重新填写" not in html
        assert f'href="{page_url(town.item)}" data-link="back"' in html
        assert "CSRF" not in html and "DEBUG" not in html
        assert "已填写的文字和数字会自动恢复" in html  # the report form keeps them
        assert not ProgressReport.objects.exists()

    def test_in_english_for_a_user_who_chose_english(self, town):
        response = self.post_stale(town, "?lang=en")
        html = html_of(response)
        assert response.status_code == 403
        assert "This page has expired" in html and "signed in again" in html
        assert "come back: check them and send the form" in html

    def test_another_form_refused_promises_no_restored_values(self, town):
        client = Client(enforce_csrf_checks=True)
        client.force_login(town.clerk)
        response = client.post(page_url(town.item), {"action": "acknowledge"})
        assert response.status_code == 403
        assert "页面已过期" in html_of(response)
        assert "自动恢复" not in html_of(response)
        assert "刷新后重新填写并提交" in html_of(response)
        assert f'href="{page_url(town.item)}"' in html_of(response)  # no Referer: the page

    def test_the_api_keeps_its_json(self, town):
        client = Client(enforce_csrf_checks=True)
        client.force_login(town.clerk)
        response = client.post(f"/api/v1/commitments/{town.item.pk}/acknowledge/")
        assert response.status_code == 403
        assert response["Content-Type"].startswith("application/json")


# --- m1: crafted filter ids --------------------------------------------------------


HUGE = "999999999999999999999"


@pytest.mark.parametrize("name", ["plan", "department", "section"])
@pytest.mark.parametrize("value", [HUGE, "9223372036854775808", "-3", "１２", " 1e3", "0"])
def test_a_crafted_filter_id_is_ignored_like_a_word(town, name, value):
    response = client_for(town.supervisor).get("/workspace/", {name: value})
    assert response.status_code == 200
    html = html_of(response)
    assert town.item.title in html  # not filtered: the whole list
    assert "未筛选" in html


def test_a_real_filter_id_still_filters(town):
    client = client_for(town.supervisor)
    plan = town.item.plan_id
    assert town.item.title in html_of(client.get("/workspace/", {"plan": plan}))
    assert town.item.title not in html_of(client.get("/workspace/", {"plan": plan + 1000}))
    biggest = "9223372036854775807"  # the largest id a row can have: no row, no error
    response = client.get("/workspace/", {"department": biggest})
    assert response.status_code == 200 and town.item.title not in html_of(response)


# --- m2: 每月报送截止日 -----------------------------------------------------------------


@pytest.fixture
def site_admin(db):
    user = factories.user("root14", role=Role.ADMIN)
    user.is_staff = user.is_superuser = True
    user.save()
    client = Client()
    client.force_login(user)
    return client


class _FormFields(HTMLParser):
    """The values a browser would send from the admin's change form."""

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[str, str] = {}
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("submit", "button", "file"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.data[name] = a.get("value", "on" if a.get("type") == "checkbox" else "")
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in a:
            self.data[self._select] = a.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data


def plan_form(client, plan) -> dict:
    parser = _FormFields()
    parser.feed(html_of(client.get(f"/admin/commitments/plan/{plan.pk}/change/")))
    return parser.data


@pytest.mark.parametrize("lang", ["zh-hans", "en"])
@pytest.mark.parametrize("day", ["0", "32", "40", "-1"])
def test_the_admin_refuses_a_due_day_outside_1_to_31(site_admin, day, lang):
    plan = factories.plan(2026)
    site_admin.cookies["django_language"] = lang
    data = {**plan_form(site_admin, plan), "report_due_day": day}
    response = site_admin.post(f"/admin/commitments/plan/{plan.pk}/change/", data)
    assert response.status_code == 200  # the form again, nothing saved
    html = html_of(response)
    if lang == "en":
        assert "The report due day must be between 1 and 31" in html or "greater than" in html
    else:
        assert "每月报送截止日须在1至31日之间" in html or "确保该值大于或等于" in html
    plan.refresh_from_db()
    assert plan.report_due_day is None


@pytest.mark.parametrize("day", ["1", "28", "31", ""])
def test_the_admin_saves_a_due_day_of_1_to_31_and_says_the_month_end_rule(site_admin, day):
    plan = factories.plan(2026)
    page = html_of(site_admin.get(f"/admin/commitments/plan/{plan.pk}/change/"))
    assert "当月没有这一天的" in page and "以当月最后一天为截止日" in page
    data = {**plan_form(site_admin, plan), "report_due_day": day}
    response = site_admin.post(f"/admin/commitments/plan/{plan.pk}/change/", data)
    assert response.status_code == 302, html_of(response)[:2000]
    plan.refresh_from_db()
    assert plan.report_due_day == (int(day) if day else None)


def test_the_model_refuses_it_for_any_writer(db):
    from django.core.exceptions import ValidationError

    plan = factories.plan(2026)
    for day in (0, 32):
        plan.report_due_day = day
        with pytest.raises(ValidationError) as refused:
            plan.full_clean()
        assert "每月报送截止日须在1至31日之间" in str(refused.value)


# --- m4: correcting a report ----------------------------------------------------------


def file_on_page(town, client, **extra):
    html = client.get(page_url(town.item)).content.decode()
    return client.post(page_url(town.item), report_data(html, town, **extra))


def test_the_form_and_the_reports_say_a_report_is_kept_and_the_newest_counts(town):
    client = client_for(town.clerk)
    html = html_of(client.get(page_url(town.item)))
    assert "提交后不能修改：如有错误，请重新报送一次，以最新一次报送为准" in html
    assert 'data-field="reports-kept"' not in html  # nothing filed yet
    file_on_page(town, client)
    html = html_of(client.get(page_url(town.item)))
    assert "报送记录按提交时的内容保留，不能修改或删除" in html
    english = html_of(client.get(page_url(town.item) + "?lang=en"))
    assert "the newest report counts" in english


def test_a_correction_without_evidence_keeps_the_earlier_evidence_in_view(town):
    client = client_for(town.clerk)
    first = file_on_page(
        town,
        client,
        **{
            "report-percent": "60",
            "report-evidence_files": SimpleUploadedFile("现场照片.pdf", PDF, "application/pdf"),
        },
    )
    assert first.status_code == 302
    fix = file_on_page(
        town,
        client,
        **{"report-percent": "65", "report-evidence": "", "report-narrative": "更正：上次填错"},
    )
    assert fix.status_code == 302
    assert ProgressReport.objects.count() == 2  # appended, the first one untouched
    html = html_of(client_for(town.supervisor).get(page_url(town.item)))
    card = html[html.index('id="reports"') : html.index('class="all-reports"')]
    assert "65%" in card and "更正：上次填错" in card
    assert "本次报送未附佐证；此前报送的佐证仍然有效" in card
    assert "现场照片.pdf" in card and "https://example.org/photo" in card
    earlier = ProgressReport.objects.order_by("created_at", "id").first()
    shown = timezone.localtime(earlier.created_at).strftime("%Y-%m-%d %H:%M")
    assert f"随 {shown} 的报送（60%）" in re.sub(r"<[^>]+>", "", card)


def test_a_correction_with_its_own_evidence_shows_only_its_own(town):
    client = client_for(town.clerk)
    file_on_page(town, client, **{"report-evidence": "https://example.org/old"})
    file_on_page(town, client, **{"report-evidence": "https://example.org/new"})
    html = html_of(client.get(page_url(town.item)))
    card = html[html.index('id="reports"') : html.index('class="all-reports"')]
    assert "https://example.org/new" in card and "https://example.org/old" not in card
    assert "此前报送的佐证" not in card


# --- m5: deadlines before the plan's year (the review: tests/importer/test_walk14_review.py)


def test_the_api_and_the_correction_form_refuse_it_too(town):
    plan = town.item.plan
    before = town.item.deadline
    early = datetime.date(plan.year - 1, 12, 31)
    api = token_client(town.supervisor)
    response = api.patch(
        f"/api/v1/commitments/{town.item.pk}/", {"deadline": early.isoformat()}, format="json"
    )
    assert response.status_code == 400, response.json()
    assert "早于计划年度" in response.json()["message"]
    assert "deadline" in response.json()["errors"]

    client = client_for(town.supervisor)
    html = html_of(client.get(page_url(town.item)))
    data = {
        "action": "correct",
        "correct-form_token": token(html, "correct"),
        "correct-lead_owner": town.lead.pk,
        "correct-co_owners": [town.co.pk],
        "correct-deadline": early.isoformat(),
        "correct-milestones": "",
        "correct-note": "",
    }
    response = client.post(page_url(town.item), data)
    assert response.status_code in (200, 400)
    assert "早于计划年度" in html_of(response)
    assert Commitment.objects.get(pk=town.item.pk).deadline == before
    assert Plan.objects.get(pk=plan.pk).year == plan.year


# --- walk14b m7: a session API call without its CSRF token --------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [("zh-hans", "页面已过期或请求未带 CSRF 令牌"), ("en", "The page has expired or")],
)
@pytest.mark.parametrize("token", ["missing", "stale"])
def test_a_session_call_without_its_csrf_token_is_refused_in_the_users_language(
    town, lang, words, token
):
    client = Client(enforce_csrf_checks=True)
    client.force_login(town.supervisor)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang  # the language switcher's choice
    headers = {}
    if token == "stale":
        client.get("/workspace/")  # the page sets the csrftoken cookie
        headers["HTTP_X_CSRFTOKEN"] = "x" * 32
    before = town.item.events.count()
    response = client.post(
        f"/api/v1/commitments/{town.item.pk}/urge/",
        {"note": "请尽快报送"},
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 403
    body = response.json()
    assert body["code"] == "csrf_failed"
    assert words in body["message"] and "X-CSRFToken" in body["message"]
    assert "CSRF Failed" not in body["message"]
    assert body["errors"] == {}
    assert town.item.events.count() == before


def test_a_session_call_with_its_csrf_token_goes_through(town):
    client = Client(enforce_csrf_checks=True)
    client.force_login(town.supervisor)
    client.get("/workspace/")
    response = client.post(
        f"/api/v1/commitments/{town.item.pk}/urge/",
        {"note": "请尽快报送"},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )
    assert response.status_code == 201, response.content.decode()


# --- walk14b m11: the dashboard's note on early reports, in English ------------------


def test_the_early_reports_note_reads_their_due_day_in_english(town):
    html = html_of(client_for(town.supervisor).get("/dashboard/?lang=en"))
    note = re.search(r'data-field="early-rule">([^<]*)<', html)
    assert note, "no note on early reports"
    assert "this month's reports filed before their due day" in note.group(1)
    assert "before its due day" not in note.group(1)
