"""How a CSV file is written, detected from its first megabyte: the separator (tab, semicolon,
comma), decimal commas ("3,14", as Excel writes numbers in Russian, German, French, ...), the
encoding (UTF-8, else Windows-1251, which Russian Excel writes), and a width check that refuses
an absurdly wide file before any row is parsed. Used by :mod:`guiapp.data.csv_table`."""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..bounded_read import ByteCounter, CountingReader
from ..user_errors import UserError

#: The widest table accepted: 20,000 columns (a 128x128 image per row fits; MNIST as CSV has 785).
MAX_COLUMNS = 20_000
#: Characters read to detect the separator and the decimal comma.
SAMPLE_CHARS = 1 << 20
_SAMPLE_LINES = 10
_SEPARATORS = ("\t", ";", ",")  # preferred in this order when several split every line evenly
_SEPARATOR_NAMES = {"\t": "tab", ";": "semicolon", ",": "comma"}
_DECIMAL_COMMA = re.compile(r"^[+-]?\d*,\d+([eE][+-]?\d+)?$")
_DECIMAL_POINT = re.compile(r"^[+-]?\d*\.\d+([eE][+-]?\d+)?$")


class CsvFormatError(UserError, ValueError):
    """The CSV file cannot be used; the message names the row and column at fault.
    ``code``: csv_empty, csv_not_utf8, csv_too_wide, too_big, csv_ragged, csv_not_a_number,
    csv_empty_cell, ...; ``details``: the file name, row, column and values involved."""

    default_code = "csv_format"


def _parse_number(text: str) -> float | None:
    """``float(text)`` for a finite number, else None ("abc", "", "nan", "inf")."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _parse_decimal_comma(text: str) -> float | None:
    """``_parse_number`` that also reads "3,14" (a decimal comma); "1,234,5" or "1.234,5" are not numbers."""
    if "," not in text:
        return _parse_number(text)
    if text.count(",") > 1 or "." in text:
        return None
    return _parse_number(text.replace(",", "."))


@dataclass(frozen=True)
class CsvDialect:
    """How a file is written: its ``separator`` and whether numbers use a ``decimal_comma``."""

    separator: str
    decimal_comma: bool = False
    encoding: str = "utf-8-sig"  # or "cp1251": Windows Cyrillic, what Russian Excel writes as "CSV"

    @property
    def separator_name(self) -> str:
        return _SEPARATOR_NAMES[self.separator]

    def parse(self) -> Callable[[str], float | None]:
        return _parse_decimal_comma if self.decimal_comma else _parse_number

    def describe(self) -> str:
        return (f"{self.separator_name}-separated" + (", decimal comma" if self.decimal_comma else "")
                + (", Windows-1251 (Cyrillic) text" if self.encoding == "cp1251" else ""))


def _split(line: str, separator: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=separator), [])
    except csv.Error:  # a field over csv's size limit: not the separator of this line
        return [line]


def open_text(path: Path, counter: ByteCounter | None = None, encoding: str = "utf-8-sig") -> io.TextIOWrapper:
    raw = open(path, "rb")  # FileNotFoundError / PermissionError pass through
    stream = io.BufferedReader(CountingReader(raw, counter)) if counter is not None else raw  # type: ignore[arg-type]
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    if counter is not None:
        text._raw_file = raw  # type: ignore[attr-defined]  # closed with the wrapper below
    return text


def close_text(text: io.TextIOWrapper) -> None:
    text.close()
    raw = getattr(text, "_raw_file", None)
    if raw is not None:
        raw.close()


def not_utf8_error(name: str, exc: UnicodeDecodeError) -> CsvFormatError:
    return CsvFormatError(f"{name}: not a UTF-8 text file ({exc.reason} at byte {exc.start}); save it as CSV UTF-8",
                          code="csv_not_utf8", file=name)


def _decode_sample(path: Path, name: str) -> tuple[str, str, bool]:
    """(the first characters of the file, its encoding, whether the file goes on after them).
    UTF-8 (with or without a byte-order mark); else Windows-1251, which Russian Excel writes."""
    with open(path, "rb") as fh:
        data = fh.read(SAMPLE_CHARS)
        more = bool(fh.read(1))
    try:
        return codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=not more), "utf-8-sig", more
    except UnicodeDecodeError as exc:
        try:
            return data.decode("cp1251"), "cp1251", more
        except UnicodeDecodeError:
            raise not_utf8_error(name, exc) from exc


def detect_dialect(path: Path, name: str) -> tuple[CsvDialect, list[str]]:
    """The dialect, from the first lines (at most :data:`SAMPLE_CHARS` characters), and those
    lines split by it (the first row, for the width check)."""
    sample, encoding, more = _decode_sample(path, name)
    if not sample.strip():
        raise CsvFormatError(f"{name}: the file is empty", code="csv_empty", file=name)
    lines = [line for line in sample.splitlines() if line.strip()]
    if more and len(lines) > 1:
        lines = lines[:-1]  # the last line is cut short
    lines = lines[:_SAMPLE_LINES]
    separator = None
    for sep in _SEPARATORS:
        counts = {len(_split(line, sep)) for line in lines}
        if len(counts) == 1 and counts.pop() > 1:
            separator = sep
            break
    if separator is None:  # rows of different lengths: the separator that splits the first row most
        separator = max(reversed(_SEPARATORS), key=lambda sep: len(_split(lines[0], sep)))
    rows = [_split(line, separator) for line in lines]
    cells = [c.strip() for row in rows for c in row]
    decimal_comma = separator != "," and (
        sum(bool(_DECIMAL_COMMA.match(c)) for c in cells) > sum(bool(_DECIMAL_POINT.match(c)) for c in cells))
    first = rows[0]
    if len(first) > MAX_COLUMNS:
        at_least = "at least " if more and len(lines) == 1 else ""
        raise CsvFormatError(
            f"{name}: the first row has {at_least}{len(first):,} columns; at most {MAX_COLUMNS:,} are supported "
            "(is this really a table of examples, one per row?)",
            code="csv_too_wide", file=name, columns=len(first), limit=MAX_COLUMNS)
    return CsvDialect(separator, decimal_comma, encoding), first
