"""The warning light of ``commitments.lights.annotate_light`` as a plain SQL CASE
over the ``page`` rows of the floor query (``%(today)s`` and friends are parameters)."""

LIGHT_SQL = """CASE
    WHEN page.status IN ('completed', 'cancelled') THEN 'green'
    WHEN page.deadline < %(today)s THEN 'red'
    WHEN EXISTS (SELECT 1 FROM commitments_milestone m WHERE m.commitment_id = page.id
                 AND m.completed_at IS NULL AND m.due < %(today)s) THEN 'red'
    WHEN page.due_day < %(day)s AND page.starts_on <= %(this_month)s
         AND (page.last_report_on IS NULL OR page.last_report_on < %(this_month)s)
         THEN 'yellow'
    WHEN page.due_day >= %(day)s AND page.starts_on <= %(last_month)s
         AND (page.last_report_on IS NULL OR page.last_report_on < %(last_month)s)
         THEN 'yellow'
    WHEN page.deadline - page.starts_on > 0 AND %(today)s - page.starts_on > 0
         AND (page.percent + page.margin) * (page.deadline - page.starts_on)
             < (%(today)s - page.starts_on) * 100 THEN 'yellow'
    ELSE 'green' END"""
