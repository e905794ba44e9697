"""Turning the bytes of an uploaded sheet into text and records: encoding, delimiter, sanity.

Spreadsheets save CSV in many ways: UTF-8 with or without a BOM (Excel's "CSV UTF-8" adds one),
UTF-16 with a BOM (Excel's "Unicode Text", tab-separated), Windows-1252 (Excel's plain "CSV"
on Windows), semicolons where the comma is the decimal mark, and a leading `sep=;` line that
Excel writes and hides. Anything else that is not text is refused with a clear message.
"""

import codecs
import csv
import io
import re

MAX_BYTES = 20 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
_SEP_HINT = re.compile(r"^\ufeff?sep=(.)\r?\n", re.IGNORECASE)


class SheetError(ValueError):
    """The file as a whole cannot be read as a sheet; the message says why."""


def _utf16_without_bom(data: bytes) -> str | None:
    # UTF-16 text without a BOM shows NULs in every other byte.
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > len(sample) // 4 and even == 0:
        return "utf-16-le"
    if even > len(sample) // 4 and odd == 0:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Bytes → (text, encoding name); SheetError for empty or binary files."""
    if not data or not data.strip():
        raise SheetError("the file is empty")
    if len(data) > MAX_BYTES:
        raise SheetError(f"the file is too large (over {MAX_BYTES // (1024 * 1024)} MB)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        encoding = _utf16_without_bom(data) or "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if encoding.startswith("utf-16"):
            raise SheetError("the file is not valid UTF-16 text") from None
        # Excel's plain "CSV" on Windows; bytes cp1252 leaves undefined are taken as Latin-1.
        encoding = "cp1252"
        text = data.decode("cp1252", errors="ignore") if _is_cp1252(data) else data.decode("latin-1")
    if _looks_binary(text):
        raise SheetError(
            "this is not a CSV file (it looks like binary data); save the sheet as CSV and try again"
        )
    return text.lstrip("\ufeff"), encoding


def _is_cp1252(data: bytes) -> bool:
    return not any(byte in data for byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\r\n")
    return "\x00" in sample or controls > len(sample) // 100


def _quote_aware_counts(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return counts


def sniff_delimiter(text: str) -> tuple[str, str]:
    """(delimiter, text without an Excel `sep=` line), judged on the first non-blank line."""
    if hint := _SEP_HINT.match(text):
        return hint.group(1), text[hint.end() :]
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = _quote_aware_counts(first)
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return (best if counts[best] else ","), text


def records(text: str, delimiter: str) -> list[list[str]]:
    """All CSV records, blank ones kept as [] so record index + 1 = spreadsheet row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return list(reader)
    except csv.Error as error:
        raise SheetError(f"the file is not a readable CSV (near line {reader.line_num}): {error}") from None
