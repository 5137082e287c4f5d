"""Read a table of numbers from a CSV file the student brings.

The rules, so a student can predict what happens:

- Separator: comma, semicolon or tab (guessed from the start of the file).
  Encoding UTF-8 (a byte-order mark from Excel is fine). Blank lines are skipped.
- Header: the first row is taken as column names if any of its fields is not
  a number; otherwise the columns are called "column 1", "column 2", ...
- Label column: the last column unless you name one (by header or index).
  Its values are class labels: whole numbers (``0, 1, 2`` or ``3, 7``) or
  text (``setosa, versicolor``). Class names are sorted (numbers by value,
  text alphabetically) and numbered 0, 1, 2, ...
- Input columns: every other column. A column with no numbers at all (such
  as a name or an ID like "A-17") is skipped and mentioned in the
  description; a number column with a bad cell is an error.
- Row numbers in messages are line numbers in the file, header included,
  as a text editor or spreadsheet shows them.
"""

from __future__ import annotations

import csv
import io
import math
import os
from pathlib import Path
from typing import Union

import numpy as np

from .dataset import Dataset, train_test_split

__all__ = ["CsvFormatError", "read_csv_table", "preview_csv"]

PathLike = Union[str, "os.PathLike[str]"]

MAX_CLASSES = 100  # more than this is almost surely not a class column


class CsvFormatError(ValueError):
    """The CSV file cannot be used; the message names the row and column at fault."""


def _parse_number(text: str) -> float | None:
    """``float(text)`` for a finite number, else None ("abc", "", "nan", "inf")."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _read_rows(path: PathLike) -> tuple[list[tuple[int, list[str]]], str]:
    """All non-blank rows as (line number, stripped fields), and the file name."""
    path = Path(path)
    name = path.name
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CsvFormatError(f"{name}: not a UTF-8 text file ({exc.reason} at byte {exc.start})") from exc
    if not text.strip():
        raise CsvFormatError(f"{name}: the file is empty")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # one column, or nothing to guess from: plain commas
    reader = csv.reader(io.StringIO(text), dialect)
    rows = []
    try:
        for fields in reader:
            if not any(f.strip() for f in fields):
                continue
            rows.append((reader.line_num, [f.strip() for f in fields]))
    except csv.Error as exc:
        raise CsvFormatError(f"{name}: row {reader.line_num}: {exc}") from exc
    return rows, name


def _split_header(rows: list[tuple[int, list[str]]]) -> tuple[list[str], list[tuple[int, list[str]]], bool]:
    """(headers, data rows, has_header) following the header rule in the module docstring."""
    first = rows[0][1]
    if any(_parse_number(f) is None for f in first):
        headers = [f or f"column {i + 1}" for i, f in enumerate(first)]
        return headers, rows[1:], True
    return [f"column {i + 1}" for i in range(len(first))], rows, False


def preview_csv(path: PathLike, n_rows: int = 20) -> tuple[list[str], list[list[str]]]:
    """The column names and the first ``n_rows`` data rows, as text, for a preview table.

    Rows are shown as they are (no checks beyond the file being readable), so
    a student can see the problem that :func:`read_csv_table` reports.
    """
    rows, name = _read_rows(path)
    headers, data, _ = _split_header(rows)
    return headers, [fields for _, fields in data[:n_rows]]


def _label_index(label_column: int | str | None, headers: list[str], name: str) -> int:
    if label_column is None:
        return len(headers) - 1
    if isinstance(label_column, (int, np.integer)) and not isinstance(label_column, bool):
        index = int(label_column)
        if not -len(headers) <= index < len(headers):
            raise CsvFormatError(
                f"{name}: label column {index} does not exist; the file has {len(headers)} columns"
            )
        return index % len(headers)
    if isinstance(label_column, str):
        if label_column in headers:
            return headers.index(label_column)
        raise CsvFormatError(
            f"{name}: no column named {label_column!r}; the columns are: {', '.join(map(repr, headers))}"
        )
    raise CsvFormatError(f"{name}: label_column must be None, a column name or an index, got {label_column!r}")


def _labels_to_classes(values: list[str], lines: list[int], column: str, name: str):
    """Label texts -> (y (n,) int64, class_names sorted)."""
    for line, value in zip(lines, values):
        if value == "":
            raise CsvFormatError(f"{name}: row {line}, column {column!r}: the label is empty")
    numbers = [_parse_number(v) for v in values]
    if all(x is not None for x in numbers):
        for line, value, x in zip(lines, values, numbers):
            if x != round(x):
                raise CsvFormatError(
                    f"{name}: row {line}, column {column!r}: {value!r} is not a whole number; "
                    "the label column must hold classes (choose another label column?)"
                )
        ints = [int(round(x)) for x in numbers]  # type: ignore[arg-type]
        classes = sorted(set(ints))
        index = {c: i for i, c in enumerate(classes)}
        y = np.array([index[v] for v in ints], dtype=np.int64)
        class_names = tuple(str(c) for c in classes)
    else:
        classes_text = sorted(set(values))
        index_text = {c: i for i, c in enumerate(classes_text)}
        y = np.array([index_text[v] for v in values], dtype=np.int64)
        class_names = tuple(classes_text)
    if len(class_names) < 2:
        raise CsvFormatError(
            f"{name}: the label column {column!r} has only one class ({class_names[0]!r}); "
            "a classifier needs at least two"
        )
    if len(class_names) > MAX_CLASSES:
        raise CsvFormatError(
            f"{name}: the label column {column!r} has {len(class_names)} different values; "
            f"at most {MAX_CLASSES} classes are supported (is it really the label column?)"
        )
    return y, class_names


def read_csv_table(
    path: PathLike,
    label_column: int | str | None = None,
    standardize: bool = False,
    *,
    test_ratio: float = 0.2,
    seed: int = 0,
) -> Dataset:
    """Read a CSV file as a classification table.

    Args:
        path: the .csv file.
        label_column: None for the last column, a header name, or a 0-based
            index (negative counts from the end).
        standardize: scale each input column to mean 0, standard deviation 1,
            using the training rows' mean and std (columns that never vary
            are only shifted).
        test_ratio: fraction of rows held out for testing (0 <= test_ratio < 1).
        seed: seed of the shuffle before the split.

    Returns:
        Dataset of kind "table" named after the file: X (n, d) float32 with one
        column per numeric input column, y (n,) int64, feature_names = those
        headers, class_names sorted.

    Raises:
        CsvFormatError: empty file, ragged rows, text in a number column,
            one class only, no numeric input columns, ... (row and column named).
        OSError: the file cannot be read.
    """
    rows, name = _read_rows(path)
    headers, data, has_header = _split_header(rows)
    if not data:
        raise CsvFormatError(f"{name}: there is a header row but no data rows")
    width = len(headers)
    for line, fields in data:
        if len(fields) != width:
            raise CsvFormatError(f"{name}: row {line} has {len(fields)} fields, expected {width}")
    if len(data) < 2:
        raise CsvFormatError(f"{name}: only one data row; need at least two")

    label = _label_index(label_column, headers, name)
    lines = [line for line, _ in data]
    y, class_names = _labels_to_classes([fields[label] for _, fields in data], lines, headers[label], name)

    columns, used_names, skipped = [], [], []
    for j, header in enumerate(headers):
        if j == label:
            continue
        cells = [fields[j] for _, fields in data]
        values = [_parse_number(c) for c in cells]
        if all(v is None for v in values):
            skipped.append(header)  # a text column: names, IDs, ...
            continue
        for line, cell, v in zip(lines, cells, values):
            if v is None:
                if cell == "":
                    raise CsvFormatError(
                        f"{name}: row {line}, column {header!r}: the cell is empty (missing values are not supported)"
                    )
                raise CsvFormatError(f"{name}: row {line}, column {header!r}: {cell!r} is not a number")
        columns.append(values)
        used_names.append(header)
    if not columns:
        raise CsvFormatError(
            f"{name}: no numeric input columns (the label column is {headers[label]!r}"
            + (f"; text columns skipped: {', '.join(skipped)})" if skipped else ")")
        )

    X = np.array(columns, dtype=np.float64).T  # (n, d)
    X_train, y_train, X_test, y_test = train_test_split(X, y, test_ratio, np.random.default_rng(seed))
    if standardize:
        mean = X_train.mean(axis=0)
        std = X_train.std(axis=0)
        std[std == 0] = 1.0
        X_train = (X_train - mean) / std
        X_test = (X_test - mean) / std

    notes = [f"{len(data)} rows, {len(used_names)} inputs, {len(class_names)} classes (label column {headers[label]!r})"]
    if skipped:
        notes.append(f"text columns skipped: {', '.join(skipped)}")
    if not has_header:
        notes.append("no header row")
    if standardize:
        notes.append("inputs standardized with the training rows' mean and std")
    return Dataset(
        name=name,
        kind="table",
        X_train=X_train.astype(np.float32),
        y_train=y_train,
        X_test=X_test.astype(np.float32),
        y_test=y_test,
        n_classes=len(class_names),
        class_names=class_names,
        feature_names=tuple(used_names),
        description=f"{name}: " + "; ".join(notes) + ".",
    )
