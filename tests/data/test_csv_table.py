"""CSV tables: a good file, the options, and each bad case with its message."""

import numpy as np
import pytest

from guiapp.data import CsvFormatError, preview_csv, read_csv_table
from guiapp.data.csv_table import inspect_csv

IRIS_LIKE = """sepal_length,sepal_width,species
5.1,3.5,setosa
4.9,3.0,setosa
7.0,3.2,versicolor
6.4,3.2,versicolor
6.3,3.3,virginica
5.8,2.7,virginica
5.0,3.6,setosa
6.9,3.1,versicolor
7.1,3.0,virginica
5.5,2.4,versicolor
"""


def write(tmp_path, text, name="my.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def all_rows(d):
    """Train and test put back together, sorted, to compare with the file."""
    X = np.concatenate([d.X_train, d.X_test])
    y = np.concatenate([d.y_train, d.y_test])
    order = np.lexsort(X.T[::-1])
    return X[order], y[order]


def test_good_file(tmp_path):
    d = read_csv_table(write(tmp_path, IRIS_LIKE))
    assert d.name == "my.csv" and d.kind == "table"
    assert d.feature_names == ("sepal_length", "sepal_width")
    assert d.class_names == ("setosa", "versicolor", "virginica")
    assert (d.n_train, d.n_test) == (8, 2) and d.is_2d
    X, y = all_rows(d)
    assert X.dtype == np.float32
    np.testing.assert_allclose(X[0], [4.9, 3.0])
    assert y[0] == 0  # setosa
    row = np.flatnonzero(np.isclose(X[:, 0], 7.1))[0]
    assert y[row] == 2 and X[row, 1] == pytest.approx(3.0)  # 7.1,3.0,virginica
    assert "label column 'species'" in d.description


def test_split_is_seeded(tmp_path):
    path = write(tmp_path, IRIS_LIKE)
    a, b, c = read_csv_table(path, seed=1), read_csv_table(path, seed=1), read_csv_table(path, seed=2)
    np.testing.assert_array_equal(a.X_train, b.X_train)
    assert not np.array_equal(a.X_train, c.X_train)
    assert read_csv_table(path, test_ratio=0.0).n_test == 0
    assert read_csv_table(path, test_ratio=0.5).n_test == 5


def test_label_column_by_name_and_index(tmp_path):
    text = "y,a,b\n1,0.5,2\n0,1.5,3\n1,2.5,4\n0,3.5,5\n"
    path = write(tmp_path, text)
    by_name = read_csv_table(path, label_column="y", test_ratio=0)
    by_index = read_csv_table(path, label_column=0, test_ratio=0)
    for d in (by_name, by_index):
        assert d.feature_names == ("a", "b") and d.class_names == ("0", "1")
        X, y = all_rows(d)
        np.testing.assert_array_equal(y, [1, 0, 1, 0])
    neg = read_csv_table(path, label_column=-1, test_ratio=0)  # "b" as labels: 4 classes
    assert neg.n_classes == 4 and neg.feature_names == ("y", "a")


def test_integer_labels_sorted_by_value(tmp_path):
    text = "x,label\n" + "".join(f"{i},{lab}\n" for i, lab in enumerate([10, 9, 2, 10, 9, 2]))
    d = read_csv_table(write(tmp_path, text), test_ratio=0)
    assert d.class_names == ("2", "9", "10")  # numbers by value, not as text
    X, y = all_rows(d)
    np.testing.assert_array_equal(y, [2, 1, 0, 2, 1, 0])


def test_standardize_uses_training_statistics(tmp_path):
    rows = "".join(f"{i},{100 + 10 * i},{i % 2}\n" for i in range(20))
    d = read_csv_table(write(tmp_path, "a,b,c\n" + rows), standardize=True)
    np.testing.assert_allclose(d.X_train.mean(axis=0), 0, atol=1e-6)
    np.testing.assert_allclose(d.X_train.std(axis=0), 1, atol=1e-5)
    assert "standardized" in d.description
    raw = read_csv_table(write(tmp_path, "a,b,c\n" + rows, "raw.csv"))
    mean, std = raw.X_train.mean(axis=0), raw.X_train.std(axis=0)
    np.testing.assert_allclose(d.X_test, (raw.X_test - mean) / std, rtol=1e-5)


def test_constant_column_is_not_divided_by_zero(tmp_path):
    d = read_csv_table(write(tmp_path, "a,b,c\n1,5,0\n2,5,1\n3,5,0\n4,5,1\n"), standardize=True, test_ratio=0)
    assert np.all(np.isfinite(d.X_train)) and np.all(d.X_train[:, 1] == 0)


def test_semicolons_tabs_bom_and_blank_lines(tmp_path):
    semi = read_csv_table(write(tmp_path, "a;b;c\n1;2;x\n\n3;4;y\n5;6;x\n", "s.csv"), test_ratio=0)
    tab = read_csv_table(write(tmp_path, "a\tb\tc\n1\t2\tx\n3\t4\ty\n5\t6\tx\n", "t.csv"), test_ratio=0)
    bom = read_csv_table(write(tmp_path, "a,b,c\n1,2,x\n3,4,y\n5,6,x\n", "b.csv", encoding="utf-8-sig"), test_ratio=0)
    for d in (semi, tab, bom):
        assert d.feature_names == ("a", "b") and d.n_train == 3


def test_no_header_row(tmp_path):
    d = read_csv_table(write(tmp_path, "1,2,0\n3,4,1\n5,6,0\n"), test_ratio=0)
    assert d.feature_names == ("column 1", "column 2") and d.n_train == 3
    assert "no header" in d.description
    assert read_csv_table(write(tmp_path, "1,2,0\n3,4,1\n"), label_column="column 1", test_ratio=0).n_classes == 2


def test_text_column_is_skipped_and_reported(tmp_path):
    d = read_csv_table(write(tmp_path, "name,x,y\nann,1,0\nbob,2,1\ncat,3,0\n"), test_ratio=0)
    assert d.feature_names == ("x",)
    assert "text columns skipped: name" in d.description


# --- bad files: each message names the problem, the row and the column ------------


@pytest.mark.parametrize(
    "text, kwargs, message",
    [
        ("", {}, "my.csv: the file is empty"),
        ("  \n\n", {}, "the file is empty"),
        ("a,b,c\n", {}, "header row but no data rows"),
        ("a,b,c\n1,2,0\n", {}, "only one data row"),
        ("a,b,c,d\n1,2,3,0\n1,2,3,1\n1,2,3,0\n1,2,3,1\n1,2,3,0\n1,2,0\n", {}, "row 7 has 3 fields, expected 4"),
        ("a,b,c,d\n1,2,3,0\n1,2,3,1,9\n", {}, "row 3 has 5 fields, expected 4"),
        (
            "x1,x2,y\n" + "1,2,0\n" * 10 + "1,abc,1\n",
            {},
            "row 12, column 'x2': 'abc' is not a number",
        ),
        ("x1,x2,y\n1,2,0\n1,,1\n", {}, "row 3, column 'x2': the cell is empty"),
        ("x1,x2,y\n1,2,0\n1,nan,1\n", {}, "row 3, column 'x2': 'nan' is not a number"),
        ("x1,x2,y\n1,2,a\n3,4,a\n5,6,a\n", {}, "the label column 'y' has only one class ('a')"),
        ("x1,y\n1,a\n2,\n", {}, "row 3, column 'y': the label is empty"),
        ("x1,y\n1,0.5\n2,1\n", {}, "row 2, column 'y': '0.5' is not a whole number"),
        ("name,y\nann,0\nbob,1\n", {}, "no numeric input columns (the label column is 'y'; text columns skipped: name)"),
        ("y\n0\n1\n", {}, "no numeric input columns"),
        ("a,b\n1,0\n2,1\n", {"label_column": "c"}, "no column named 'c'; the columns are: 'a', 'b'"),
        ("a,b\n1,0\n2,1\n", {"label_column": 5}, "label column 5 does not exist; the file has 2 columns"),
        ("x,y\n" + "".join(f"{i},{i}\n" for i in range(150)), {}, "150 different values"),
    ],
)
def test_bad_files(tmp_path, text, kwargs, message):
    with pytest.raises(CsvFormatError) as info:
        read_csv_table(write(tmp_path, text), **kwargs)
    assert message in str(info.value), str(info.value)
    assert isinstance(info.value, ValueError)


def test_not_utf8(tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(b"a,b\n1,\x98\xff\x98\n")  # neither UTF-8 nor Windows-1251 (0x98 is unassigned there)
    with pytest.raises(CsvFormatError, match="not a UTF-8 text file") as info:
        read_csv_table(path)
    assert info.value.code == "csv_not_utf8"


def test_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_csv_table(tmp_path / "nope.csv")


# --- preview --------------------------------------------------------------------


def test_preview(tmp_path):
    headers, rows = preview_csv(write(tmp_path, IRIS_LIKE), n_rows=3)
    assert headers == ["sepal_length", "sepal_width", "species"]
    assert rows == [["5.1", "3.5", "setosa"], ["4.9", "3.0", "setosa"], ["7.0", "3.2", "versicolor"]]


def test_preview_shows_ragged_rows_as_they_are(tmp_path):
    headers, rows = preview_csv(write(tmp_path, "a,b,c\n1,2\n3,4,5,6\n"))
    assert headers == ["a", "b", "c"] and rows == [["1", "2"], ["3", "4", "5", "6"]]


def test_preview_empty_file(tmp_path):
    with pytest.raises(CsvFormatError, match="empty"):
        preview_csv(write(tmp_path, ""))


def test_preview_without_header(tmp_path):
    headers, rows = preview_csv(write(tmp_path, "1,2\n3,4\n"))
    assert headers == ["column 1", "column 2"] and len(rows) == 2


# --- what spreadsheets write: semicolons, decimal commas, Windows-1251 (issue 14 §2) ------------

RUSSIAN_EXCEL = "длина;ширина;сорт\n5,1;3,5;щетинистый\n4,9;3;щетинистый\n7,0;3,2;разноцветный\n6,4;-0,5;разноцветный\n"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1251"])
def test_semicolons_with_decimal_commas_are_read_as_numbers(tmp_path, encoding):
    path = write(tmp_path, RUSSIAN_EXCEL, "iris.csv", encoding=encoding)
    d = read_csv_table(path, test_ratio=0)
    assert d.feature_names == ("длина", "ширина") and d.class_names == ("разноцветный", "щетинистый")
    X, _ = all_rows(d)
    np.testing.assert_allclose(X, [[4.9, 3.0], [5.1, 3.5], [6.4, -0.5], [7.0, 3.2]], rtol=1e-6)
    assert "semicolon-separated, decimal comma" in d.description
    assert ("Windows-1251" in d.description) == (encoding == "cp1251")


def test_the_preview_says_what_was_detected(tmp_path):
    preview = inspect_csv(write(tmp_path, RUSSIAN_EXCEL, "iris.csv", encoding="cp1251"))
    assert preview.dialect.separator == ";" and preview.dialect.decimal_comma
    assert preview.dialect.encoding == "cp1251" and preview.has_header
    assert preview.headers == ("длина", "ширина", "сорт") and preview.rows[0] == ["5,1", "3,5", "щетинистый"]
    plain = inspect_csv(write(tmp_path, IRIS_LIKE))
    assert plain.dialect.separator == "," and not plain.dialect.decimal_comma and plain.dialect.encoding == "utf-8-sig"


def test_decimal_commas_without_a_header_and_bad_cells_are_named(tmp_path):
    d = read_csv_table(write(tmp_path, "1,5;2;0\n2,5;3;1\n0,5;1;0\n"), test_ratio=0)
    assert d.feature_names == ("column 1", "column 2")
    assert sorted(np.concatenate([d.X_train, d.X_test])[:, 0].tolist()) == [0.5, 1.5, 2.5]
    with pytest.raises(CsvFormatError, match="row 3, column 'b': '1,2,3' is not a number"):
        read_csv_table(write(tmp_path, "a;b;c\n1,5;2;0\n2,5;1,2,3;1\n"))


def test_a_million_columns_are_refused_from_the_first_row(tmp_path):
    path = tmp_path / "wide.csv"
    row = ",".join(["0"] * 1_000_000)
    path.write_text(row + "\n" + row + "\n")
    for read in (inspect_csv, read_csv_table):
        with pytest.raises(CsvFormatError, match=r"has at least [\d,]+ columns; at most 20,000") as info:
            read(path)
        assert info.value.code == "csv_too_wide" and info.value.details["columns"] > 20_000


def test_a_wide_table_previews_its_first_columns(tmp_path):
    path = tmp_path / "mnist_like.csv"
    rng = np.random.default_rng(0)
    lines = ["label," + ",".join(f"px{i}" for i in range(784))]
    lines += [f"{i % 10}," + ",".join(map(str, rng.integers(0, 256, 784))) for i in range(40)]
    path.write_text("\n".join(lines) + "\n")
    preview = inspect_csv(path, n_rows=5, max_columns=50)
    assert preview.n_columns == 785 and len(preview.headers) == 785
    assert len(preview.rows) == 5 and all(len(r) == 50 for r in preview.rows)
    d = read_csv_table(path, label_column="label", test_ratio=0)
    assert d.n_features == 784 and d.n_classes == 10 and d.n_train == 40


def test_too_many_cells_are_refused_while_reading(tmp_path):
    path = write(tmp_path, "a,b,c\n" + "1,2,0\n" * 100)
    with pytest.raises(CsvFormatError, match="at most 150 cells") as info:
        read_csv_table(path, max_values=150)
    assert info.value.code == "too_big"


def test_progress_and_cancel(tmp_path):
    import threading

    from guiapp.bounded_read import ReadCancelled

    path = write(tmp_path, "a,b,c\n" + "".join(f"{i},{i * 2},{i % 2}\n" for i in range(100_000)))
    reports = []
    read_csv_table(path, progress=lambda done, total: reports.append((done, total)))
    assert reports[-1] == (path.stat().st_size, path.stat().st_size) and len(reports) > 3
    cancel = threading.Event()
    seen = []

    def cancel_at_first_report(done, total):
        seen.append(done)
        cancel.set()

    with pytest.raises(ReadCancelled):
        read_csv_table(path, cancel=cancel, progress=cancel_at_first_report)
    assert max(seen) < path.stat().st_size
