"""The trained model: its featuriser, reproducible training, the checks before a model file is
trusted, and how it joins the rules."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from integrity.detect import lexicons
from integrity.detect.checker import Checker
from integrity.detect.classifier import features
from integrity.detect.classifier import judge as judge_module
from integrity.detect.classifier import train as training
from integrity.read.model import Segment, Session
from integrity.text.text import Text

LEXICON = Checker(model=False).lexicon

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "models" / "data"
SPLITS = ("train", "calibration", "test")


def _session(sid: str, rows: list[tuple[str, list[str]]]) -> dict:
    return {"session_id": sid, "segments": [{"text": t, "labels": l} for t, l in rows]}


TRAIN_ROWS = [
    ("吃了这个胃就不疼了", ["wording"]), ("喝了以后腰也不酸了腿也有劲了", ["wording"]),
    ("用了三天脸上的痘印都不见了", ["wording"]), ("这个茶喝完血糖稳稳的", ["wording"]),
    ("这个包跟大牌一个工厂出来的", ["counterfeit"]), ("标我就不给你们看了懂的来", ["counterfeit"]),
    ("跟专柜的放一起分不出来", ["counterfeit"]), ("今天这个价以后再也没有了", ["price"]),
    ("外面卖好几百我们这里几十块", ["price"]), ("今天给大家带的是羊毛围巾", []),
    ("拍之前看一下尺码表", []), ("下单之后四十八小时内发货", []), ("这个面霜质地比较厚", []),
    ("大家晚上好欢迎进直播间", []), ("颜色有黑白灰三种", []), ("收到以后放冰箱冷藏", []),
]
NO_NGRAMS = ["!!!", "", "   ", "😀😀🎉", "？？。。", "\x00", "★☆→"]
FOREIGN = ["Привет всем, это лучший крем", "สวัสดีค่ะ วันนี้ลดราคา", "ｘｙｚ"]


@pytest.fixture(scope="module")
def small_data(tmp_path_factory):
    directory = tmp_path_factory.mktemp("data")
    train = directory / "train.jsonl"
    test = directory / "test.jsonl"
    train.write_text("\n".join(json.dumps(_session(f"t{i}", TRAIN_ROWS[i::2]), ensure_ascii=False)
                               for i in range(2)) + "\n", "utf-8")
    test.write_text(json.dumps(_session("x", TRAIN_ROWS), ensure_ascii=False) + "\n", "utf-8")
    return train, test


@pytest.fixture(scope="module")
def small_model(small_data, tmp_path_factory):
    train, test = small_data
    out = tmp_path_factory.mktemp("model")
    return out, training.train([train], test, test, out)


def test_training_is_reproducible(small_data, small_model, tmp_path):
    train, test = small_data
    out, first = small_model
    second = training.train([train], test, test, tmp_path)
    assert (out / judge_module.MODEL_FILE).read_bytes() == (tmp_path / judge_module.MODEL_FILE).read_bytes()
    assert (out / judge_module.CARD_FILE).read_bytes() == (tmp_path / judge_module.CARD_FILE).read_bytes()
    assert first["data"]["train"]["files"] == [{"file": "train.jsonl", "sha256": judge_module.file_sha256(train)}]
    assert first["chosen_on"] == "calibration" and set(first["metrics"]) == {"calibration", "test"}
    assert second["bytes"] == (tmp_path / judge_module.MODEL_FILE).stat().st_size


def test_the_featuriser_computes_the_same_numbers_in_training_and_at_check_time(small_model):
    """The matrix training fits on, times the stored weights, gives the probabilities a check
    computes; a session scored at once gives what each segment scored alone gives."""
    out, _ = small_model
    model = judge_module.ModelJudge.load(out).model
    texts = ["吃了这个胃就不疼了", "今天给大家带的是羊毛围巾", "", "标我就不给你们看了", "!!!", "外面卖好几百"]
    rows, columns, values = model.features(texts)
    used = np.searchsorted(model.used, columns)
    assert np.array_equal(model.used[used], columns)  # only buckets the model knows
    scores = np.zeros((len(texts), 3))
    np.add.at(scores, rows, values[:, None] * model.weights[used].astype(np.float64))
    expected = 1 / (1 + np.exp(-(scores + model.intercepts)))
    np.testing.assert_allclose(model.predict_proba(texts), expected, rtol=1e-12, atol=1e-12)
    one_by_one = np.vstack([model.predict_proba([t]) for t in texts])
    np.testing.assert_allclose(model.predict_proba(texts), one_by_one, rtol=1e-12, atol=1e-12)
    norms = np.bincount(rows, weights=values * values, minlength=len(texts))
    np.testing.assert_allclose(norms[[0, 1, 3, 5]], 1.0)


def test_n_grams_are_hashed_the_same_everywhere_and_do_not_cross_segments():
    # Fixed numbers: a change to the hash or the text folding changes every shipped model's
    # meaning, so it must be deliberate (retrain, and update these numbers).
    rows, buckets, counts = features.ngram_counts(["Ab，a", "b"])  # a b ab ba aba; b
    assert rows.tolist() == [0, 0, 0, 0, 0, 1]
    assert sorted(counts[:5].tolist()) == [1, 1, 1, 1, 2] and buckets[5] in buckets[:5]
    single = {tuple(features.ngram_counts([t])[1].tolist()) for t in ("ab", "AB", "a b", "a，b！", "a😀b")}
    assert len(single) == 1  # case, spaces and punctuation do not matter
    joined = features.ngram_counts(["a", "b"])[1]
    assert len(joined) == 2  # "ab" is not an n-gram of the session: it crosses two segments
    assert features.ngram_counts(["ab"])[1].tolist() == EXPECTED_AB_BUCKETS


EXPECTED_AB_BUCKETS = [19323, 115203, 153449]  # a, b and ab


@pytest.mark.parametrize("text", NO_NGRAMS + FOREIGN)
def test_a_text_without_known_n_grams_is_scored_not_a_crash(text):
    judge = judge_module.ModelJudge.load(ROOT / "models")
    probabilities = judge.model.predict_proba([text, "吃了它胃就不疼了", text])
    assert probabilities.shape == (3, 3) and np.all(np.isfinite(probabilities))
    if text in NO_NGRAMS:
        np.testing.assert_allclose(probabilities[0], 1 / (1 + np.exp(-judge.model.intercepts)))


@pytest.mark.parametrize("text", ["!!!", "", "😀😀", "Привет", "สวัสดี"])
def test_checking_text_without_n_grams_from_standard_input_works(text):
    from click.testing import CliRunner

    from integrity.cli import cli

    result = CliRunner().invoke(cli, ["check", "-"], input=text)
    assert result.exit_code in (0, 1) and result.exception is None or isinstance(result.exception, SystemExit), \
        result.output


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


def test_shipped_model_card_matches_the_shipped_data_and_model():
    card = json.loads((ROOT / "models" / judge_module.CARD_FILE).read_text("utf-8"))
    assert card["data"]["train"]["files"] == [{"file": "train.jsonl", "sha256": judge_module.file_sha256(DATA / "train.jsonl")}]
    for split in ("calibration", "test"):
        assert card["data"][split] == {"file": f"{split}.jsonl", "sha256": judge_module.file_sha256(DATA / f"{split}.jsonl")}
    assert set(card["thresholds"]) == set(judge_module.MODEL_RULES)
    model = ROOT / "models" / judge_module.MODEL_FILE
    assert card["bytes"] == model.stat().st_size and card["sha256"] == judge_module.file_sha256(model)
    assert card["chosen_on"] == "calibration"


def test_the_data_files_say_their_split_and_every_segments_source():
    seen: dict[str, str] = {}
    for split in (*SPLITS, "challenge"):
        for number, line in enumerate((DATA / f"{split}.jsonl").read_text("utf-8").splitlines(), 1):
            session = json.loads(line)
            assert session["split"] == split, f"{split}.jsonl:{number}"
            for segment in session["segments"]:
                assert isinstance(segment.get("source"), str) and segment["source"], f"{split}.jsonl:{number}"
                if split != "challenge":
                    text = features_text(segment["text"])
                    assert seen.setdefault(text, split) == split, f"{split}.jsonl:{number}: also in {seen[text]}"


def features_text(text: str) -> str:
    """A segment as the featuriser reads it (case, spaces and punctuation aside)."""
    return "".join(c for c in text.lower() if c.isalnum())


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
    with pytest.raises(judge_module.ModelError, match="classifier.npz: missing"):
        judge_module.ModelJudge.load(folder)


def _arrays(**changes) -> dict:
    with np.load(ROOT / "models" / judge_module.MODEL_FILE, allow_pickle=False) as shipped:
        arrays = {name: shipped[name] for name in shipped.files}
    arrays.update(changes)
    return {name: value for name, value in arrays.items() if value is not None}


def _write_model(folder: Path, arrays: dict | None = None, raw: bytes | None = None, **card_changes) -> Path:
    """The shipped model with its arrays or bytes replaced, and a card that describes the new
    file truthfully (size and sha256) unless ``card_changes`` say otherwise."""
    import hashlib

    folder.mkdir(parents=True, exist_ok=True)
    if raw is None:
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        raw = buffer.getvalue()
    (folder / judge_module.MODEL_FILE).write_bytes(raw)
    card = json.loads((ROOT / "models" / judge_module.CARD_FILE).read_text("utf-8"))
    card.update({"bytes": len(raw), "sha256": hashlib.sha256(raw).hexdigest(), **card_changes})
    (folder / judge_module.CARD_FILE).write_text(json.dumps(card), "utf-8")
    return folder


def test_the_model_file_must_be_the_one_its_card_describes(tmp_path):
    folder = _copy_model(tmp_path)
    path = folder / judge_module.MODEL_FILE
    assert judge_module.ModelJudge.load(folder) is not None
    data = bytearray(path.read_bytes())
    data[-30] ^= 1  # one bit flipped, same size
    path.write_bytes(bytes(data))
    with pytest.raises(judge_module.ModelError, match="sha256 differs from the card's"):
        judge_module.ModelJudge.load(folder)
    path.write_bytes(bytes(data) + b"x")
    with pytest.raises(judge_module.ModelError, match=r"bytes, but its card says \d+"):
        judge_module.ModelJudge.load(folder)


def test_the_size_is_checked_before_the_file_is_read(tmp_path, monkeypatch):
    folder = _copy_model(tmp_path)
    with (folder / judge_module.MODEL_FILE).open("ab") as handle:
        handle.truncate(3 << 30)  # a sparse 3 GB file: reading it would take the memory
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read before its size was checked"))
    with pytest.raises(judge_module.ModelError, match="bytes, but its card says"):
        judge_module.ModelJudge.load(folder)


@pytest.mark.parametrize("arrays,raw,message", [
    ({"weights": np.ones((4, 3), dtype="<f4")}, None, "do not fit together"),
    ({"weights": np.array([[{"x": 1}] * 3], dtype=object)}, None, "must be 2-dimensional float32, not 2-dimensional object"),  # pickled
    ({"idf": None}, None, "not the arrays"),
    ({"extra": np.zeros(3)}, None, "not the arrays"),
    ({"intercepts": np.zeros(3, dtype="<f4")}, None, "'intercepts' must be 1-dimensional float64"),
    ({"buckets": np.array(3, dtype="<i8")}, None, "must be a power of two"),
    ({"buckets": np.array(1 << 30, dtype="<i8")}, None, "must be a power of two up to"),
    ({"orders": np.array([1, 1], dtype="<i8")}, None, "'orders' must be distinct"),
    ({"intercepts": np.array([0.0, np.nan, 0.0])}, None, "must be finite"),
    ({}, b"not a zip file", "not a readable model file"),
    ({}, "members", "'used' is not an array"),
    ({}, b"", "not a readable model file"),
])
def test_a_model_file_of_the_wrong_arrays_or_types_is_refused(tmp_path, arrays, raw, message):
    if raw == "members":  # the right names, but no .npy inside
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name in judge_module.ARRAYS:
                archive.writestr(f"{name}.npy", b"plain bytes")
        raw = buffer.getvalue()
    folder = _write_model(tmp_path / "m", _arrays(**arrays) if raw is None else None, raw)
    with pytest.raises(judge_module.ModelError, match=message):
        judge_module.ModelJudge.load(folder)


def test_an_array_that_unpacks_too_large_is_refused_before_unpacking(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in judge_module.ARRAYS:
            archive.writestr(f"{name}.npy", b"\0" * (200 << 20) if name == "weights" else b"")
    folder = _write_model(tmp_path / "m", raw=buffer.getvalue())
    with pytest.raises(judge_module.ModelError, match="larger than any model can be"):
        judge_module.ModelJudge.load(folder)


@pytest.mark.parametrize("shape", [(1 << 40, 3), (10, 3)])
def test_an_array_whose_header_asks_for_more_than_its_bytes_is_refused_before_unpacking(tmp_path, monkeypatch, shape):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, value in _arrays().items():
            with archive.open(f"{name}.npy", "w") as member:
                if name == "weights":  # a header of a few bytes that asks for 12 TB (or 120 bytes), 12 bytes of data
                    np.lib.format.write_array_header_1_0(member, {"descr": "<f4", "fortran_order": False, "shape": shape})
                    member.write(b"\0" * 12)
                else:
                    np.lib.format.write_array(member, value, allow_pickle=False)
    folder = _write_model(tmp_path / "m", raw=buffer.getvalue())
    monkeypatch.setattr(np, "load", lambda *a, **k: pytest.fail("unpacked before the headers were checked"))
    with pytest.raises(judge_module.ModelError, match=r"array 'weights' says its shape is .*which its \d+ bytes do not hold"):
        judge_module.ModelJudge.load(folder)


@pytest.mark.parametrize("card,message", [({"bytes": "12"}, "'bytes' \\(an integer\\)"), ({"sha256": None}, "'sha256'")])
def test_a_card_without_the_model_files_size_or_hash_is_refused(tmp_path, card, message):
    folder = _write_model(tmp_path / "m", _arrays(), **card)
    with pytest.raises(judge_module.ModelError, match=message):
        judge_module.ModelJudge.load(folder)


def test_a_model_that_does_not_match_its_card_is_one_line_and_exit_2(tmp_path):
    from click.testing import CliRunner

    from integrity.cli import cli

    folder = _copy_model(tmp_path)
    (folder / judge_module.MODEL_FILE).write_bytes(b"x" + (folder / judge_module.MODEL_FILE).read_bytes()[1:])
    result = CliRunner().invoke(cli, ["check", "-", "--model", str(folder)], input="大家好")
    assert result.exit_code == 2 and "sha256 differs" in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


@pytest.mark.parametrize("module", ["integrity.detect.classifier.judge", "integrity.detect.checker"])
def test_the_model_at_check_time_imports_no_scikit_learn_scipy_or_skops(module):
    code = (f"import sys, {module}\n"
            "print(sorted(m for m in ('sklearn', 'scipy', 'skops') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.stdout.strip() == "[]", run.stderr


def test_a_check_does_not_import_scikit_learn(tmp_path):
    script = tmp_path / "s.txt"
    script.write_text("这个面霜是全网最好用的\n吃了它胃就不疼了\n", encoding="utf-8")
    code = ("import sys; from integrity.cli import cli\n"
            "try:\n    cli([\"check\", sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('sklearn', 'scipy', 'skops') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code, str(script)], capture_output=True, text=True)
    assert run.stdout.strip().splitlines()[-1] == "[]", run.stderr


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
        training.train([data], data, data, tmp_path / "out")


def test_a_test_file_without_segments_is_refused(small_data, tmp_path):
    train, _ = small_data
    empty = tmp_path / "empty.jsonl"
    empty.write_text(json.dumps({"session_id": "e", "segments": [],
                                 "listings": [{"listing_id": "l", "title": "围巾", "price": 99}]}) + "\n", "utf-8")
    with pytest.raises(judge_module.ModelError, match="no segments"):
        training.train([train], empty, empty, tmp_path / "out")


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


@pytest.mark.parametrize("text, added", [
    ("hello everyone welcome to the show", False),
    ("Error: connection refused at line 42", False),
    ("Привет всем", False),
    ("OK 666", False),
    ("LV包包", True),
    ("今天给大家发顺丰", True),
])
def test_the_model_judges_chinese_speech_only(text, added):
    checker = Checker(select=["MLC001"], model=False)
    session = Session("s", (Segment(0, text),))
    texts = [Text.of(text)]
    judge = judge_module.ModelJudge(_Fixed([[0, 0.99, 0]]), {"price": 0.9, "counterfeit": 0.9, "wording": 0.8}, "sha")
    assert bool(judge.apply(session, texts, [], checker.enabled, LEXICON)) is added
