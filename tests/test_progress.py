"""Progress bars and tables drawn with rich: a bar on a terminal only, tables in plain aligned
columns off a terminal (CJK characters two columns wide), boxed on one."""
from __future__ import annotations

import io

from rich.cells import cell_len

from integrity.report.progress import FileProgress
from integrity.report.records import write_table


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_stream_draws_nothing_and_passes_output_through():
    out = io.StringIO()
    with FileProgress(None, 100, delay=0) as bar:
        bar.update(1, 50)
        assert bar.proxy(out) is out


def test_a_bar_on_a_terminal_shows_sessions_and_megabytes_and_lines_go_above_it():
    screen = Terminal()
    with FileProgress(screen, 3_000_000, delay=0) as bar:
        bar.update(12, 1_500_000)
        bar.proxy(screen).write("a finding\n")
        bar.update(20, 3_000_000)
    shown = screen.getvalue()
    assert "12 sessions" in shown and "1.5/3.0 MB" in shown
    assert "a finding" in shown


def test_a_bar_waits_for_its_delay():
    screen = Terminal()
    with FileProgress(screen, 100, delay=60) as bar:
        bar.update(1, 50)
    assert screen.getvalue() == ""


def test_output_that_is_not_a_terminal_is_not_routed_through_the_bar():
    screen, out = Terminal(), io.StringIO()
    with FileProgress(screen, 100, delay=0) as bar:
        bar.update(1, 50)
        assert bar.proxy(out) is out


def test_tables_off_a_terminal_are_plain_columns_aligned_by_display_width():
    out = io.StringIO()
    write_table(out, ["rule", "evidence", "message"], [["WRD003", "降血压", "医疗用语"], ["PRC001", "ok", "全网最低价"]])
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["rule", "evidence", "message"]
    starts = {cell_len(line[:line.index(word)]) for line, word in zip(lines, ["message", "医疗用语", "全网最低价"])}
    assert len(starts) == 1
    assert not any(char in out.getvalue() for char in "\x1b│─━")
    assert all(line == line.rstrip() for line in lines)


def test_long_cells_are_cut_with_an_ellipsis_except_in_the_last_column():
    out = io.StringIO()
    write_table(out, ["evidence", "message"], [["降" * 40, "话" * 40]])
    row = out.getvalue().splitlines()[1]
    assert "…" in row and row.endswith("话" * 40)
    assert cell_len(row.split("…")[0]) <= 36


def test_tables_on_a_terminal_get_a_header_rule():
    screen = Terminal()
    write_table(screen, ["rule", "findings"], [["WRD003", "2"]])
    assert "─" in screen.getvalue() or "━" in screen.getvalue()
