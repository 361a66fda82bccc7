"""Traditional characters are read as simplified ones, exactly as OpenCC's ``t2s`` reads them.

The parse view maps characters through OpenCC's table directly when none of its
phrases occurs in the text (a 5,000-pledge plan spent 0.8 s in OpenCC's phrase
search); the result must be OpenCC's own, phrases, characters with several
readings and clause marks included.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from opencc import OpenCC

from commitments.importer.normalize import to_simplified

DOCUMENTS = Path(__file__).resolve().parent / "documents"
SEED = Path(__file__).resolve().parents[2] / "samples" / "town-speeches-2024.txt"

TEXTS = [
    "今年計劃新建5兆瓦光伏電站一處，城鄉醫保參保率達到90%以上。",
    "森林覆蓋率保持在60%以上；實現全覆蓋。",  # 覆: a character with two readings
    "反覆推進，一目瞭然，乾乾淨淨。",  # phrases that OpenCC maps as a whole
    "乾元鎮乾隆年間的古建築修繕工程，年底前完成。",
    "（一）狠抓招商引資，積蓄發展動能。",
    "“十四五”規劃；《鄉村振興促進法》—— 全面落實！",
    "建设文化广场6个，农家书屋3个。",  # simplified already
]


@pytest.mark.parametrize("text", TEXTS)
def test_it_reads_traditional_text_as_opencc_does(text):
    assert to_simplified(text) == OpenCC("t2s").convert(text)


def test_it_reads_whole_documents_as_opencc_does():
    converter = OpenCC("t2s")
    for path in [DOCUMENTS / "speech-traditional.txt", SEED]:
        text = path.read_text(encoding="utf-8")
        assert to_simplified(text) == converter.convert(text), path.name
