"""An id no row can have in a workspace address is a 404, not an overflow (500)."""

from __future__ import annotations

import pytest

from tests.workspace.conftest import client_for


@pytest.mark.parametrize(
    "path",
    [
        "/workspace/commitments/4753580660822268444672/",
        "/workspace/commitments/9223372036854775808/",
        "/workspace/commitments/0/",
        "/workspace/files/99999999999999999999/",
    ],
)
def test_an_id_out_of_range_is_not_found(town, path):
    assert client_for(town.clerk).get(path).status_code == 404
