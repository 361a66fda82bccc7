"""Report endpoints, mounted by ``reports.urls`` under ``api/v1/reports/``."""

from django.urls import path

from reports.api import views

urlpatterns = [
    path("overdue/", views.OverdueReportView.as_view(), name="report-overdue"),
    path("summary/", views.SummaryReportView.as_view(), name="report-summary"),
    path("ledger/", views.LedgerReportView.as_view(), name="report-ledger"),
]
