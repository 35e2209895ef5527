"""Which tables a page may hold, checked line by line: the expected lines and words are
written out by hand, and Python-Markdown (the renderer) says what is a table at all."""

from __future__ import annotations

from kiosk.content.render import render_markdown
from kiosk.content.tables import table_problems


def too_wide(columns: int) -> str:
    return (f"this table has {columns} columns; a table may have at most 4 so it fits a tall screen "
            "with large text (split it, or use a list)")


TOO_MANY_CELLS = ("the tables on this page have more than 1000 cells in all, and this one goes over "
                  "(split the page, or make the tables shorter)")
FIVE = "| a | b | c | d | e |\n|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 |"


def test_a_table_too_wide_is_named_at_its_first_line_wherever_it_is() -> None:
    assert table_problems(FIVE) == [(1, too_wide(5), False)]
    assert table_problems(f"Intro.\n\n{FIVE}\n\nThe end.") == [(3, too_wide(5), False)]


def test_dashes_and_bars_that_make_no_table_are_no_problem() -> None:
    for body in ("Some words here\n|-|-|-|-|-|", "|-|-|-|-|-|\n\nSee a | b.", "a | b | c | d | e\n-----"):
        assert "<table" not in render_markdown(body).html
        assert table_problems(body) == [], body


def _rows(count: int) -> str:
    """A table of 4 columns: a header and count - 1 rows, 4 * count cells."""
    return "\n".join(["| a | b | c | d |", "|---|---|---|---|"] + ["| 1 | 2 | 3 | 4 |"] * (count - 1))


def test_a_page_may_hold_1000_cells_and_no_more() -> None:
    assert table_problems(_rows(250)) == []
    assert table_problems(_rows(250) + "\n| 1 |") == [(1, TOO_MANY_CELLS, True)]


def test_a_heading_underlined_with_dashes_is_no_table_and_holds_no_cells() -> None:
    assert table_problems("Sizes | prices\n---\n\n" + _rows(250)) == []


def test_the_cells_of_all_the_tables_of_a_page_add_up() -> None:
    two = _rows(125) + "\n\nBetween.\n\n" + _rows(126)  # 500 and 504 cells
    assert table_problems(two) == [(130, TOO_MANY_CELLS, True)]


def test_a_table_after_lines_with_bars_is_still_checked() -> None:
    assert table_problems(f"See a | b\nand c | d\n\n{FIVE}") == [(4, too_wide(5), False)]


def test_an_indented_line_with_bars_is_code_not_a_table_header() -> None:
    for indent in ("    ", "\t"):
        body = f"{indent}| a | b | c | d | e |\n|---|---|---|---|---|"
        assert "<table" not in render_markdown(body).html
        assert table_problems(body) == [], repr(indent)


def test_a_table_of_headings_alone_holds_one_row_of_cells() -> None:
    headings_only = "| a | b | c | d |\n|---|---|---|---|\n\nWords.\n\n"
    assert table_problems(headings_only + _rows(249)) == []  # 4 + 996 cells


def test_a_table_too_wide_to_lay_out_starts_after_sixteen_columns() -> None:
    """Up to 16 columns a table too wide for the screen is still laid out, so the page's other
    problems are found; from 17 it is not laid out at all."""
    def table(columns: int) -> str:
        return "|" + "|".join(["a"] * columns) + "|\n|" + "|".join(["-"] * columns) + "|\n"

    assert [costly for _line, _message, costly in table_problems(table(16))] == [False]
    assert [costly for _line, _message, costly in table_problems(table(17))] == [True]
