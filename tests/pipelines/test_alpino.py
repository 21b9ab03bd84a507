"""Tests for the Alpino XML -> UD CoNLL-U converter (pipelines/alpino.py)."""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest

_MODULE_PATH = Path(__file__).resolve().parents[2] / "pipelines" / "alpino.py"


def _load_module():
    try:
        from textkg.pipelines import alpino  # type: ignore[import-not-found]

        return alpino
    except ImportError:
        spec = importlib.util.spec_from_file_location("alpino_converter", _MODULE_PATH)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        return module


alpino = _load_module()

# Hand-written trees in the old (NLTK, version 1.2) Alpino format.
ACTIVE = """
<alpino_ds version="1.2" id="t1">
  <node begin="0" cat="top" end="6" id="0" rel="top">
    <node begin="0" cat="smain" end="5" id="1" rel="--">
      <node begin="0" cat="np" end="2" id="2" rel="su">
        <node begin="0" end="1" id="3" pos="det" rel="det" root="de" word="De"/>
        <node begin="1" end="2" id="4" pos="noun" rel="hd" root="man" word="man"/>
      </node>
      <node begin="2" end="3" id="5" pos="verb" rel="hd" root="zie" word="zag"/>
      <node begin="3" cat="np" end="5" id="6" rel="obj1">
        <node begin="3" end="4" id="7" pos="det" rel="det" root="de" word="de"/>
        <node begin="4" end="5" id="8" pos="noun" rel="hd" root="hond" word="hond"/>
      </node>
    </node>
    <node begin="5" end="6" id="9" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>De man zag de hond .</sentence>
</alpino_ds>
"""

# "De hond werd door de man gezien ." -- passive with an agent
PASSIVE = """
<alpino_ds version="1.2" id="t2">
  <node begin="0" cat="top" end="8" id="0" rel="top">
    <node begin="0" cat="smain" end="7" id="1" rel="--">
      <node begin="0" cat="np" end="2" id="2" index="1" rel="su">
        <node begin="0" end="1" id="3" pos="det" rel="det" root="de" word="De"/>
        <node begin="1" end="2" id="4" pos="noun" rel="hd" root="hond" word="hond"/>
      </node>
      <node begin="2" end="3" id="5" pos="verb" rel="hd" root="word" word="werd"/>
      <node begin="3" cat="ppart" end="7" id="6" rel="vc">
        <node begin="0" end="2" id="7" index="1" rel="obj1"/>
        <node begin="3" cat="pp" end="6" id="8" rel="mod">
          <node begin="3" end="4" id="9" pos="prep" rel="hd" root="door" word="door"/>
          <node begin="4" cat="np" end="6" id="10" rel="obj1">
            <node begin="4" end="5" id="11" pos="det" rel="det" root="de" word="de"/>
            <node begin="5" end="6" id="12" pos="noun" rel="hd" root="man" word="man"/>
          </node>
        </node>
        <node begin="6" end="7" id="13" pos="verb" rel="hd" root="zie" word="gezien"/>
      </node>
    </node>
    <node begin="7" end="8" id="14" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>De hond werd door de man gezien .</sentence>
</alpino_ds>
"""

# "Hij is de man die het boek heeft gelezen ." -- copula + relative clause + perfect
RELATIVE = """
<alpino_ds version="1.2" id="t3">
  <node begin="0" cat="top" end="10" id="0" rel="top">
    <node begin="0" cat="smain" end="9" id="1" rel="--">
      <node begin="0" end="1" id="2" pos="noun" rel="su" root="hij" word="Hij"/>
      <node begin="1" end="2" id="3" pos="verb" rel="hd" root="ben" word="is"/>
      <node begin="2" cat="np" end="9" id="4" rel="predc">
        <node begin="2" end="3" id="5" pos="det" rel="det" root="de" word="de"/>
        <node begin="3" end="4" id="6" pos="noun" rel="hd" root="man" word="man"/>
        <node begin="4" cat="rel" end="9" id="7" rel="mod">
          <node begin="4" end="5" id="8" index="1" pos="noun" rel="rhd" root="die" word="die"/>
          <node begin="5" cat="ssub" end="9" id="9" rel="body">
            <node begin="4" end="5" id="10" index="1" rel="su"/>
            <node begin="7" end="8" id="11" pos="verb" rel="hd" root="heb" word="heeft"/>
            <node begin="5" cat="ppart" end="9" id="12" rel="vc">
              <node begin="4" end="5" id="13" index="1" rel="su"/>
              <node begin="5" cat="np" end="7" id="14" rel="obj1">
                <node begin="5" end="6" id="15" pos="det" rel="det" root="het" word="het"/>
                <node begin="6" end="7" id="16" pos="noun" rel="hd" root="boek" word="boek"/>
              </node>
              <node begin="8" end="9" id="17" pos="verb" rel="hd" root="lees" word="gelezen"/>
            </node>
          </node>
        </node>
      </node>
    </node>
    <node begin="9" end="10" id="18" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>Hij is de man die het boek heeft gelezen .</sentence>
</alpino_ds>
"""


def _doc(*trees: str) -> bytes:
    body = "\n".join(trees)
    return f'<?xml version="1.0" encoding="ISO-8859-1"?>\n<alpino version="1.2">\n{body}\n</alpino>\n'.encode(
        "iso-8859-1"
    )


def _rows(block: str) -> list[list[str]]:
    return [line.split("\t") for line in block.splitlines() if line and not line.startswith("#")]


def _arcs(block: str) -> list[tuple[str, str, int, str]]:
    """(form, upos, head, deprel) per token."""
    return [(r[1], r[3], int(r[6]), r[7]) for r in _rows(block)]


def _assert_valid(block: str) -> None:
    rows = _rows(block)
    assert all(len(r) == 10 for r in rows)
    assert [int(r[0]) for r in rows] == list(range(1, len(rows) + 1))
    heads = [int(r[6]) for r in rows]
    assert heads.count(0) == 1
    for i in range(1, len(rows) + 1):
        seen: set[int] = set()
        j = i
        while j:
            assert j not in seen, "cycle"
            seen.add(j)
            j = heads[j - 1]
    assert all(r[2] == "_" and r[4] == "_" for r in rows)  # no lemma, no xpos


def test_active_transitive() -> None:
    stats: Counter[str] = Counter()
    (block,) = alpino.convert_xml(_doc(ACTIVE), stats=stats)
    assert stats["converted"] == 1 and stats["skipped"] == 0
    assert "# sent_id = alpino_cdb-t1" in block
    assert "# text = De man zag de hond." in block
    _assert_valid(block)
    assert _arcs(block) == [
        ("De", "DET", 2, "det"),
        ("man", "NOUN", 3, "nsubj"),
        ("zag", "VERB", 0, "root"),
        ("de", "DET", 5, "det"),
        ("hond", "NOUN", 3, "obj"),
        (".", "PUNCT", 3, "punct"),
    ]
    assert _rows(block)[4][9] == "SpaceAfter=No"


def test_passive_with_agent() -> None:
    (block,) = alpino.convert_xml(_doc(PASSIVE))
    _assert_valid(block)
    assert _arcs(block) == [
        ("De", "DET", 2, "det"),
        ("hond", "NOUN", 7, "nsubj:pass"),
        ("werd", "AUX", 7, "aux:pass"),
        ("door", "ADP", 6, "case"),
        ("de", "DET", 6, "det"),
        ("man", "NOUN", 7, "obl:agent"),
        ("gezien", "VERB", 0, "root"),
        (".", "PUNCT", 7, "punct"),
    ]


def test_copula_relative_clause_perfect() -> None:
    (block,) = alpino.convert_xml(_doc(RELATIVE))
    _assert_valid(block)
    assert _arcs(block) == [
        ("Hij", "PRON", 4, "nsubj"),
        ("is", "AUX", 4, "cop"),
        ("de", "DET", 4, "det"),
        ("man", "NOUN", 0, "root"),
        ("die", "PRON", 9, "nsubj"),
        ("het", "DET", 7, "det"),
        ("boek", "NOUN", 9, "obj"),
        ("heeft", "AUX", 9, "aux"),
        ("gelezen", "VERB", 4, "acl:relcl"),
        (".", "PUNCT", 4, "punct"),
    ]


def test_bad_tree_is_skipped_and_counted() -> None:
    only_punct = """
<alpino_ds version="1.2" id="t4">
  <node begin="0" cat="top" end="1" id="0" rel="top">
    <node begin="0" end="1" id="1" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>.</sentence>
</alpino_ds>
"""
    stats: Counter[str] = Counter()
    blocks = alpino.convert_xml(_doc(ACTIVE, only_punct), stats=stats)
    assert len(blocks) == 1
    assert stats["converted"] == 1 and stats["skipped"] == 1


def test_convert_zip_and_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zip_path = tmp_path / "alpino.zip"
    with zipfile.ZipFile(zip_path, "w") as zf:
        zf.writestr("alpino/README", "test")
        zf.writestr("alpino/alpino.xml", _doc(ACTIVE, PASSIVE))
    blocks = alpino.convert(zip_path)
    assert len(blocks) == 2
    out = tmp_path / "out" / "x.conllu"
    assert alpino.main([str(zip_path), str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.count("# sent_id") == 2
    assert "converted 2" in capsys.readouterr().err
