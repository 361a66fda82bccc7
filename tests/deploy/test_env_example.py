"""deploy/env.example documents every variable the settings read.

Settings are added by several people; this test is what keeps the template
complete: a new ``env_*("NAME", …)`` in tracker/settings.py, or a
``GUNICORN_*`` in deploy/gunicorn.conf.py, fails here until it is listed
(as ``NAME=`` or ``# NAME=``) below a comment that explains it.
"""

from __future__ import annotations

import re

from tests.deploy.conftest import ROOT

ENV_EXAMPLE = ROOT / "deploy" / "env.example"


def variables_read() -> set[str]:
    settings_text = (ROOT / "tracker" / "settings.py").read_text()
    gunicorn_text = (ROOT / "deploy" / "gunicorn.conf.py").read_text()
    names = set(re.findall(r'env_(?:str|bool|int|float|list)\(\s*"([A-Z0-9_]+)"', settings_text))
    names |= set(re.findall(r'"(GUNICORN_[A-Z_]+)"', gunicorn_text))
    return names


def variables_of_the_service_files() -> set[str]:
    """Variables that compose.yaml and the systemd units substitute themselves."""
    texts = [(ROOT / "deploy" / "compose.yaml").read_text()]
    texts += [unit.read_text() for unit in (ROOT / "deploy" / "systemd").glob("*.service")]
    return {name for text in texts for name in re.findall(r"\$\{([A-Z][A-Z0-9_]*)", text)}


def documented() -> dict[str, int]:
    lines = ENV_EXAMPLE.read_text().splitlines()
    return {
        m.group(1): i
        for i, line in enumerate(lines)
        if (m := re.match(r"^#? ?([A-Z][A-Z0-9_]+)=", line))
    }


def test_it_lists_every_variable_the_settings_read():
    missing = (variables_read() | variables_of_the_service_files()) - set(documented())

    assert not missing, f"add to deploy/env.example: {sorted(missing)}"


def test_it_explains_every_variable_above_its_line():
    lines = ENV_EXAMPLE.read_text().splitlines()
    for name, index in documented().items():
        above = index - 1
        while above >= 0 and re.match(r"^#? ?[A-Z][A-Z0-9_]+=", lines[above]):
            above -= 1  # a group of related variables shares one explanation
        assert above >= 0 and lines[above].startswith("# "), f"{name} has no explanation"
        block = []
        while above >= 0 and lines[above].startswith("#"):
            block.append(lines[above])
            above -= 1
        assert any("Default" in line or "REQUIRED" in line for line in block), (
            f"{name}: say its default"
        )


def test_it_lists_nothing_the_settings_do_not_read():
    stale = set(documented()) - variables_read() - variables_of_the_service_files()

    assert not stale, f"no longer read, remove from deploy/env.example: {sorted(stale)}"
