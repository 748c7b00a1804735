"""Spreadsheet files as people send them, written to disk for tests (CSV, .xlsx, .ods).

Each helper writes one real file and returns its path, so tests read what a user's
Excel or LibreOffice would have produced: French CSV in Windows-1252 with ";" and
CRLF, workbooks with a merged title above the table, formulas with or without the
value Excel caches, typed cells.

Rows are lists of cells; ``None`` is an empty cell.
"""

from __future__ import annotations

import csv
import io
import struct
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

Rows = Sequence[Sequence[Any]]


def csv_file(
    path: Path,
    rows: Rows,
    *,
    separator: str = ";",
    encoding: str = "cp1252",
    bom: bool = False,
    newline: str = "\r\n",
) -> Path:
    """Write a CSV the way Excel saves one (minimal quoting, CRLF, cp1252 by default)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=separator, lineterminator=newline)
    writer.writerows([["" if cell is None else cell for cell in row] for row in rows])
    text = ("\ufeff" if bom else "") + buffer.getvalue()
    path.write_bytes(text.encode(encoding))
    return path


def _fill_openpyxl_sheet(worksheet: Any, rows: Rows, title: str | None) -> None:
    """Put ``rows`` in an openpyxl sheet, under a merged title and a blank row if asked."""
    first = 1
    if title is not None:
        width = max((len(row) for row in rows), default=1)
        worksheet.cell(row=1, column=1, value=title)
        if width > 1:
            worksheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        first = 3  # row 2 stays empty, as under a real title
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            if value is not None:
                cell = worksheet.cell(row=first + offset, column=column, value=value)
                if isinstance(value, datetime):
                    cell.number_format = "dd/mm/yyyy hh:mm"
                elif isinstance(value, date):
                    cell.number_format = "dd/mm/yyyy"


def xlsx_file(
    path: Path,
    rows: Rows,
    *,
    sheet: str = "Feuil1",
    title: str | None = None,
    extra_sheets: Mapping[str, Rows] | None = None,
) -> Path:
    """Write an .xlsx with openpyxl: typed cells, "=..." strings as formulas (no cached value).

    ``title`` adds a first row merged across all columns and an empty row after it;
    ``extra_sheets`` (name -> rows) adds sheets after the first one, in order.
    """
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    _fill_openpyxl_sheet(worksheet, rows, title)
    for name, extra_rows in (extra_sheets or {}).items():
        _fill_openpyxl_sheet(workbook.create_sheet(name), extra_rows, None)
    workbook.save(path)
    return path


def xlsx_with_cached_formulas(path: Path, rows: Rows, *, sheet: str = "Feuil1") -> Path:
    """Write an .xlsx whose formulas carry a cached value, as a file saved by Excel does.

    A formula cell is a pair ``("=B2*2", 118000)``: the formula and the value Excel
    would have computed and stored. Other cells are written typed.
    """
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path))
    worksheet = workbook.add_worksheet(sheet)
    date_format = workbook.add_format({"num_format": "dd/mm/yyyy"})
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            if isinstance(value, tuple):
                worksheet.write_formula(row_index, column, value[0], None, value[1])
            elif isinstance(value, date):
                worksheet.write_datetime(row_index, column, value, date_format)
            elif isinstance(value, str):
                worksheet.write_string(row_index, column, value)
            elif value is not None:
                worksheet.write(row_index, column, value)
    workbook.close()
    return path


def ods_file(path: Path, rows: Rows, *, sheet: str = "Feuille1") -> Path:
    """Write an .ods (LibreOffice) through pandas and odfpy; "=..." cells stay plain text."""
    import pandas as pd

    frame = pd.DataFrame([list(row) for row in rows], dtype=object)
    frame.to_excel(path, engine="odf", sheet_name=sheet, header=False, index=False)
    return path


def encrypted_xlsx_file(path: Path) -> Path:
    """Write what Excel saves for a password-protected workbook: an OLE2 (CFB) container.

    Excel wraps an encrypted .xlsx in a Compound File holding the streams
    "EncryptionInfo" and "EncryptedPackage"; the bytes here are a minimal valid
    container with those two streams (content is filler, 4 KiB each).
    """
    end, free, fat_sector, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into("<109I", header, 76, 0, *([free] * 108))
    chains = [fat_sector, end, *range(3, 10), end, *range(11, 18), end]
    fat = struct.pack("<128I", *chains, *([free] * (128 - len(chains))))
    entries = [
        _directory_entry("Root Entry", 5, child=1, start=end, size=0),
        _directory_entry("EncryptionInfo", 2, right=2, start=2, size=4096),
        _directory_entry("EncryptedPackage", 2, start=10, size=4096),
        struct.pack("<64xHBB3I", 0, 0, 0, no_stream, no_stream, no_stream) + bytes(48),
    ]
    path.write_bytes(bytes(header) + fat + b"".join(entries) + b"\x5a" * 8192)
    return path


def _directory_entry(
    name: str, kind: int, *, start: int, size: int, child: int = 0xFFFFFFFF, right: int = 0xFFFFFFFF
) -> bytes:
    """One 128-byte CFB directory entry (black node, no left sibling)."""
    encoded = (name + "\0").encode("utf-16-le")
    head = encoded.ljust(64, b"\0") + struct.pack(
        "<HBB3I", len(encoded), kind, 1, 0xFFFFFFFF, right, child
    )
    return head + bytes(36) + struct.pack("<IQ", start, size)


def encrypted_ods_file(path: Path) -> Path:
    """Write an .ods shaped like LibreOffice's password-protected one (encrypted content.xml).

    The zip and its manifest are real; content.xml is filler bytes declared by a
    ``manifest:encryption-data`` element, as LibreOffice writes for a password.
    """
    import zipfile

    import pandas as pd

    plain = io.BytesIO()
    pd.DataFrame([["Nom"], ["Dupont"]]).to_excel(plain, engine="odf", header=False, index=False)
    encryption = (
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
        '<manifest:algorithm manifest:algorithm-name="Blowfish CFB"'
        ' manifest:initialisation-vector="AAAA"/>'
        '<manifest:key-derivation manifest:key-derivation-name="PBKDF2"'
        ' manifest:iteration-count="1024" manifest:salt="AAAA"/>'
        "</manifest:encryption-data>"
    )
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "content.xml":
                data = bytes(range(256)) * 8
            elif name == "META-INF/manifest.xml":
                entry = b'manifest:full-path="content.xml" manifest:media-type="text/xml"'
                data = data.replace(
                    entry + b"/>", entry + b">" + encryption.encode() + b"</manifest:file-entry>"
                )
            target.writestr(name, data)
    return path
