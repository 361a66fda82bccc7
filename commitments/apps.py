from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommitmentsConfig(AppConfig):
    name = "commitments"
    verbose_name = _("承诺事项督办")

    def ready(self) -> None:
        from django.urls import register_converter

        from commitments.api.views.common import IdConverter
        from commitments.reminders import calendar

        # <id:pk> in the API's and the workspace's routes: a BIGINT id or no match (404).
        register_converter(IdConverter, "id")
        # An administrator's change to the holiday table counts at once.
        calendar.connect_signals()
