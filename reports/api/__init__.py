"""Report endpoints under ``/api/v1/reports/`` (JSON, CSV, XLSX)."""
