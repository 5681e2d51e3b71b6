import pytest

from integrity.detect import families
from integrity.text.normalize import BASE, Normalizer, fold

# The normaliser of the shipped lexicons: the base folds plus the [fold] table of
# lexicons/evasions.toml (蕞 -> 最).
SHIPPED = families.load_lexicon().normalizer
normalize = SHIPPED.normalize


@pytest.mark.parametrize(
    "original,expected",
    [
        ("全-网-最-低", "全网最低"),
        ("最🔥强", "最强"),
        ("全 网 最 低", "全网最低"),
        ("全　网　最　低", "全网最低"),
        ("最*好*用", "最好用"),
        ("這款眼霜絕對是全網最好用", "这款眼霜绝对是全网最好用"),
        ("原價５９９", "原价599"),
        ("ＮＩＫＥ Air", "nikeair"),
        ("G@o仿", "gao仿"),
        ("蕞好", "最好"),
        ("第🥇一名", "第一名"),
        ("效果最·好", "效果最好"),
    ],
)
def test_normalize_folds_and_compacts(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    "original,term",
    [("这个价全-网-最-低了", "全网最低"), ("效果最🔥好的", "最好"), ("全 网 最 低 价", "最低价"), ("這是國家級", "国家级")],
)
def test_spans_map_back_to_the_original(original, term):
    norm = normalize(original)
    start = norm.text.index(term)
    a, b = norm.to_original(start, start + len(term))
    assert normalize(original[a:b]).text == term
    assert original[a] == term[0] or fold(original[a]) == term[0]


def test_clause_punctuation_is_kept_so_words_do_not_join():
    assert normalize("最，好").text == "最,好"


def test_fold_keeps_length():
    text = "這款ＮＩＫＥ鞋🔥全網最低"
    assert len(fold(text)) == len(text)


def test_lexicon_folds_belong_to_the_lexicon_that_loaded_them():
    assert SHIPPED.normalize("蕞好").text == "最好"
    assert BASE.normalize("蕞好").text == "蕞好"  # loading changed no shared table
    own = Normalizer({"冣": "最"})
    assert own.fold("冣") == "最" and SHIPPED.fold("冣") == "冣"


def test_a_fold_maps_one_character_to_one():
    with pytest.raises(ValueError):
        Normalizer({"最": "最最"})
