"""The kept roll-ups' read prepared on the server once per connection
(reports.sql._prepared_rows): the same counts as the statement sent as text, with
JIT off for it alone, in its own transaction or in the caller's, and a connection
left usable after an error.

Transactional tests: the read runs in its own transaction only outside one."""

from __future__ import annotations

import pytest
from django.db import DataError, connection, transaction

from reports import kept_rollups
from reports.sql import rows_without_jit
from tests.reports.test_kept_rollups import _lead_moves, kept, live, refreshed

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="kept roll-ups are PostgreSQL's; elsewhere every roll-up is live",
    ),
]


@pytest.fixture(autouse=True)
def _nothing_held():
    kept_rollups.forget_held()
    yield
    kept_rollups.forget_held()


def prepared() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_prepared_statements WHERE NOT from_sql")
        return cursor.fetchone()[0]


def idle() -> bool:
    import psycopg

    return connection.connection.info.transaction_status == psycopg.pq.TransactionStatus.IDLE


def setting(name: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SHOW {name}")
        return cursor.fetchone()[0]


def test_the_read_is_prepared_and_counts_as_the_text_does(seed, monkeypatch):
    refreshed()
    _lead_moves(seed)  # a moved commitment: counted in the read's statement
    connection.close()  # a new session: nothing prepared yet
    jit = setting("jit")
    # Connections closed after each request (DB_CONN_MAX_AGE=0, e.g. behind PgBouncer):
    # the statement goes as text, as before.
    with monkeypatch.context() as closing:
        closing.setitem(connection.settings_dict, "CONN_MAX_AGE", 0)
        assert kept() == live()
        assert prepared() == 0
    assert connection.settings_dict["CONN_MAX_AGE"] != 0  # the tests' connections persist
    assert kept() == live()
    assert prepared() == 1 and idle()
    assert setting("jit") == jit  # SET LOCAL: for the read's transaction only
    assert kept() == live()  # run again, prepared
    assert prepared() == 1


def test_in_a_callers_transaction_it_neither_commits_nor_ends_it(seed):
    refreshed()

    class RolledBack(Exception):
        pass

    with pytest.raises(RolledBack), transaction.atomic():
        _lead_moves(seed)
        assert kept() == live()  # sees the transaction's own write
        assert setting("jit") == "off"  # SET LOCAL: until the caller's transaction ends
        _lead_moves(seed)
        raise RolledBack
    assert idle() and setting("jit") != "off"
    assert not kept_rollups.moved_groups()  # the write rolled back: the read committed nothing


def test_an_error_leaves_the_connection_usable(seed):
    refreshed()
    with pytest.raises(DataError):
        rows_without_jit("SELECT 1 / %s", [0], prepared=True)
    assert idle()
    assert rows_without_jit("SELECT 1 / %s", [1], prepared=True) == [(1,)]
    with pytest.raises(DataError), transaction.atomic():
        rows_without_jit("SELECT 1 / %s", [0], prepared=True)
    assert idle() and kept() == live()
