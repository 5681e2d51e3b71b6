from pathlib import Path

import pytest

from integrity.detect import families
from integrity.detect.checker import Checker
from integrity.detect.lexicons import LexiconError
from integrity.read.model import Segment, Session


def test_shipped_lexicons_load_with_versions():
    lexicon = families.load_lexicon()
    assert lexicon.entries
    assert "lexicons/wording.toml" in lexicon.versions


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "mine.toml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "text,line,message",
    [
        ('version = "1"\n\n[[entry]]\nrule = "WRD999"\nterms = ["x"]\n', 4, "unknown rule 'WRD999'"),
        ('version = "1"\n[[entry]]\nrule = "WRD001"\nterms = ["好"]\n\n[[entry]]\nrule = "WRD001"\npatterns = ["最("]\n', 8, "bad pattern"),
        ('version = "1"\n[[entry]]\nrule = "WRD001"\nterms = ["x"]\nexempt = ["no_such_filter"]\n', 5, "unknown exemption"),
        ('version = "1"\n[[entry]]\nrule = "WRD001"\n', 2, "needs 'terms', 'patterns', 'frames' or 'vocabulary'"),
        ('version = "1"\n[[entry]]\nrule = "WRD001"\nframes = ["effect_verb ~4 nothing_known"]\n', 4, "no vocabulary 'nothing_known'"),
        ('version = "1"\n[[entry]]\nrule = "WRD001"\nframes = ["effect_verb organ ~3"]\n', 4, "between two slots"),
        ('version = "1"\n[[entry]]\nrule = "WRD001"\nframes = ["~3 effect_verb organ"]\n', 4, "between two slots"),
        ('version = "1"\n[[vocabulary]]\nname = "x"\nterms = ["a"]\n', 2, "'source' must name"),
        ('version = "1"\n[[vocabulary]]\nname = "x"\nsource = "s"\npatterns = ["("]\n', 5, "bad pattern"),
        ('version = "1"\n[[rule]]\ncode = "WRD099"\n', 2, "rules are defined by the shipped lexicons only"),
        ('version = "1"\n[[exemption]]\nname = "no_x"\ndescription = "d"\n', 2, "needs 'before' or 'after'"),
        ('version = "1"\n[[entry]]\nrule = "WRD001"\nterms = ["x"]\ncolour = "red"\n', 5, "unknown key 'colour'"),
        ('version = "1"\n[[entry]]\nrule = "WRD001"\nterms = ["x"]\nseverity = "fatal"\n', 5, "severity must be"),
        ('[[entry]]\nrule = "WRD001"\nterms = ["x"]\n', 1, "'version'"),
        ('version = "1"\n[[entry]\n', 2, "invalid TOML"),
    ],
)
def test_bad_entries_fail_with_file_and_line(tmp_path, text, line, message):
    directory = _write(tmp_path, text)
    with pytest.raises(LexiconError) as error:
        families.load_lexicon([directory])
    assert error.value.line == line
    assert message in str(error.value)
    assert str(error.value).startswith(f"{directory / 'mine.toml'}:{line}:")


def test_user_lexicon_directory_adds_terms(tmp_path):
    directory = _write(tmp_path, 'version = "1"\n[[entry]]\nrule = "WRD001"\nterms = ["宇宙无敌好用"]\n')
    session = Session("s", (Segment(0, "这款拖把宇宙无敌好用"),))
    assert not any(f.rule == "WRD001" and "宇宙无敌好用" in f.evidence for f in Checker().check(session))
    findings = Checker(lexicon_dirs=[directory]).check(session)
    assert any(f.rule == "WRD001" and f.evidence == "宇宙无敌好用" for f in findings)


def test_missing_user_directory_is_an_error(tmp_path):
    with pytest.raises(LexiconError, match="not found"):
        families.load_lexicon([tmp_path / "nope"])


def test_an_entry_takes_the_words_of_a_vocabulary(tmp_path):
    """A word added to a vocabulary that an entry names is detected: here a new cover story."""
    session = Session("s", (Segment(0, "这批货是月球仓库调剂出来的，九十九一件"),))
    assert not any(f.rule == "CFT007" for f in Checker(model=False).check(session))
    directory = _write(tmp_path, 'version = "1"\n[[vocabulary]]\nname = "cover_story"\nsource = "mine"\n'
                                 'terms = ["月球仓库调剂"]\n')
    findings = Checker(lexicon_dirs=[directory], model=False).check(session)
    assert any(f.rule == "CFT007" and f.evidence == "月球仓库调剂" for f in findings)


@pytest.mark.parametrize("text,line,message", [
    ('version = "1"\n[[entry]]\nrule = "CFT007"\nvocabulary = ["no_such_words"]\n', 4, "no vocabulary 'no_such_words'"),
    ('version = "1"\n[[entry]]\nrule = "WRD003"\nvocabulary = ["pathogen*"]\n', 4, "only counterfeit entries"),
    ('version = "1"\n[[brand]]\nid = "x"\nnames = ["某某牌"]\nlines = { spaceships = ["星舰"] }\nsector = "other"\n'
     'floors = { default = 1 }\nfloor_source = "s"\n', 5, "unknown product type 'spaceships' in lines"),
])
def test_bad_vocabulary_references_and_lines(tmp_path, text, line, message):
    directory = _write(tmp_path, text)
    with pytest.raises(LexiconError) as error:
        families.load_lexicon([directory])
    assert error.value.line == line and message in str(error.value)
