"""The web workspace (SPEC §4a): pages for department staff and supervisors.

Server-rendered, behind the dashboard's session login, with exactly the API's
permissions: every write calls the same service functions as the API, in one
transaction, leaving the same history events.
"""
