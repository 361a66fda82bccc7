"""Report endpoints, mounted by ``reports.urls`` under ``api/v1/reports/``."""

from django.urls import path

from reports.api import export_views, views

exports = export_views.ExportJobViewSet

urlpatterns = [
    path("overdue/", views.OverdueReportView.as_view(), name="report-overdue"),
    path("summary/", views.SummaryReportView.as_view(), name="report-summary"),
    path("ledger/", views.LedgerReportView.as_view(), name="report-ledger"),
    path(
        "exports/",
        exports.as_view({"get": "list", "post": "create"}),
        name="report-exports",
    ),
    path(
        "exports/<id:pk>/",
        exports.as_view({"get": "retrieve"}),
        name="report-export",
    ),
    path(
        "exports/<id:pk>/download/",
        exports.as_view({"get": "download"}),
        name="report-export-download",
    ),
]
