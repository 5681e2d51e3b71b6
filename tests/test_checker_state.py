"""Everything a loaded lexicon decides belongs to the Checker that loaded it: the same input
gives the same findings with one job, with workers started by spawn (which share no memory with
the parent), and after another Checker loaded an extra lexicon directory."""
from __future__ import annotations

from integrity.detect.checker import Checker
from integrity.findings.batch import check_paths
from integrity.read.model import Segment, Session

LINES = ["全网蕞低价，错过今天没有了", "全网冣低价", "这款面霜全网最好用", "大家晚上好"]


def _inputs(tmp_path):
    for index in range(4):
        (tmp_path / f"part-{index}.txt").write_text("\n".join(LINES[index:] + LINES[:index]), "utf-8")
    return [str(tmp_path)]


def _found(checked):
    return sorted((item.session.session_id, f.segment, f.rule, f.evidence) for item in checked for f in item.findings)


def test_one_job_spawned_workers_and_another_checker_agree(tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "evasions.toml").write_text('version = "1"\n[fold]\n"冣" = "最"\n', "utf-8")
    (tmp_path / "in").mkdir()
    inputs = _inputs(tmp_path / "in")
    with_extra = Checker(lexicon_dirs=[extra], model=False)
    assert {f.evidence for f in with_extra.check(Session("s", (Segment(0, "全网冣低价"),)))} == {"全网冣低价"}
    default = Checker(model=False)  # built after the other: must not fold 冣
    one = _found(check_paths(inputs, default, jobs=1))
    spawned = _found(check_paths(inputs, default, jobs=2, start_method="spawn"))
    assert one == spawned
    evidence = {e for _, _, rule, e in one if rule == "PRC001"}
    assert evidence == {"全网蕞低价"}  # the shipped fold, in every process; not the other checker's

