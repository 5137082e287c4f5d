"""Read a table of numbers from a CSV file the student brings.

The rules, so a student can predict what happens:

- Separator: comma, semicolon or tab, detected from the first lines: the one that splits every
  line into the same number of fields (tab, then semicolon, then comma, when several do).
  With a semicolon or tab separator, numbers may use a decimal comma (``3,14``), as Excel
  writes them in Russian, German, French, ...: detected when the first lines hold such numbers.
  Encoding UTF-8 (a byte-order mark from Excel is fine); a file that is not UTF-8 is read as
  Windows-1251 (Cyrillic), the encoding of Russian Excel's "CSV". Blank lines are skipped.
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
- Size: at most :data:`MAX_COLUMNS` columns (a wider file is refused from its first line) and
  :data:`MAX_VALUES` cells. The file is read as a stream, row by row, into one array of numbers,
  with byte progress and Cancel.
"""

from __future__ import annotations

import csv
import io
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Union

import numpy as np

from ..bounded_read import ProgressCallback, counter_for
from .csv_dialect import MAX_COLUMNS, CsvDialect, CsvFormatError, close_text, detect_dialect, not_utf8_error, open_text
from .dataset import Dataset, train_test_split

__all__ = ["CsvFormatError", "CsvPreview", "inspect_csv", "read_csv_table", "preview_csv",
           "MAX_COLUMNS", "MAX_VALUES"]

PathLike = Union[str, "os.PathLike[str]"]

MAX_CLASSES = 100  # more than this is almost surely not a class column
#: The most cells read: 64 Mi (512 MB of float64 while reading; MNIST's 60,000 x 785 is 47 M).
MAX_VALUES = 64 * 2**20


def _rows(text: io.TextIOWrapper, dialect: CsvDialect, name: str) -> Iterator[tuple[int, list[str]]]:
    """The non-blank rows as (line number, stripped fields)."""
    reader = csv.reader(text, delimiter=dialect.separator)
    try:
        for fields in reader:
            if not any(f.strip() for f in fields):
                continue
            if len(fields) > MAX_COLUMNS:
                raise CsvFormatError(f"{name}: row {reader.line_num} has {len(fields):,} fields; at most "
                                     f"{MAX_COLUMNS:,} columns are supported", code="csv_too_wide", file=name,
                                     row=reader.line_num, columns=len(fields), limit=MAX_COLUMNS)
            yield reader.line_num, [f.strip() for f in fields]
    except csv.Error as exc:
        raise CsvFormatError(f"{name}: row {reader.line_num}: {exc}", code="csv_syntax", file=name,
                             row=reader.line_num, reason=str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise not_utf8_error(name, exc) from exc


def _split_header(first: list[str], parse) -> tuple[list[str], bool]:
    """(headers, has_header) following the header rule in the module docstring."""
    if any(parse(f) is None for f in first):
        return [f or f"column {i + 1}" for i, f in enumerate(first)], True
    return [f"column {i + 1}" for i in range(len(first))], False


@dataclass(frozen=True)
class CsvPreview:
    """The start of a file, for an import dialog: all column names (``n_columns`` of them), the
    first rows as text (their first ``max_columns`` fields), and what was detected."""

    headers: tuple[str, ...]
    rows: list[list[str]]
    n_columns: int
    has_header: bool
    dialect: CsvDialect


def inspect_csv(path: PathLike, n_rows: int = 20, max_columns: int | None = None) -> CsvPreview:
    """Read only the start of ``path``: the separator and decimal comma, the header, and the
    first ``n_rows`` data rows as they are (no checks, so a student can see the problem that
    :func:`read_csv_table` reports). Raises CsvFormatError for an empty, non-UTF-8 or too wide file."""
    path = Path(path)
    name = path.name
    dialect, _ = detect_dialect(path, name)
    text = open_text(path, encoding=dialect.encoding)
    try:
        rows = _rows(text, dialect, name)
        first = next(rows, None)
        if first is None:
            raise CsvFormatError(f"{name}: the file is empty", code="csv_empty", file=name)
        headers, has_header = _split_header(first[1], dialect.parse())
        data = [] if has_header else [first[1]]
        for _, fields in rows:
            if len(data) >= n_rows:
                break
            data.append(fields)
    finally:
        close_text(text)
    cut = slice(None) if max_columns is None else slice(max_columns)
    return CsvPreview(tuple(headers), [row[cut] for row in data[:n_rows]], len(headers), has_header, dialect)


def preview_csv(path: PathLike, n_rows: int = 20) -> tuple[list[str], list[list[str]]]:
    """The column names and the first ``n_rows`` data rows, as text (see :func:`inspect_csv`)."""
    preview = inspect_csv(path, n_rows)
    return list(preview.headers), preview.rows


def _label_index(label_column: int | str | None, headers: list[str], name: str) -> int:
    if label_column is None:
        return len(headers) - 1
    if isinstance(label_column, (int, np.integer)) and not isinstance(label_column, bool):
        index = int(label_column)
        if not -len(headers) <= index < len(headers):
            raise CsvFormatError(
                f"{name}: label column {index} does not exist; the file has {len(headers)} columns",
                code="csv_no_label_column", file=name, column=index, columns=len(headers))
        return index % len(headers)
    if isinstance(label_column, str):
        if label_column in headers:
            return headers.index(label_column)
        shown = ", ".join(map(repr, headers[:20])) + (", ..." if len(headers) > 20 else "")
        raise CsvFormatError(f"{name}: no column named {label_column!r}; the columns are: {shown}",
                             code="csv_no_label_column", file=name, column=label_column)
    raise CsvFormatError(f"{name}: label_column must be None, a column name or an index, got {label_column!r}",
                         code="csv_no_label_column", file=name, column=str(label_column))


def _labels_to_classes(values: list[str], lines: list[int], column: str, name: str, parse):
    """Label texts -> (y (n,) int64, class_names sorted)."""
    for line, value in zip(lines, values):
        if value == "":
            raise CsvFormatError(f"{name}: row {line}, column {column!r}: the label is empty",
                                 code="csv_empty_label", file=name, row=line, column=column)
    numbers = [parse(v) for v in values]
    if all(x is not None for x in numbers):
        for line, value, x in zip(lines, values, numbers):
            if x != round(x):
                raise CsvFormatError(
                    f"{name}: row {line}, column {column!r}: {value!r} is not a whole number; "
                    "the label column must hold classes (choose another label column?)",
                    code="csv_label_not_whole", file=name, row=line, column=column, value=value)
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
            "a classifier needs at least two", code="csv_one_class", file=name, column=column)
    if len(class_names) > MAX_CLASSES:
        raise CsvFormatError(
            f"{name}: the label column {column!r} has {len(class_names)} different values; "
            f"at most {MAX_CLASSES} classes are supported (is it really the label column?)",
            code="csv_too_many_classes", file=name, column=column, classes=len(class_names), limit=MAX_CLASSES)
    return y, class_names


class _Table:
    """Rows parsed as they stream in: numbers into a growing (n, width) float64 array (NaN where
    a cell is not a number), the label column kept as text, and per column whether it holds any
    number and its first bad cell."""

    def __init__(self, width: int, label: int, dialect: CsvDialect, max_values: int, name: str):
        self.width, self.label, self.name, self.max_values = width, label, name, max_values
        self.parse = dialect.parse()
        self.decimal_comma = dialect.decimal_comma
        self.values = np.empty((64, width), dtype=np.float64)
        self.n = 0
        self.labels: list[str] = []
        self.lines: list[int] = []
        self.has_number = np.zeros(width, dtype=bool)
        self.inputs = np.ones(width, dtype=bool)
        self.inputs[label] = False
        self.first_bad: dict[int, tuple[int, str]] = {}

    def _grow(self) -> None:
        if (self.n + 1) * self.width > self.max_values:
            raise CsvFormatError(
                f"{self.name}: more than {self.n:,} rows of {self.width:,} columns; at most {self.max_values:,} "
                "cells can be loaded", code="too_big", file=self.name, rows=self.n, columns=self.width,
                limit=self.max_values)
        rows = min(2 * len(self.values), max(self.max_values // self.width, self.n + 1))
        bigger = np.empty((rows, self.width), dtype=np.float64)
        bigger[: self.n] = self.values[: self.n]
        self.values = bigger

    def add(self, line: int, fields: list[str]) -> None:
        if self.n == len(self.values):
            self._grow()
        row = self.values[self.n]
        self.labels.append(fields[self.label])
        self.lines.append(line)
        inputs = fields[: self.label] + ["0"] + fields[self.label + 1:]  # the label stays text
        try:  # the fast path: every input cell a plain finite number (NumPy parses like float())
            row[:] = np.asarray([c.replace(",", ".") for c in inputs] if self.decimal_comma else inputs,
                                dtype=np.float64)
            fast = bool(np.isfinite(row).all())
        except ValueError:
            fast = False
        if fast:
            self.has_number |= self.inputs
        else:
            for j, cell in enumerate(inputs):
                if j == self.label:
                    continue
                v = self.parse(cell)
                if v is None:
                    row[j] = np.nan
                    self.first_bad.setdefault(j, (line, cell))
                else:
                    row[j] = v
                    self.has_number[j] = True
        self.n += 1


def read_csv_table(
    path: PathLike,
    label_column: int | str | None = None,
    standardize: bool = False,
    *,
    test_ratio: float = 0.2,
    seed: int = 0,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    max_values: int = MAX_VALUES,
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
        cancel: a ``threading.Event``; once set, reading stops with ``ReadCancelled``.
        progress: ``progress(done, total)`` in bytes of the file read so far.
        max_values: the most cells read (rows x columns).

    Returns:
        Dataset of kind "table" named after the file: X (n, d) float32 with one
        column per numeric input column, y (n,) int64, feature_names = those
        headers, class_names sorted.

    Raises:
        CsvFormatError: empty file, ragged rows, text in a number column,
            one class only, no numeric input columns, too wide or too big, ... (row and column named).
        ReadCancelled: ``cancel`` was set.
        OSError: the file cannot be read.
    """
    path = Path(path)
    name = path.name
    dialect, _ = detect_dialect(path, name)
    parse = dialect.parse()
    counter = counter_for(progress, cancel, path.stat().st_size)
    text = open_text(path, counter, dialect.encoding)
    try:
        rows = _rows(text, dialect, name)
        first = next(rows, None)
        if first is None:
            raise CsvFormatError(f"{name}: the file is empty", code="csv_empty", file=name)
        headers, has_header = _split_header(first[1], parse)
        width = len(headers)
        label = _label_index(label_column, headers, name)
        table = _Table(width, label, dialect, max_values, name)
        for line, fields in ([] if has_header else [first]):
            table.add(line, fields)
        for line, fields in rows:
            if len(fields) != width:
                raise CsvFormatError(f"{name}: row {line} has {len(fields)} fields, expected {width}",
                                     code="csv_ragged", file=name, row=line, found=len(fields), expected=width)
            table.add(line, fields)
    finally:
        close_text(text)
    if counter is not None:
        counter.finish()
    if table.n == 0:
        raise CsvFormatError(f"{name}: there is a header row but no data rows", code="csv_no_rows", file=name)
    if table.n < 2:
        raise CsvFormatError(f"{name}: only one data row; need at least two", code="csv_one_row", file=name)

    y, class_names = _labels_to_classes(table.labels, table.lines, headers[label], name, parse)
    used, skipped = [], []
    for j, header in enumerate(headers):
        if j == label:
            continue
        if not table.has_number[j]:
            skipped.append(header)  # a text column: names, IDs, ...
            continue
        if j in table.first_bad:
            line, cell = table.first_bad[j]
            if cell == "":
                raise CsvFormatError(
                    f"{name}: row {line}, column {header!r}: the cell is empty (missing values are not supported)",
                    code="csv_empty_cell", file=name, row=line, column=header)
            raise CsvFormatError(f"{name}: row {line}, column {header!r}: {cell!r} is not a number",
                                 code="csv_not_a_number", file=name, row=line, column=header, value=cell)
        used.append(j)
    if not used:
        raise CsvFormatError(
            f"{name}: no numeric input columns (the label column is {headers[label]!r}"
            + (f"; text columns skipped: {', '.join(skipped)})" if skipped else ")"),
            code="csv_no_inputs", file=name, column=headers[label], skipped=", ".join(skipped))

    X = table.values[: table.n][:, used]  # (n, d), a copy
    n_rows = table.n
    del table
    X_train, y_train, X_test, y_test = train_test_split(X, y, test_ratio, np.random.default_rng(seed))
    del X
    if standardize:
        mean = X_train.mean(axis=0)
        std = X_train.std(axis=0)
        std[std == 0] = 1.0
        X_train = (X_train - mean) / std
        X_test = (X_test - mean) / std

    used_names = [headers[j] for j in used]
    notes = [f"{n_rows} rows, {len(used_names)} inputs, {len(class_names)} classes "
             f"(label column {headers[label]!r})"]
    if dialect != CsvDialect(","):
        notes.append(dialect.describe())
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

