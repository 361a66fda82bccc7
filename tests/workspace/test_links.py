"""E-mails and robot messages link to the workspace pages, built from SITE_URL."""

from commitments import links


def test_it_builds_absolute_workspace_addresses(settings):
    settings.SITE_URL = "https://tracker.example.gov.cn"
    assert links.commitment_url(7) == "https://tracker.example.gov.cn/workspace/commitments/7/"
    assert links.workspace_url() == "https://tracker.example.gov.cn/workspace/"
    assert links.queue_url() == "https://tracker.example.gov.cn/workspace/queue/"
    assert links.dashboard_url() == "https://tracker.example.gov.cn/dashboard/"


def test_it_keeps_only_the_filters_given(settings):
    settings.SITE_URL = "http://x"
    assert links.workspace_url(light="red", section=None) == "http://x/workspace/?light=red"
    assert links.workspace_url(overdue=1, unreported="") == "http://x/workspace/?overdue=1"
