"""Reminders and overdue e-mails (SPEC §5).

calendar  — China's working days (public holidays, adjusted working days)
policy    — pure rules: which reminders a given day owes
decisions — read database state and turn it into e-mails to send
sweep     — chunks, storing decisions as Notification rows, picking up stragglers
emails    — render the three templates of an e-mail
sending   — claim a row, send it over SMTP, record the outcome
tasks     — thin Celery tasks that pass ids
"""
