"""One cast for every test package, made through the services.

The departments come from the default catalog (``load_catalog``), the
commitments from importing a small plan (``import_plan_file``), the people
from the accounts service — the way the product makes them, not by hand:

- ``owner``: staff of 经济发展办公室, the lead owner of ``item``;
- ``co_owner``: staff of 农业农村办公室, its co-owner;
- ``outsider``: staff of 社会事务办公室, which leads only ``elsewhere``;
- ``supervisor``: a supervisor of 经济发展办公室 only;
- ``supervisor_of_all``: a supervisor with no departments listed (督查室);
- ``admin``: an administrator;

and, for the packages that need them, ``colleague`` (a second staff member of
the lead) and ``other_supervisor`` (a supervisor of the outsider's department
only). ``people(lead, co, other)`` makes the whole set for other departments.

Every account's password is ``factories.PASSWORD``. Use the ``cast`` fixture
(with the ``clock`` fixture when dates matter: the plan is for 2024).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import User

from commitments.choices import Role
from commitments.models import Commitment, Department
from commitments.services import accounts
from commitments.services.catalog import load_catalog
from commitments.services.plan_import import import_plan_file
from tests.factories import PASSWORD

PLAN = """镇长在经济工作会议上的讲话
同志们：
二、2024年工作安排
（一）狠抓招商引资。由经济发展办公室牵头、农业农村办公室配合，今年计划新建5兆瓦光伏电站一处。
（二）持续改善民生。城乡医保参保率达到90%以上。
同志们！谢谢大家！
"""
LEAD, CO, OTHER = "经济发展办公室", "农业农村办公室", "社会事务办公室"

#: persona → (role, departments)
PERSONAS: dict[str, tuple[str, list[str]]] = {
    "owner": (Role.STAFF, [LEAD]),
    "co_owner": (Role.STAFF, [CO]),
    "outsider": (Role.STAFF, [OTHER]),
    "supervisor": (Role.SUPERVISOR, [LEAD]),
    "supervisor_of_all": (Role.SUPERVISOR, []),
    "admin": (Role.ADMIN, []),
    "colleague": (Role.STAFF, [LEAD]),
    "other_supervisor": (Role.SUPERVISOR, [OTHER]),
}
#: Which of the three departments each persona's departments stand for.
_STANDS_FOR = {LEAD: "lead", CO: "co", OTHER: "other"}


@dataclass
class Cast:
    lead: Department
    co: Department
    other: Department
    #: led by ``lead``, co-owned by ``co``
    item: Commitment
    #: led by ``other``
    elsewhere: Commitment
    people: dict[str, User] = field(default_factory=dict)

    def __getitem__(self, persona: str) -> User:
        return self.people[persona]


def person(
    persona: str, username: str | None = None, departments: dict[str, Department] | None = None
) -> User:
    """One persona's account (its role and departments), named after it by default;
    ``departments`` (``{"lead": …, "co": …, "other": …}``) puts it in other units."""
    role, names = PERSONAS[persona]
    units: list[str | Department] = (
        [departments[_STANDS_FOR[n]] for n in names] if departments else list(names)
    )
    name = username or persona
    return accounts.save_account(name, role, units, email=f"{name}@example.org", password=PASSWORD)


def people(
    lead: Department, co: Department, other: Department, usernames: dict[str, str] | None = None
) -> dict[str, User]:
    """Every persona, for a ledger of the caller's own departments; ``usernames``
    renames some (persona → user name), and the result is keyed by user name."""
    units = {"lead": lead, "co": co, "other": other}
    names = usernames or {}
    return {
        names.get(persona, persona): person(persona, names.get(persona), units)
        for persona in PERSONAS
    }


def build_cast() -> Cast:
    load_catalog()
    import_plan_file(PLAN.encode("utf-8"), "cast-plan.txt")
    item = Commitment.objects.get(code="2024-01-01")
    return Cast(
        lead=Department.objects.get(name=LEAD),
        co=Department.objects.get(name=CO),
        other=Department.objects.get(name=OTHER),
        item=item,
        elsewhere=Commitment.objects.get(code="2024-02-01"),
        people={name: person(name) for name in PERSONAS},
    )
