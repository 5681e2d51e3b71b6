"""The trained model: reproducible training, the skops trust check, and how it joins the rules."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from integrity.detect import lexicons
from integrity.detect.checker import Checker
from integrity.detect.classifier import judge as judge_module
from integrity.detect.classifier import train as training
from integrity.read.model import Segment, Session
from integrity.text.text import Text

LEXICON = Checker(model=False).lexicon

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "models" / "data"


def _session(sid: str, rows: list[tuple[str, list[str]]]) -> dict:
    return {"session_id": sid, "segments": [{"text": t, "labels": l} for t, l in rows]}


TRAIN_ROWS = [
    ("吃了这个胃就不疼了", ["wording"]), ("喝了以后腰也不酸了腿也有劲了", ["wording"]),
    ("用了三天脸上的痘印都不见了", ["wording"]), ("这个茶喝完血糖稳稳的", ["wording"]),
    ("这个包跟大牌一个工厂出来的", ["counterfeit"]), ("标我就不给你们看了懂的来", ["counterfeit"]),
    ("跟专柜的放一起分不出来", ["counterfeit"]), ("今天这个价以后再也没有了", ["price"]),
    ("外面卖好几百我们这里几十块", ["price"]), ("今天给大家带的是羊毛围巾", []),
    ("拍之前看一下尺码表", []), ("下单之后四十八小时内发货", []), ("这个面霜质地比较厚", []),
    ("大家晚上好欢迎来到直播间", []), ("颜色有黑白灰三种", []), ("收到以后放冰箱冷藏", []),
]


@pytest.fixture(scope="module")
def small_data(tmp_path_factory):
    directory = tmp_path_factory.mktemp("data")
    train = directory / "train.jsonl"
    test = directory / "test.jsonl"
    train.write_text("\n".join(json.dumps(_session(f"t{i}", TRAIN_ROWS[i::2]), ensure_ascii=False)
                               for i in range(2)) + "\n", "utf-8")
    test.write_text(json.dumps(_session("x", TRAIN_ROWS), ensure_ascii=False) + "\n", "utf-8")
    return train, test


def test_training_is_reproducible(small_data, tmp_path):
    train, test = small_data
    first = training.train([train], test, tmp_path / "a")
    second = training.train([train], test, tmp_path / "b")
    assert first["thresholds"] == second["thresholds"]
    model_a, model_b = (tmp_path / d / judge_module.MODEL_FILE for d in "ab")
    assert judge_module.file_sha256(model_a) == judge_module.file_sha256(model_b)  # the same bytes
    texts = ["吃了这个腰就不酸了", "这个包跟大牌一个工厂", "今天给大家带围巾"]
    a = judge_module.load_pipeline(tmp_path / "a" / judge_module.MODEL_FILE).predict_proba(texts)
    b = judge_module.load_pipeline(tmp_path / "b" / judge_module.MODEL_FILE).predict_proba(texts)
    np.testing.assert_array_equal(a, b)
    assert first["data"]["train"]["files"] == [{"file": "train.jsonl", "sha256": judge_module.file_sha256(train)}]
    assert first["metrics"] == second["metrics"]


def _double(x):
    return x


def test_skops_refuses_an_unexpected_type(tmp_path):
    path = tmp_path / "evil.skops"
    sio.dump(Pipeline([("f", FunctionTransformer(_double))]), path)
    with pytest.raises(judge_module.ModelError, match="unexpected types"):
        judge_module.load_pipeline(path)


def test_a_damaged_model_file_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.skops"
    path.write_bytes(b"not a zip")
    with pytest.raises(judge_module.ModelError, match="not a readable skops model"):
        judge_module.load_pipeline(path)


def test_model_rules_are_registered_with_docs():
    codes = {r.code: r for r in lexicons.load_rules()}
    for code in judge_module.MODEL_RULES.values():
        assert code in codes and "## What it does" in codes[code].doc


def test_without_a_look_alike_cut_no_confidence_is_lowered():
    checker = Checker(select=["WRD"], model=False)
    session = Session("s", (Segment(0, "这个枕头是全网最舒服的"),))
    [finding] = checker.check(session)
    judge = judge_module.ModelJudge(_Fixed([[0, 0, 0.001]]), {"price": 0.9, "counterfeit": 0.9, "wording": 0.8}, "sha",
                                  lookalike_below={"wording": None})

    assert judge.apply(session, [Text.of(session.segments[0].text)], [finding], checker.enabled, LEXICON) == [finding]


@pytest.mark.parametrize("probabilities,wrong,expected", [
    ([0.001, 0.003, 0.03, 0.04, 0.08, 0.5], [1, 1, 1, 0, 0, 0], 0.1),   # 3 of 5 under 0.1 wrong
    ([0.001, 0.003, 0.03, 0.04, 0.08, 0.5], [0, 0, 0, 0, 1, 1], None),  # the low ones were right
    ([0.001, 0.003, 0.5], [1, 1, 0], None),                              # too few to tell
])
def test_look_alike_cut_is_the_largest_under_which_rule_hits_were_mostly_wrong(probabilities, wrong, expected):
    assert training.choose_lookalike_cut(np.array(probabilities), np.array(wrong, dtype=bool)) == expected


@pytest.mark.parametrize("dev,threshold,stable", [
    ({"alone": {"predicted": 40, "precision": 1.0}, "as_rule": {"findings": 0, "precision": None}}, 0.8, True),
    ({"alone": {"predicted": 70, "precision": 0.97}, "as_rule": {"findings": 1, "precision": 0.0}}, 0.86, False),
    ({"alone": {"predicted": 70, "precision": 0.85}, "as_rule": {"findings": 0, "precision": None}}, 0.86, False),
    ({"alone": {"predicted": 9, "precision": 1.0}, "as_rule": {"findings": 10, "precision": 0.9}}, 0.7, True),
    ({"alone": {"predicted": 9, "precision": 1.0}, "as_rule": {"findings": 0, "precision": None}}, None, False),
    (None, 0.8, False),
])
def test_a_model_rule_is_stable_only_with_a_threshold_and_precise_on_dev(dev, threshold, stable):
    assert training._stable(dev, threshold) is stable


@pytest.mark.parametrize(
    "threshold_data,support,expected",
    [
        (([0.95, 0.9, 0.6, 0.55], [1, 1, 0, 1]), 1, 0.61),
        (([0.95, 0.9, 0.6, 0.55], [1, 1, 1, 1]), 1, 0.5),
        (([0.95, 0.9, 0.6, 0.55], [1, 1, 0, 1]), 3, None),
        (([0.95, 0.9, 0.8, 0.55], [1, 1, 1, 0]), 3, 0.56),
        (([0.4, 0.3], [1, 0]), 1, None),
    ],
)
def test_threshold_is_the_lowest_that_reaches_the_target_precision_on_enough_findings(threshold_data, support,
                                                                                       expected):
    probabilities, truth = map(np.array, threshold_data)
    assert training.choose_threshold(probabilities, truth, target=0.9, min_support=support) == expected


class _Fixed:
    """A stand-in pipeline with fixed probabilities (price, counterfeit, wording)."""

    def __init__(self, rows):
        self.rows = np.array(rows)

    def predict_proba(self, texts):
        return self.rows[: len(texts)]


def test_model_adds_findings_the_rules_missed_and_lowers_look_alikes():
    checker = Checker(select=["WRD", "MLW001"], model=False)
    session = Session("s", (Segment(0, "这个枕头是全网最舒服的"), Segment(1, "吃了它胃就舒服多了"), Segment(2, "今天发货")))
    rule_findings = checker.check(session)
    assert [f.segment for f in rule_findings] == [0]
    judge = judge_module.ModelJudge(_Fixed([[0, 0, 0.01], [0, 0, 0.97], [0, 0, 0.2]]),
                                  {"price": 0.9, "counterfeit": 0.9, "wording": 0.8}, "sha",
                                  lookalike_below={"wording": 0.05})

    judged = judge.apply(session, [Text.of(s.text) for s in session.segments], rule_findings, checker.enabled, LEXICON)
    by_segment = {f.segment: f for f in judged}
    assert by_segment[1].rule == "MLW001" and by_segment[1].explanation["probability"] == 0.97
    assert "模型判断" in by_segment[1].message
    assert by_segment[0].confidence == pytest.approx(rule_findings[0].confidence * judge_module.LOOKALIKE_FACTOR)
    assert by_segment[0].explanation["model"]["probability"] == 0.01
    assert 2 not in by_segment


def test_preview_model_rules_only_run_when_asked():
    assert "MLW001" not in Checker(model=False).enabled or lexicons.load_rules()["MLW001"].status == "stable"
    assert "MLW001" in Checker(model=False, preview=True).enabled
    assert "MLW001" in Checker(model=False, select=["MLW001"]).enabled


def test_shipped_model_card_matches_the_shipped_data():
    card = json.loads((ROOT / "models" / judge_module.CARD_FILE).read_text("utf-8"))
    assert card["data"]["train"]["files"] == [{"file": "train.jsonl", "sha256": judge_module.file_sha256(DATA / "train.jsonl")}]
    assert card["data"]["test"]["sha256"] == judge_module.file_sha256(DATA / "test.jsonl")
    assert set(card["thresholds"]) == set(judge_module.MODEL_RULES)


def test_fast_scorer_gives_the_pipelines_probabilities():
    pipeline = judge_module.load_pipeline(ROOT / "models" / judge_module.MODEL_FILE)
    texts = ["这个面霜是全网最好用的", "吃了它胃就不疼了", "今天给大家带的是围巾", "", "ｘｙｚ", "高仿的包包懂的来"]
    np.testing.assert_allclose(judge_module._FastScorer.of(pipeline).predict_proba(texts),
                               pipeline.predict_proba(texts), rtol=1e-9, atol=1e-12)


def test_the_cached_scorer_gives_the_same_probabilities_without_the_skops_file(tmp_path, monkeypatch):
    monkeypatch.setenv("INTEGRITY_CACHE_DIR", str(tmp_path / "cache"))
    texts = ["这个面霜是全网最好用的", "吃了它胃就不疼了", "高仿的包包懂的来"]
    first = judge_module.ModelJudge.load(ROOT / "models")
    (cached,) = (tmp_path / "cache").glob("classifier-*.npz")

    def no_skops(path):
        raise AssertionError("the cache should have been read")

    monkeypatch.setattr(judge_module, "load_pipeline", no_skops)
    again = judge_module.ModelJudge.load(ROOT / "models")
    np.testing.assert_array_equal(again.pipeline.predict_proba(texts), first.pipeline.predict_proba(texts))
    assert cached.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("damage", [
    lambda path: path.write_bytes(b""),                       # empty, as after a full disk
    lambda path: path.write_bytes(b"not a zip file"),
    lambda path: path.write_bytes(path.read_bytes()[:1000]),  # cut short
    lambda path: np.savez(path.open("wb"), terms=np.array(["a"]), idf=np.ones(10), weights=np.ones((10, 3)),
                          intercepts=np.zeros(3)),            # arrays that do not fit together
])
def test_a_damaged_cache_is_rebuilt_from_the_skops_file(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("INTEGRITY_CACHE_DIR", str(tmp_path / "cache"))
    texts = ["吃了它胃就不疼了", "高仿的包包懂的来"]
    expected = judge_module.ModelJudge.load(ROOT / "models").pipeline.predict_proba(texts)
    (cached,) = (tmp_path / "cache").glob("classifier-*.npz")
    damage(cached)
    repaired = judge_module.ModelJudge.load(ROOT / "models")
    np.testing.assert_array_equal(repaired.pipeline.predict_proba(texts), expected)
    assert judge_module._FastScorer.read(cached).terms == repaired.pipeline.terms
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [cached.name]


def test_a_check_does_not_import_scikit_learn(tmp_path):
    import subprocess
    import sys

    script = tmp_path / "s.txt"
    script.write_text("这个面霜是全网最好用的\n", encoding="utf-8")
    env = {**__import__("os").environ, "INTEGRITY_CACHE_DIR": str(tmp_path / "cache")}
    code = ("import sys; from integrity.cli import cli\n"
            "try:\n    cli([\"check\", sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "print(\"sklearn\" in sys.modules, \"skops\" in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", code, str(script)], capture_output=True, text=True, env=env)
            for _ in range(2)]
    assert runs[0].stdout.split()[-2:] == ["True", "True"]  # the first load reads the skops file
    assert runs[1].stdout.split()[-2:] == ["False", "False"], runs[1].stderr


def test_an_unwritable_cache_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("INTEGRITY_CACHE_DIR", str(blocker / "cache"))
    judge = judge_module.ModelJudge.load(ROOT / "models")
    assert judge.pipeline.predict_proba(["吃了它胃就不疼了"]).shape == (1, 3)


@pytest.mark.parametrize("text,added", [
    ("这个价格别的直播间根本拿不到", True),
    ("原价三百九十九，今天只要一百九十九", False),  # a reference price: the listing data decides
    ("今天到手价九十九", False),
    ("打五折", False),
    ("只剩最后三件了", False),
])
def test_the_price_model_leaves_claims_the_listing_data_decides_to_the_rules(text, added):
    session = Session("s", (Segment(0, text),))
    judge = judge_module.ModelJudge(_Fixed([[0.99, 0, 0]]), {"price": 0.9, "counterfeit": 0.9, "wording": 0.9}, "sha")

    judged = judge.apply(session, [Text.of(text)], [], frozenset({"MLP001"}), LEXICON)
    assert [f.rule for f in judged] == (["MLP001"] if added else [])


def _copy_model(tmp_path, **card_changes):
    import shutil

    folder = tmp_path / "model"
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "models" / judge_module.MODEL_FILE, folder)
    card = json.loads((ROOT / "models" / judge_module.CARD_FILE).read_text("utf-8"))
    for key, value in card_changes.items():
        if value is None:
            card.pop(key)
        else:
            card[key] = value
    (folder / judge_module.CARD_FILE).write_text(json.dumps(card), "utf-8")
    return folder


@pytest.mark.parametrize("changes,message", [
    ({"thresholds": {"price": None, "counterfeit": "0.5", "wording": 0.8}}, "'thresholds' of counterfeit must be a probability"),
    ({"thresholds": {"price": 0.5}}, "'thresholds' must map each of price, counterfeit, wording"),
    ({"thresholds": {"price": 0.5, "counterfeit": 1.5, "wording": 0.8}}, "must be a probability from 0 to 1"),
    ({"status": None, "lookalike_below": []}, "'lookalike_below' must map"),
    ({"status": {"wording": "on"}}, "'status' must map categories to 'stable' or 'preview'"),
])
def test_a_bad_model_card_is_one_clear_error(tmp_path, changes, message):
    folder = _copy_model(tmp_path, **changes)
    with pytest.raises(judge_module.ModelError, match=message):
        judge_module.ModelJudge.load(folder)


def test_a_card_that_is_not_an_object_or_a_missing_half_is_a_clear_error(tmp_path):
    folder = _copy_model(tmp_path)
    (folder / judge_module.CARD_FILE).write_text("[1]", "utf-8")
    with pytest.raises(judge_module.ModelError, match="must be a JSON object"):
        judge_module.ModelJudge.load(folder)
    (folder / judge_module.MODEL_FILE).unlink()
    with pytest.raises(judge_module.ModelError, match="classifier.skops: missing"):
        judge_module.ModelJudge.load(folder)


def test_model_rules_the_card_gives_no_status_are_preview(tmp_path):
    judge = judge_module.ModelJudge.load(_copy_model(tmp_path, status=None))
    assert judge.rule_status == {"MLP001": "preview", "MLC001": "preview", "MLW001": "preview"}
    assert not {"MLP001", "MLC001", "MLW001"} & Checker(models_dir=_copy_model(tmp_path / "x", status=None)).enabled


def test_the_look_alike_cuts_are_part_of_the_checker_fingerprint(tmp_path):
    a = Checker(models_dir=_copy_model(tmp_path / "a", lookalike_below={"price": None, "counterfeit": None, "wording": None}))
    b = Checker(models_dir=_copy_model(tmp_path / "b", lookalike_below={"price": None, "counterfeit": None, "wording": 0.05}))
    assert a.fingerprint != b.fingerprint


@pytest.mark.parametrize("rows,message", [
    ([("吃了它胃就不疼了", ["wording"]), ("今天发顺丰", []), ("这包跟大牌一个厂", ["counterfeit"])], "with and without the label 'price'"),
    ([("大家晚上好", []), ("今天发顺丰", [])], "with and without the label"),
])
def test_training_data_without_a_category_is_refused(tmp_path, rows, message):
    data = tmp_path / "d.jsonl"
    data.write_text(json.dumps(_session("d", rows), ensure_ascii=False) + "\n", "utf-8")
    with pytest.raises(judge_module.ModelError, match=message):
        training.train([data], data, tmp_path / "out")


def test_a_test_file_without_segments_is_refused(small_data, tmp_path):
    train, _ = small_data
    empty = tmp_path / "empty.jsonl"
    empty.write_text(json.dumps({"session_id": "e", "segments": [],
                                 "listings": [{"listing_id": "l", "title": "围巾", "price": 99}]}) + "\n", "utf-8")
    with pytest.raises(judge_module.ModelError, match="no segments"):
        training.train([train], empty, tmp_path / "out")


def test_the_model_does_not_overrule_a_look_alike_exemption_but_judges_missing_context():

    checker = Checker(select=["WRD", "MLW001"], model=False)
    session = Session("s", (Segment(0, "我们不敢说是国家级的品质"),   # negated: a look-alike
                            Segment(1, "医生都说我们这个字典好"),     # no_endorser: context missing
                            Segment(2, "今天给大家发顺丰")))
    texts = [Text.of(s.text) for s in session.segments]
    findings = checker.check_texts(session, texts, use_model=False)
    assert findings == []
    judge = judge_module.ModelJudge(_Fixed([[0, 0, 0.99]] * 3), {"price": 0.9, "counterfeit": 0.9, "wording": 0.8}, "sha")
    assert [f.segment for f in judge.apply(session, texts, findings, checker.enabled, LEXICON)] == [1, 2]


def test_the_model_is_not_run_when_no_model_rule_is_enabled_and_no_cut_is_set():
    class _Unused:
        def predict_proba(self, texts):
            raise AssertionError("the model should not have been run")

    session = Session("s", (Segment(0, "吃了它胃就舒服多了"),))

    judge = judge_module.ModelJudge(_Unused(), {"price": 0.9, "counterfeit": 0.9, "wording": 0.8}, "sha")
    assert judge.apply(session, [Text.of("吃了它胃就舒服多了")], [], frozenset({"WRD001"}), LEXICON) == []
