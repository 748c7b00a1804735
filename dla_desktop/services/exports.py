"""The exports as the command line names them (PDFs, the programme workbook): find, read, write.

Reading and writing are two steps on purpose: ``prepare`` needs a session (a short read),
``write`` does not, so a long layout never holds the database open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from dla_desktop.domain.dates import format_date
from dla_desktop.domain.errors import DlaError, FileWriteError, NotFoundError
from dla_desktop.domain.records import SessionRecord
from dla_desktop.services import documents
from dla_desktop.services.attendance import get_session
from dla_desktop.services.funders import find_funder
from dla_desktop.services.programmes import find_programme
from dla_desktop.services.workbook import programme_workbook

EVALUATION, DOSSIERS, ATTENDANCE_SHEET, FUNDER_SUMMARY, WORKBOOK = (
    "evaluation",
    "dossiers",
    "attendance-sheet",
    "funder-summary",
    "workbook",
)
# What ``--reproductible`` writes as a workbook's creation date (reportlab's invariant date).
FIXED_CREATION = datetime(2000, 1, 1)


@dataclass(frozen=True)
class ExportJob:
    """One document (or one batch of dossiers) read and ready to be laid out."""

    kind: str
    subject: str  # what it is about, in the user's words: a programme title, a funder name
    view: Any  # the domain dataclass (a tuple of dossiers for DOSSIERS, of Tables for WORKBOOK)


def prepare(session: Session, kind: str, which: str, issued_on: date) -> ExportJob:
    """Find ``which`` (an id or an exact name) and read everything its document shows."""
    if kind in (EVALUATION, DOSSIERS, WORKBOOK):
        programme = find_programme(session, which)
        if kind == EVALUATION:
            view: Any = documents.evaluation_report(session, programme.id, issued_on)
        elif kind == DOSSIERS:
            view = documents.programme_dossiers(session, programme.id, issued_on)
        else:
            view = programme_workbook(session, programme.id)
        return ExportJob(kind, programme.title, view)
    if kind == ATTENDANCE_SHEET:
        seance = _session(session, which)
        sheet = documents.signing_sheet(session, seance.id, issued_on)
        return ExportJob(kind, f"{sheet.programme_title}, {format_date(seance.date)}", sheet)
    if kind == FUNDER_SUMMARY:
        funder = find_funder(session, which)
        return ExportJob(kind, funder.name, documents.funder_summary(session, funder.id, issued_on))
    raise DlaError(f"Document inconnu : « {kind} ».")


def _session(session: Session, key: str) -> SessionRecord:
    """A programme session by id, with a message that says where ids are listed."""
    try:
        return get_session(session, key)
    except NotFoundError:
        raise NotFoundError(
            f"Aucune séance ne porte l'identifiant « {key} » (voir « dla-desktop list sessions »)."
        ) from None


def write(
    job: ExportJob,
    out: Path,
    *,
    deterministic: bool = False,
    on_written: Callable[[int, int, str], None] | None = None,
) -> list[Path]:
    """Lay the document out into ``out`` (a .pdf or .xlsx file, or a folder for the dossiers)."""
    with writing(out):
        if job.kind == WORKBOOK:
            return [_write_workbook(job, out, deterministic)]
        if job.kind == DOSSIERS:
            from dla_desktop.documents.pdf.dossier import write_dossiers

            _check_folder(out)
            return write_dossiers(job.view, out, deterministic=deterministic, on_written=on_written)
        _check_file(out)
        writer = _file_writer(job.kind)
        return [writer(job.view, out, deterministic=deterministic)]


def _write_workbook(job: ExportJob, out: Path, deterministic: bool) -> Path:
    """The programme's tables as one .xlsx (XlsxWriter imported only now, as reportlab is)."""
    from dla_desktop.documents.spreadsheets.writing import write_xlsx

    _check_file(out, "xlsx")
    if out.suffix.lower() != ".xlsx":
        raise DlaError(f"« {out.name} » : le classeur doit porter l'extension .xlsx.")
    created = FIXED_CREATION if deterministic else None
    return write_xlsx(job.view, out, title=job.subject, created=created)


@contextmanager
def writing(out: Path) -> Iterator[None]:
    """An OSError while writing becomes a French FileWriteError naming the file."""
    try:
        yield
    except OSError as error:
        raise FileWriteError.of(error, error.filename or out) from error


def _file_writer(kind: str) -> Callable[..., Path]:
    """The renderer of a one-file document, imported only when asked (reportlab is heavy)."""
    if kind == EVALUATION:
        from dla_desktop.documents.pdf.evaluation import write_evaluation

        return write_evaluation
    if kind == ATTENDANCE_SHEET:
        from dla_desktop.documents.pdf.signing_sheet import write_signing_sheet

        return write_signing_sheet
    from dla_desktop.documents.pdf.funder_summary import write_funder_summary

    return write_funder_summary


def _check_file(out: Path, what: str = "PDF") -> None:
    """Refuse, in French, a destination that cannot become a file (a PDF, a workbook)."""
    if out.is_dir():
        raise DlaError(f"« {out} » est un dossier : indiquez un nom de fichier {what}.")
    if not out.parent.is_dir():
        raise DlaError(f"Le dossier « {out.parent} » n'existe pas.")


def _check_folder(out: Path) -> None:
    """The dossiers' folder: created when missing; an existing file there is refused."""
    if out.exists() and not out.is_dir():
        raise DlaError(f"« {out} » est un fichier : indiquez un dossier pour les dossiers PDF.")
    out.mkdir(parents=True, exist_ok=True)


def describe(job: ExportJob, written: list[Path], out: Path) -> str:
    """What was written, in one French sentence for the terminal or the status bar."""
    if job.kind == DOSSIERS:
        if not written:
            return f"Aucun partenariat n'est rattaché à « {job.subject} » : aucun dossier écrit."
        count = len(written)
        plural = "s" if count > 1 else ""
        return f"{count} dossier{plural} de partenariat écrit{plural} dans {out}"
    what = {
        EVALUATION: "Rapport d'évaluation écrit",
        ATTENDANCE_SHEET: "Feuille d'émargement écrite",
        FUNDER_SUMMARY: "Synthèse financeur écrite",
        WORKBOOK: "Classeur écrit",
    }[job.kind]
    return f"{what} : {written[0]}"
