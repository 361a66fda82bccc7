"""The importer on ten documents written blind (before reading its code), scored like
:mod:`tests.importer.published`; ``.venv/bin/python -m tests.importer.blind`` prints the table.

BEFORE (importer as found; expectations as first annotated, owners as written):

    document                          F1  year   dl    tg   own false
    01-qingshan-report-2025.txt     0.91   ok  0.80  1.00  1.00 0
    02-pingan-minsheng-2026.md      1.00   ok  1.00  0.71  0.71 0
    03-qinglong-fenjie-2025.csv     1.00   ok  1.00  1.00  0.00 0
    04-baisha-taizhang-2026.xlsx    1.00   ok  1.00  0.50  0.00 0
    05-hexi-news-2026.txt           0.86   ok  1.00  0.67  1.00 0
    06-nanshan-yaodian-2026.txt     1.00   ok  1.00  1.00  0.40 0
    07-dongli-speech-2025.docx      1.00   ok  1.00  1.00  0.00 0
    08-taoyuan-deadlines-2025.txt   1.00   ok  1.00  0.88  1.00 2
    09-xikou-pdfcopy-2025.txt       0.80   ok  1.00  1.00  1.00 0
    10-dongping-xiangcun-2026.txt   1.00   ok  1.00  1.00  0.00 0
    mean                            0.96 10/10 0.98  0.87  0.23 2

Expectations corrected by SPEC §3 / the catalog (not by the importer's output):
- owners known to the catalog are its names (``农业农村办`` → ``农业农村办公室``: the
  catalog's alias maps it; units the catalog lacks stay as written);
- ``汛期前完成…，全年不发生…``: several periods in one pledge, the last one is the deadline;
- ``一处`` is an article, not a count; a range's target is its low end in the unit written
  (``1.2万亩至1.5万亩`` → 1.2 万亩).
With those, the importer as found scored mean F1 0.96, year 10/10, deadlines 1.00, targets
0.89, owners 0.73, 1 false target (xlsx 0.67/0.00 and md 0.71/0.71 the worst).

Faults fixed (in general): a ledger whose task column is headed ``重点工作`` had no header
found (each row became one run-on pledge; main fixed it meanwhile, 1a26c80); a flattened
merged owner cell (empty under a unit in a Markdown/text table) lost its unit to the keyword
rules; ``新开通…3条``,
``为20个村卫生室配备…``, ``完成全镇15个村的…`` lost their counts; a range repeating its
unit (``1.2万亩至1.5万亩``) gave two targets; a PDF copy's line that breaks a clause short of
the margin split a pledge; a news report's ``镇党委书记…表示，…`` after the list became a pledge.

AFTER: mean F1 0.98, year 10/10, deadlines 1.00, targets 1.00, owners 1.00, no false target.
Left then: the goals an overview states before the first numbered item (``主要预期目标是：…``,
a part ``一、2025年工作目标``) were left out with the overview (01 and 09 F1 0.91 / 0.89).

Later (third blind tester's faults): those goals are a pledge of a section 0, as this set
expects; the published set's ``report-town-gov-2026.txt`` now expects the same, decided by
SPEC §3 (the plan part's numbers are targets; only the review's are achievements; see
``pipeline.goal_section``). Mean F1 1.00, every column 1.00, no false target.
"""

from __future__ import annotations

from tests.importer.blind import EXPECTED, FOLDER
from tests.importer.published import table


def test_ten_shapes_are_written_blind():
    assert len(EXPECTED) == 10
    assert {name.rsplit(".", 1)[1] for name in EXPECTED} == {"txt", "md", "csv", "xlsx", "docx"}
    assert all((FOLDER / name).is_file() for name in EXPECTED)


def test_it_meets_the_goals_on_blind_documents(scores):
    summary = table(scores)
    assert all(s.year_right for s in scores), summary
    assert sum(s.f1 for s in scores) / len(scores) >= 0.95, summary
    assert min(s.f1 for s in scores) >= 0.85, summary
    deadlines = [d for s in scores for d in s.deadlines]
    targets = [t for s in scores for t in s.targets]
    owners = [o for s in scores for o in s.owners]
    assert sum(deadlines) / len(deadlines) >= 0.95, summary
    assert sum(targets) / len(targets) >= 0.95, summary
    assert sum(owners) / len(owners) >= 0.95, summary
    assert [f for s in scores for f in s.false_targets] == [], summary
