"""Indicators, the import report, meeting schedules and backups, as French text or JSON."""

from __future__ import annotations

import dataclasses
import enum
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from dla_desktop.domain.dates import format_date, format_moment
from dla_desktop.domain.import_plans import ImportPlan, PlannedRow, RowFate
from dla_desktop.domain.indicators import ProgrammeIndicators, Rate, VoletBudget
from dla_desktop.domain.meeting_views import MeetingPlan
from dla_desktop.domain.money import format_decimal, format_money
from dla_desktop.domain.scheduling import schedule_text, to_json_dict
from dla_desktop.domain.text import format_size, plural

if TYPE_CHECKING:
    from dla_desktop.domain.spreadsheets import SheetData
    from dla_desktop.sharing.backups import BackupInfo

RATIO_PLACES = Decimal("0.0001")


def format_rate(rate: Rate) -> str:
    """``87,5 % (70 sur 80)``, or ``—`` when there is nothing to count."""
    if rate.ratio is None:
        return "—"
    return f"{format_decimal(rate.ratio * 100, 1)} % ({rate.count} sur {rate.total})"


def indicators_as_text(figures: ProgrammeIndicators) -> str:
    """A plain report a coordinator can read in a terminal or paste in a mail."""
    budget = figures.budget
    sectors = ", ".join(f"{sector} {count}" for sector, count in figures.by_sector)
    lines = [
        f"Programme : {figures.title}",
        f"Associations : {figures.associations}" + (f" ({sectors})" if sectors else ""),
        f"Emplois concernés : {figures.jobs_headcount} ({format_decimal(figures.jobs_fte, 2)} ETP)",
        f"Budget d'ingénierie : {format_money(budget.budget)}",
        f"Budget par association (forfait) : {format_money(budget.per_association_flat) or '—'}",
        f"Financements : {format_money(budget.funded)}",
    ]
    for funder in budget.funders:
        share = "" if funder.share is None else f" ({format_decimal(funder.share * 100, 1)} %)"
        lines.append(f"  - {funder.name} : {format_money(funder.amount)}{share}")
    lines.append(
        f"Coûts prévus / réalisés : {format_money(budget.planned)} / {format_money(budget.actual)}"
    )
    for volet in budget.volets:
        lines.append(f"  - {volet.name} : {format_money(volet.contracted)}, {_members(volet)}")
    lines.append(
        f"Séances : {figures.sessions_held} ; présence : {format_rate(figures.attendance)}"
    )
    for name, rate in figures.attendance_by_volet:
        lines.append(f"  - {name} : {format_rate(rate)}")
    for kind, rate in figures.attendance_by_kind:
        lines.append(f"  - {kind.label} : {format_rate(rate)}")
    lines += [
        f"Suivi post-accompagnement : {format_decimal(figures.followup_days_planned, 1)} jours "
        f"prévus, {format_decimal(figures.followup_days_done, 1)} réalisés",
        f"Questionnaires envoyés : {figures.questionnaires_sent} ; "
        f"réponses : {format_rate(figures.questionnaire_responses)}",
        f"Partenariat obtenu (répondants) : {format_rate(figures.partnership_respondents)}",
        f"Partenariats signés : {figures.partnerships_obtained}, "
        f"pour {format_money(figures.partnerships_amount)}",
    ]
    for category, count in figures.partnerships_by_category:
        lines.append(f"  - {category.label} : {count}")
    return "\n".join(lines)


def _members(volet: VoletBudget) -> str:
    """``9 associations, soit 1 300,00 € chacune``, in good French for 0 and 1 too."""
    share = format_money(volet.per_association)
    if volet.members == 0:
        return "aucune association inscrite"
    if volet.members == 1:
        return f"1 association, soit {share}"
    return f"{volet.members} associations, soit {share} chacune"


def indicators_as_json(figures: ProgrammeIndicators) -> dict[str, Any]:
    """Plain JSON types: amounts as exact strings ("32700.00"), rates with count and total."""
    return _plain(figures)


def _plain(value: Any) -> Any:
    if isinstance(value, Rate):
        ratio = value.ratio
        return {
            "count": value.count,
            "total": value.total,
            "ratio": None if ratio is None else str(ratio.quantize(RATIO_PLACES, ROUND_HALF_UP)),
        }
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


# --- import report ---------------------------------------------------------------------

LISTED_ROWS = 50  # rows listed per section of the import report; the rest are counted


def import_report_as_text(sheet: SheetData, plan: ImportPlan) -> str:
    """What the import found, as the wizard's report shows it: columns, counts, rows."""
    lines = [*_sheet_lines(sheet), *_mapping_lines(sheet, plan), _counts_line(plan)]
    by_fate = {fate: [row for row in plan.rows if row.fate == fate] for fate in RowFate}
    lines += _section(
        "Lignes rejetées",
        [f"Ligne {row.line} — {' '.join(row.errors)}" for row in by_fate[RowFate.REJECTED]],
    )
    lines += _section("Fiches déjà connues", [_match_line(row) for row in by_fate[RowFate.MATCH]])
    lines += _section(
        "Doublons dans le fichier",
        [
            f"Ligne {row.line} — {row.label} : répète la ligne {row.duplicate_of}"
            for row in by_fate[RowFate.DUPLICATE]
        ],
    )
    lines += _section(
        "Avertissements",
        [f"Ligne {row.line} — {warning}" for row in plan.rows for warning in row.warnings],
    )
    return "\n".join(lines)


def _match_line(row: PlannedRow) -> str:
    """A matched row; the record's name only when it differs, not the same name twice."""
    if row.match_label == row.label:
        return f"Ligne {row.line} — {row.label} ({row.match_reason})"
    return f"Ligne {row.line} — {row.label} : « {row.match_label} » ({row.match_reason})"


def _sheet_lines(sheet: SheetData) -> list[str]:
    """The file, how it was read, and the reader's remarks."""
    from dla_desktop.documents.spreadsheets.reading import ENCODING_LABELS

    where = f", feuille « {sheet.sheet} »" if sheet.sheet else ""
    lines = [
        f"Fichier : {sheet.file_name}{where} — en-têtes ligne {sheet.header_line}, "
        f"{plural(len(sheet.rows), 'ligne de données', 'lignes de données')}"
    ]
    if sheet.csv is not None:
        encoding = ENCODING_LABELS.get(sheet.csv.encoding, sheet.csv.encoding)
        lines.append(
            f"  CSV : séparateur « {_shown_separator(sheet.csv.separator)} », {encoding}, "
            f"décimales « {sheet.csv.decimal} »"
        )
    lines += [f"  {note}" for note in sheet.notes]
    return lines


def _shown_separator(separator: str) -> str:
    """A tab or a space cannot be seen between « »: name it."""
    return {"\t": "tabulation", " ": "espace"}.get(separator, separator)


def _mapping_lines(sheet: SheetData, plan: ImportPlan) -> list[str]:
    """Each used column beside the field it fills, then the columns left out."""
    from dla_desktop.domain.imports import fields_of

    labels = {field.name: field.label for field in fields_of(plan.target)}
    lines = ["Colonnes :"]
    lines += [
        f"  {sheet.headers[index]} → {labels.get(name, name)}"
        for index, name in sorted(plan.mapping.items())
    ]
    ignored = [h for index, h in enumerate(sheet.headers) if index not in plan.mapping]
    if ignored:
        lines.append(f"  Ignorées : {', '.join(ignored)}")
    return lines


def _counts_line(plan: ImportPlan) -> str:
    """``Lignes : 100 à créer, 5 déjà connues, 2 doublons, 3 rejetées``."""
    counts = (
        (RowFate.NEW, "à créer", "à créer"),
        (RowFate.MATCH, "déjà connue", "déjà connues"),
        (RowFate.DUPLICATE, "doublon", "doublons"),
        (RowFate.REJECTED, "rejetée", "rejetées"),
    )
    parts = [plural(plan.count(fate), one, many) for fate, one, many in counts]
    return "Lignes : " + ", ".join(parts)


def _section(title: str, lines: list[str]) -> list[str]:
    """A titled list of rows, the first ``LISTED_ROWS`` of them, then how many more."""
    if not lines:
        return []
    shown = [f"{title} :", *(f"  {line}" for line in lines[:LISTED_ROWS])]
    if len(lines) > LISTED_ROWS:
        shown.append(f"  … et {len(lines) - LISTED_ROWS} autres")
    return shown


# --- meeting schedule ------------------------------------------------------------------


def schedule_as_text(plan: MeetingPlan) -> str:
    """The meeting, its tables, then the grid round by round, as the organisers read it."""
    when = format_date(plan.date)
    if plan.start_time is not None:
        when += f", {plan.start_time.hour} h {plan.start_time.minute:02d}"
    schedule = plan.schedule
    meetings = sum(len(round_.slots) for round_ in schedule.rounds)
    state = "Planning enregistré" if plan.stored else "Planning calculé, non enregistré"
    lines = [
        " — ".join(part for part in (plan.title, when, plan.place) if part),
        f"{state} : {plural(len(schedule.rounds), 'rotation', 'rotations')}, "
        f"{plural(meetings, 'rencontre', 'rencontres')}, "
        f"{plural(len(schedule.missing), 'manquante', 'manquantes')}.",
        "Tables :",
        *(f"  Table {n} : {party.name}" for n, party in enumerate(plan.associations, start=1)),
        "",
    ]
    names = {party.party_id: party.name for party in (*plan.associations, *plan.companies)}
    return "\n".join(lines) + "\n" + schedule_text(schedule, names, plan.times)


def schedule_as_json(plan: MeetingPlan) -> dict[str, Any]:
    """The meeting and its schedule (ids and names) as plain JSON types."""
    names = {party.party_id: party.name for party in (*plan.associations, *plan.companies)}
    return {
        "meeting": {
            "id": plan.meeting_id,
            "title": plan.title,
            "date": plan.date.isoformat(),
            "start_time": None if plan.start_time is None else f"{plan.start_time:%H:%M}",
            "place": plan.place,
            "stored": plan.stored,
        },
        **to_json_dict(plan.schedule, plan.times, names),
    }


# --- backups ---------------------------------------------------------------------------


def backup_line(info: BackupInfo) -> str:
    """``12 mars 2026 17:30<TAB>à l'ouverture<TAB>1,2 Mo<TAB>path``: one backup per line."""
    when = format_moment(info.taken_at, " ")
    return "\t".join((when, info.reason.label, format_size(info.size), str(info.path)))
