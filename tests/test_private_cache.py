"""Nothing is trusted from the shared temporary directory: jieba's dictionary cache lives in the
user's private cache directory (issue 14)."""
from __future__ import annotations

import marshal
import os
import stat
import subprocess
import sys

from integrity.paths import private_cache_dir

SEGMENT = "from integrity.text.text import words; print(' '.join(words('最好的面霜')))"


def run_python(code: str, env: dict[str, str]) -> str:
    result = subprocess.run([sys.executable, "-c", code], env={**os.environ, **env}, capture_output=True, text=True,
                            check=True)
    return result.stdout.strip()


def test_a_jieba_cache_planted_in_the_shared_temporary_directory_is_not_read(tmp_path):
    shared, private = tmp_path / "shared", tmp_path / "private"
    shared.mkdir()
    # A planted cache that knows no words of two characters: read, it would cut 最好 into 最 好.
    planted = {char: 1 for char in "最好的面霜"}
    with open(shared / "jieba.cache", "wb") as file:
        marshal.dump((planted, len(planted)), file)
    env = {"TMPDIR": str(shared), "INTEGRITY_CACHE_DIR": str(private)}
    assert run_python(SEGMENT, env) == "最好 的 面霜"
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    assert (private / "jieba.cache").is_file()
    assert run_python(SEGMENT, env) == "最好 的 面霜"  # and from its own cache the next time


WARM_UP = ("from integrity.detect.checker import Checker; Checker(model=False).warm_up(); "
           "from integrity.text.text import words; print(' '.join(words('最好的面霜')))")


def test_a_server_warming_up_reads_jieba_from_the_private_cache_too(tmp_path):
    shared, private = tmp_path / "shared", tmp_path / "private"
    shared.mkdir()
    with open(shared / "jieba.cache", "wb") as file:
        marshal.dump(({char: 1 for char in "最好的面霜"}, 5), file)
    env = {"TMPDIR": str(shared), "INTEGRITY_CACHE_DIR": str(private)}
    assert run_python(WARM_UP, env) == "最好 的 面霜"
    assert (private / "jieba.cache").is_file()


def test_the_private_cache_directory_is_made_owner_only(tmp_path, monkeypatch):
    monkeypatch.setenv("INTEGRITY_CACHE_DIR", str(tmp_path / "a" / "b"))
    assert private_cache_dir() == tmp_path / "a" / "b"
    assert stat.S_IMODE((tmp_path / "a" / "b").stat().st_mode) == 0o700
    monkeypatch.delenv("INTEGRITY_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert private_cache_dir() == tmp_path / "xdg" / "integrity"


def test_a_directory_others_can_write_to_is_not_used(tmp_path, monkeypatch):
    shared = tmp_path / "open"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("INTEGRITY_CACHE_DIR", str(shared))
    assert private_cache_dir() is None
    with open(shared / "jieba.cache", "wb") as file:
        marshal.dump(({char: 1 for char in "最好的面霜"}, 5), file)
    assert run_python(SEGMENT, {"INTEGRITY_CACHE_DIR": str(shared)}) == "最好 的 面霜"


CHECK = "from integrity.api import check_text; print(sorted(f.rule for f in check_text('全网最低价，赶紧下单', model=False)))"


def test_an_edited_lexicon_cache_is_not_used_and_is_rebuilt(tmp_path):
    cache = tmp_path / "cache"
    env = {"INTEGRITY_CACHE_DIR": str(cache)}
    shipped = run_python(CHECK, env)
    assert "'" in shipped  # the claim is found
    edited = 0
    for path in cache.glob("lexicon-*.json"):  # what an attacker would do: keep the named sha256, change the words
        text = path.read_text("utf-8")
        if "全网最低" in text:
            path.write_text(text.replace("全网最低", "全网最高"), "utf-8")
            edited += 1
    assert edited
    assert run_python(CHECK, env) == shipped
    assert all("全网最高" not in path.read_text("utf-8") for path in cache.glob("lexicon-*.json"))  # rebuilt


def test_a_lexicon_cache_is_not_kept_where_others_can_write(tmp_path):
    shared = tmp_path / "open"
    shared.mkdir()
    shared.chmod(0o777)
    assert run_python(CHECK, {"INTEGRITY_CACHE_DIR": str(shared)}).startswith("[")
    assert not list(shared.glob("lexicon-*"))
