# Stored targets read by the importer's comparator rule of walk14 m6 (SPEC §3, imp14b):
# a count or amount a pledge delivers is a floor, ``>=`` (it was ``=``); only ``左右``/``约``
# (about) is ``=``; a naught target (0 起) is ``<=``. Plans imported before that rule kept
# their ``=``, so re-importing them listed ``=`` → ``>=`` on pledges nobody edited, and the
# public meter said "目标等于 …" where a new import says "目标不低于 …".
#
# Rewritten here only where that is certain, each row as the importer now writes it for
# the same text:
#
# * comparator ``=`` and a clause the importer wrote (``source_text`` not empty; a target a
#   supervisor set on the review page has none: ``edits._target``), whole (under 200
#   characters: a cut clause may have lost its 左右);
# * the clause says no "about" (``ABOUT`` below, the importer's reading of this revision
#   frozen here so that a later importer does not change what this migration does: 左右,
#   上下, 约, 大约, 预计; 上下游 counts as about too, so such a clause stays ``=``): ``>=``;
#   a value of 0: ``<=``;
# * the pledge's targets were never a supervisor's: ``targets`` not in ``edited_fields`` and
#   no supervisor edit (``CommitmentEvent`` of kind ``edited``) touching ``targets``.
#
# Everything else keeps what it has. No history event: the pledge's meaning did not
# change, the reading of its words did (a re-import of the old file shows no change).
#
# Reverse: nothing to undo. No schema changed, and the rows now hold what the importer of
# this revision writes for their text; a rolled-back importer, re-importing, would write
# its own ``=`` back through its review diff as it did before.

import re

from django.db import migrations

#: "About" anywhere in a target's clause: 左右/上下 (after ``以上``/``以下`` too), or 约/大约/预计
#: right before a number (not the 约 of 签约, 节约…, nor 预计新增…).
ABOUT = re.compile(
    r"(?:(?:以上|以下)?(?:左右|上下))"
    r"|(?:(?:(?<![签制节履合公预违特邀相集简契协守])约|大约|预计))"
    r"\s*[“\"]?(?=[\d零〇一二两三四五六七八九十百])"
)

#: A clause cut at ``Target.source_text``'s length may have lost what follows its number.
WHOLE_CLAUSE = 200
#: Rows per UPDATE (SQLite's bound parameters).
BATCH = 500


def states_about(clause: str) -> bool:
    return ABOUT.search(clause) is not None


def rewrite(apps, schema_editor):
    Target = apps.get_model("commitments", "Target")
    Commitment = apps.get_model("commitments", "Commitment")
    CommitmentEvent = apps.get_model("commitments", "CommitmentEvent")
    rows = list(
        Target.objects.filter(comparator="=")
        .exclude(source_text="")
        .values_list("pk", "commitment_id", "value", "source_text")
    )
    if not rows:
        return
    edited = {
        pk
        for pk, fields in Commitment.objects.filter(targets__comparator="=")
        .values_list("pk", "edited_fields")
        .distinct()
        if "targets" in (fields or ())
    }
    edited |= set(
        CommitmentEvent.objects.filter(kind="edited", changes__has_key="targets").values_list(
            "commitment_id", flat=True
        )
    )
    floors, caps = [], []
    for pk, commitment, value, text in rows:
        if commitment in edited:
            continue
        if value == 0:
            caps.append(pk)
        elif len(text) < WHOLE_CLAUSE and not states_about(text):
            floors.append(pk)
    for comparator, pks in ((">=", floors), ("<=", caps)):
        for at in range(0, len(pks), BATCH):
            Target.objects.filter(pk__in=pks[at : at + BATCH]).update(comparator=comparator)


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0029_merge_job"),
    ]

    operations = [migrations.RunPython(rewrite, migrations.RunPython.noop)]
