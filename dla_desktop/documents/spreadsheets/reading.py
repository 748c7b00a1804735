"""Spreadsheets read as people really send them: .xlsx, .ods and French CSV files.

Workbooks are read with python_calamine directly rather than through
``pandas.read_excel(engine="calamine")``: the same engine, but we get the sheet names,
their visibility and the cells in one pass, dates stay ``date`` (pandas turns them into
midnight datetimes), empty cells are plain "" (no NaN to undo), and neither pandas'
import nor a DataFrame to take apart again is paid for (10,000 x 15 cells: calamine
gives them in ~0.11 s, read_excel in ~0.17 s after importing pandas).

CSV files are read with Python's csv module: it knows Excel's quoting, and
``reader.line_num`` gives the physical line where each record starts, so a cell
holding a line break does not shift the line numbers the user is told about. Cells of
a CSV stay text; converting them is the importer's job (``CsvFormat.decimal`` tells
it the decimal mark).

Every failure is a ``FileReadError`` with a French sentence naming the file; nothing
is ever written.
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import math
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from dla_desktop.domain.errors import FileReadError
from dla_desktop.domain.spreadsheets import (
    CsvFormat,
    ReadOptions,
    SheetData,
    SourceCell,
    SourceRow,
    column_letter,
)

READABLE_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".csv", ".txt")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods")
ACCEPTED = "formats acceptés : .xlsx, .ods, .csv"

SEPARATORS = (";", ",", "\t", "|")  # in order of preference when two fit equally
SNIFF_LINES = 50  # lines looked at to guess the separator
DECIMAL_ROWS = 200  # records looked at to guess the decimal mark
HEADER_WINDOW = 30  # non-blank rows in which the header line is looked for
HEADER_LOOKAHEAD = 5  # non-blank rows below a candidate that give the table's width

ENCODING_LABELS = {
    "utf-8-sig": "UTF-8 avec BOM",
    "utf-8": "UTF-8",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
    "utf-16": "UTF-16",
}

# A cell that reads as a number or an amount ("59000", "-1 234,50", "12.5 %", "300 €").
NUMBER = re.compile(r"[-+]?\d[\d\s.,']*\s*[€%]?|[-+]?[.,]\d+")
# A cell that reads as a date ("12/03/2026", "2026-03-12", "12.03.26").
DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
# Numbers written the French way ("1 234,50", "12,5") or the English way ("1,234.50").
COMMA_DECIMAL = re.compile(r"[-+]?\d{1,3}(?:[ \u00a0\u202f]?\d{3})*,\d+\s*€?")
DOT_DECIMAL = re.compile(r"[-+]?\d{1,3}(?:,?\d{3})*\.\d+")


class _Row(NamedTuple):
    """A row as found in the file, blank or not, before the header is known."""

    line: int  # 1-based row number (workbook) or first physical line (CSV)
    cells: list[SourceCell]


# --------------------------------------------------------------------------- entry


def read_sheet(path: Path, options: ReadOptions | None = None) -> SheetData:
    """Read one sheet (or a CSV), guessing what ``options`` leaves as None (no options: guess all).

    Raises FileReadError (French) for a missing, foreign, damaged, encrypted or empty
    file; never writes anything.

    The header line, unless given, is the first of the first 30 non-blank rows that
    (1) has at least two filled cells, (2) of which more than half are texts that do
    not read as numbers or dates, (3) is followed by at least one non-blank row,
    (4) fills at least two thirds of the columns used by itself and the 5 non-blank
    rows below it, and (5) is not a band of group headers (a row holding a cell merged
    across columns, or whose filled cells never stand side by side) sitting right
    above a row that passes (1) to (4). (1) skips a title ("Liste des adhérents
    2026", merged or not), (4) and (5) a band such as "Identité | Coordonnées" above
    "Nom | SIRET | ...", (3) a lone line of text. If no row passes, (2) is eased to
    "at least one text" (headers such as "Poste | 2025 | 2026"); if still none, the
    first non-blank row is taken. The user can correct it in any case.
    """
    path = Path(path)
    options = options or ReadOptions()
    suffix = _check_file(path)
    if suffix in WORKBOOK_SUFFIXES:
        sheets, sheet, rows, merged = _read_workbook(path, options.sheet)
        csv_format = None
    else:
        sheets, sheet, merged = (), None, frozenset[int]()
        rows, csv_format = _read_csv(path, options.csv)
    header = _header_index(rows, options.header_line, merged, path.name, sheet)
    return _sheet_data(path.name, rows, header, sheets=sheets, sheet=sheet, csv_format=csv_format)


def _check_file(path: Path) -> str:
    """Refuse early what cannot be a readable spreadsheet; return the lower-case suffix."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        shown = suffix or "fichier sans extension"
        hint = ""
        if suffix in (".xls", ".xlsb", ".numbers"):
            hint = " Ouvrez-le dans votre tableur et enregistrez-le au format .xlsx."
        raise FileReadError(f"« {name} » : format non pris en charge : {shown} ({ACCEPTED}).{hint}")
    if path.is_dir():
        raise FileReadError(f"« {name} » est un dossier, pas un fichier à importer.")
    if not path.exists():
        raise FileReadError(f"Le fichier « {name} » est introuvable (dossier : {path.parent}).")
    return suffix


def _os_error(error: OSError, name: str) -> FileReadError:
    """The French sentence for an OSError met while reading ``name``."""
    if error.errno in (errno.EACCES, errno.EPERM):
        reason = "accès refusé (le fichier est peut-être ouvert dans un autre programme)"
    elif error.errno == errno.ENOENT:
        reason = "fichier introuvable"
    else:
        reason = f"erreur système {error.errno}"
    return FileReadError(f"Impossible de lire « {name} » : {reason}.")


# ------------------------------------------------------------------------ workbooks


def _read_workbook(
    path: Path, wanted: str | None
) -> tuple[tuple[str, ...], str, list[_Row], frozenset[int]]:
    """Read the wanted sheet (or the first with data) and the lines holding a merged band."""
    from python_calamine import PasswordError

    name = path.name
    try:
        with _open_workbook(path) as workbook:
            sheets = tuple(workbook.sheet_names)
            for sheet in _sheet_order(workbook, sheets, wanted, name):
                found = workbook.get_sheet_by_name(sheet)
                rows = _sheet_rows(found.to_python(skip_empty_area=False))
                if wanted is not None or _has_data(rows):
                    return sheets, sheet, rows, _merged_lines(found.merged_cell_ranges)
    except FileReadError:
        raise
    except PasswordError:
        raise FileReadError(
            f"« {name} » est protégé par un mot de passe : ouvrez-le dans votre tableur, "
            "enregistrez une copie sans mot de passe et importez cette copie."
        ) from None
    except OSError as error:
        raise _os_error(error, name) from None
    except Exception:  # calamine raises many kinds (zip, XML, CFB...) on a foreign file
        raise FileReadError(_damaged_message(path)) from None
    raise FileReadError(f"« {name} » ne contient aucune donnée (toutes ses feuilles sont vides).")


def _open_workbook(path: Path) -> Any:
    """Open by suffix, else by content: an .ods saved as .xlsx (or the reverse) still opens."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        return CalamineWorkbook.from_path(str(path))
    except PasswordError:  # only the suffix-led reader recognises an encrypted file
        raise
    except CalamineError:
        with path.open("rb") as file:
            return CalamineWorkbook.from_filelike(file)


def _sheet_order(
    workbook: Any, sheets: tuple[str, ...], wanted: str | None, name: str
) -> list[str]:
    """The sheets to try: the one asked for, else visible sheets first, in the workbook's order."""
    from python_calamine import SheetVisibleEnum

    if wanted is not None:
        if wanted not in sheets:
            listed = ", ".join(f"« {sheet} »" for sheet in sheets)
            raise FileReadError(
                f"La feuille « {wanted} » n'existe pas dans « {name} » (feuilles : {listed})."
            )
        return [wanted]
    hidden = {m.name for m in workbook.sheets_metadata if m.visible != SheetVisibleEnum.Visible}
    return [s for s in sheets if s not in hidden] + [s for s in sheets if s in hidden]


def _merged_lines(ranges: object) -> frozenset[int]:
    """1-based lines holding a cell merged across columns (calamine knows them for .xlsx)."""
    if not isinstance(ranges, list):
        return frozenset()  # .ods: calamine does not report merged cells
    return frozenset(
        start[0] + 1 for start, end in ranges if end[1] > start[1] and start[0] == end[0]
    )


def _sheet_rows(values: list[list[object]]) -> list[_Row]:
    """Calamine's grid (from A1, "" for empty) as numbered rows of clean cells."""
    return [_Row(index, [_cell(value) for value in row]) for index, row in enumerate(values, 1)]


def _cell(value: object) -> SourceCell:
    """One workbook cell as the importer wants it: trimmed text or None, ints for whole floats."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return int(value) if value.is_integer() else value
    if value is None or isinstance(value, bool | int | date):
        return value
    if isinstance(value, time):  # a time of day: "09:30" as the user saw it
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, timedelta):  # a duration: "30:00" (hours:minutes)
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    return str(value).strip() or None


def _damaged_message(path: Path) -> str:
    """Why a file with a workbook suffix could not be opened, with a hint if it is text."""
    name = path.name
    message = (
        f"« {name} » ne peut pas être lu comme un classeur : "
        "fichier endommagé ou d'un autre format."
    )
    try:
        with path.open("rb") as file:
            head = file.read(4096)
    except OSError:
        return message
    if not head:
        return f"« {name} » est vide (0 octet)."
    if b"\0" not in head and not head.startswith(b"PK"):
        return (
            message[:-1] + " (c'est un fichier texte : s'il s'agit d'un CSV, renommez-le en .csv)."
        )
    return message


# ------------------------------------------------------------------------------ CSV


def _read_csv(path: Path, forced: CsvFormat | None) -> tuple[list[_Row], CsvFormat]:
    """Decode and split a CSV, guessing encoding, separator and decimal mark unless forced."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _os_error(error, name) from None
    if not data.strip(b" \t\r\n\x0c") or data in (
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE,
    ):
        raise FileReadError(f"« {name} » est vide.")
    if forced is not None:
        encoding, text = forced.encoding, _decode_forced(data, forced.encoding, name)
    else:
        encoding, text = _detect_encoding(data)
    text = text.removeprefix("\ufeff")
    if "\0" in text[:8192]:
        raise FileReadError(
            f"« {name} » n'est pas un fichier texte (CSV) : c'est peut-être un classeur renommé."
        )
    separator = forced.separator if forced is not None else _detect_separator(text)
    rows = _split_csv(text, separator, name)
    if not _has_data(rows):
        raise FileReadError(f"« {name} » ne contient aucune donnée.")
    decimal = forced.decimal if forced is not None else _detect_decimal(rows, separator)
    return rows, CsvFormat(separator=separator, encoding=encoding, decimal=decimal)


def _detect_encoding(data: bytes) -> tuple[str, str]:
    """BOM -> its encoding; valid UTF-8 -> "utf-8"; else Windows-1252 (or Latin-1)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", data.decode("utf-8-sig", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Texte Unicode"
        return "utf-16", data.decode("utf-16", errors="replace")
    for encoding in ("utf-8", "cp1252"):
        try:
            return encoding, data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return "latin-1", data.decode("latin-1")


def _decode_forced(data: bytes, encoding: str, name: str) -> str:
    """Decode with the encoding the user chose, or say in French why it does not fit."""
    try:
        return data.decode(encoding)
    except LookupError:
        raise FileReadError(f"Encodage inconnu « {encoding} » pour lire « {name} ».") from None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        label = ENCODING_LABELS.get(encoding.lower(), encoding)
        raise FileReadError(
            f"« {name} » ne se lit pas avec l'encodage {label} (caractère illisible ligne "
            f"{line}) : essayez un autre encodage (UTF-8 ou Windows-1252)."
        ) from None


def _detect_separator(text: str) -> str:
    """The separator giving the same field count (>1) on most of the first lines."""
    sample, truncated = _first_lines(text, SNIFF_LINES)
    best, best_score = SEPARATORS[0], 0
    for separator in SEPARATORS:
        try:
            records = list(csv.reader(io.StringIO(sample, newline=""), delimiter=separator))
        except csv.Error:
            continue
        if truncated and len(records) > 1:
            records.pop()  # the last record may be cut inside a quoted cell
        counts = Counter(len(record) for record in records if len(record) > 1)
        score = counts.most_common(1)[0][1] if counts else 0
        if score > best_score:
            best, best_score = separator, score
    return best


def _first_lines(text: str, count: int) -> tuple[str, bool]:
    """The text up to its ``count``-th line break, and whether anything was left out."""
    end = -1
    for _ in range(count):
        end = text.find("\n", end + 1)
        if end < 0:
            return text, False
    return text[: end + 1], end + 1 < len(text)


def _split_csv(text: str, separator: str, name: str) -> list[_Row]:
    """Split into records, each numbered by the physical line where it starts."""
    rows: list[_Row] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
        start = 1
        for record in reader:
            rows.append(_Row(start, [_text_cell(cell) for cell in record]))
            start = reader.line_num + 1
    except (csv.Error, TypeError) as error:  # TypeError: a separator that is not one character
        line = rows[-1].line + 1 if rows else 1
        raise FileReadError(
            f"« {name} » ne se découpe pas en colonnes avec le séparateur « {separator} » "
            f"(ligne {line} : {error})."
        ) from None
    return rows


def _text_cell(cell: str) -> str | None:
    """A CSV cell trimmed, None when empty; a line break inside it becomes a plain "\\n"."""
    if "\r" in cell:
        cell = cell.replace("\r\n", "\n").replace("\r", "\n")
    return cell.strip() or None


def _detect_decimal(rows: Sequence[_Row], separator: str) -> str:
    """ "," with ";" (French Excel) or when number cells are written "1 234,50"; else "."."""
    if separator == ";":
        return ","
    comma = dot = 0
    for row in rows[:DECIMAL_ROWS]:
        for cell in row.cells:
            if isinstance(cell, str):
                if COMMA_DECIMAL.fullmatch(cell):
                    comma += 1
                elif DOT_DECIMAL.fullmatch(cell):
                    dot += 1
    return "," if comma > dot else "."


# ---------------------------------------------------------------- headers and rows


def _has_data(rows: Sequence[_Row]) -> bool:
    """Whether any cell of ``rows`` holds something."""
    return any(_filled(row) for row in rows)


def _filled(row: _Row) -> bool:
    """Whether a row has at least one non-empty cell."""
    return any(cell is not None for cell in row.cells)


def _header_index(
    rows: Sequence[_Row],
    header_line: int | None,
    merged: frozenset[int],
    file_name: str,
    sheet: str | None,
) -> int:
    """Index of the header row: the line the user gave, or the one detected."""
    if not _has_data(rows):
        where = f"La feuille « {sheet} » de « {file_name} »" if sheet else f"« {file_name} »"
        raise FileReadError(f"{where} ne contient aucune donnée.")
    if header_line is None:
        return _detect_header(rows, merged)
    return _forced_header(rows, header_line, file_name)


def _sheet_data(
    file_name: str,
    rows: list[_Row],
    index: int,
    *,
    sheets: tuple[str, ...],
    sheet: str | None,
    csv_format: CsvFormat | None,
) -> SheetData:
    """Cut the rows into headers and data, keeping line numbers and counting blank rows."""
    header_row, below = rows[index], rows[index + 1 :]
    data = [row for row in below if _filled(row)]
    columns = _kept_columns(header_row, data)
    headers = tuple(_header_text(header_row.cells, column) for column in columns)
    source_rows = tuple(
        SourceRow(row.line, tuple(row.cells[c] if c < len(row.cells) else None for c in columns))
        for row in data
    )
    return SheetData(
        file_name=file_name,
        sheets=sheets,
        sheet=sheet,
        csv=csv_format,
        header_line=header_row.line,
        headers=headers,
        rows=source_rows,
        notes=_notes(rows[:index], len(below) - len(data), len(data), header_row.line),
    )


def _detect_header(rows: Sequence[_Row], merged: frozenset[int]) -> int:
    """Index of the header row, by the rule in ``read_sheet``'s docstring."""
    filled = [index for index, row in enumerate(rows) if _filled(row)]
    for mostly_labels in (True, False):
        passing = {
            position
            for position in range(min(len(filled), HEADER_WINDOW))
            if _looks_like_headers(
                rows[filled[position]].cells,
                [rows[i].cells for i in filled[position + 1 : position + 1 + HEADER_LOOKAHEAD]],
                mostly_labels,
            )
        }
        for position in sorted(passing):
            if position + 1 not in passing or not _is_band(rows[filled[position]], merged):
                return filled[position]
    return filled[0]


def _is_band(row: _Row, merged: frozenset[int]) -> bool:
    """A row of group headers: a cell merged across columns, or no two filled cells adjacent."""
    if row.line in merged:
        return True
    cells = row.cells
    return not any(
        cells[column] is not None and cells[column + 1] is not None
        for column in range(len(cells) - 1)
    )


def _looks_like_headers(
    cells: Sequence[SourceCell], below: Sequence[Sequence[SourceCell]], mostly_labels: bool
) -> bool:
    """Labels (mostly, or at least one), two or more, over most columns of the table below."""
    used = {column for column, cell in enumerate(cells) if cell is not None}
    if len(used) < 2 or not below:
        return False
    labels = sum(1 for column in used if _is_label(cells[column]))
    if labels * 2 <= len(used) if mostly_labels else labels == 0:
        return False
    columns = set(used)
    for row in below:
        columns.update(column for column, cell in enumerate(row) if cell is not None)
    return len(used) * 3 >= len(columns) * 2


def _is_label(cell: SourceCell) -> bool:
    """A text that reads as neither a number nor a date: what a header looks like."""
    return isinstance(cell, str) and not NUMBER.fullmatch(cell) and not DATE.fullmatch(cell)


def _forced_header(rows: Sequence[_Row], header_line: int, file_name: str) -> int:
    """Index of the row at (or, in a CSV, spanning) the 1-based line the user gave."""
    last = rows[-1].line
    if header_line < 1 or header_line > last:
        raise FileReadError(
            f"La ligne {header_line} n'existe pas dans « {file_name} » "
            f"(lignes 1 à {last}) : choisissez une autre ligne d'en-têtes."
        )
    return max(index for index, row in enumerate(rows) if row.line <= header_line)


def _kept_columns(header_row: _Row, data: Sequence[_Row]) -> list[int]:
    """Columns with a header or any data below it; fully empty columns are dropped."""
    used = {column for column, cell in enumerate(header_row.cells) if cell is not None}
    for row in data:
        cells = row.cells
        used.update(column for column, cell in enumerate(cells) if cell is not None)
    return sorted(used)


def _header_text(cells: Sequence[SourceCell], column: int) -> str:
    """A header as one trimmed line of text; "Colonne F" when the header cell is empty."""
    cell = cells[column] if column < len(cells) else None
    if cell is None:
        return f"Colonne {column_letter(column)}"
    if isinstance(cell, datetime):
        text = cell.strftime("%d/%m/%Y %H:%M")
    elif isinstance(cell, date):
        text = cell.strftime("%d/%m/%Y")
    else:
        text = str(cell)
    return " ".join(text.split())


def _notes(above: Sequence[_Row], blank: int, data: int, header_line: int) -> tuple[str, ...]:
    """Short French remarks on what was left aside while reading."""
    notes = []
    if any(_filled(row) for row in above):
        notes.append(f"En-têtes lus ligne {header_line} ; les lignes au-dessus sont ignorées.")
    if blank:
        notes.append("1 ligne vide ignorée." if blank == 1 else f"{blank} lignes vides ignorées.")
    if not data:
        notes.append("Aucune ligne de données sous les en-têtes.")
    return tuple(notes)
