"""A programme as one workbook: a table per sheet, read from the services that own each figure.

The « Participants » sheet carries exactly the headers the participants import reads
(``domain.imports``), so a programme exported here re-imports into another file with no
mapping. The other sheets reuse what the screens and the reports show (attendance grid,
budget tab, suivi tab, indicators): the workbook never disagrees with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Association, Cabinet, Company, Enrolment
from dla_desktop.domain.attendance_views import AttendanceSheet
from dla_desktop.domain.budget_views import BudgetView, FollowupView
from dla_desktop.domain.enums import (
    OBTAINED_PARTNERSHIP_STATUSES,
    AttendanceStatus,
    FunderKind,
    PartnershipCategory,
    PartnershipStatus,
)
from dla_desktop.domain.imports import ENROLMENT_FIELDS, FieldKind, ImportTarget, fields_of
from dla_desktop.domain.indicators import BudgetSummary, ProgrammeIndicators, Rate
from dla_desktop.domain.records import (
    QuestionnaireRecord,
    SessionRecord,
    SubgroupRecord,
    VoletRecord,
)
from dla_desktop.domain.spreadsheets import Cell, CellKind, Table, TableColumn
from dla_desktop.services.attendance import attendance_sheet, presence_rate
from dla_desktop.services.budget import budget_view
from dla_desktop.services.enrolment import list_participant_views, live_participation
from dla_desktop.services.followup import followup_view
from dla_desktop.services.indicators import programme_indicators
from dla_desktop.services.partnerships import partnership_rows
from dla_desktop.services.programmes import get_programme, list_subgroups, list_volets

TEXT, INTEGER, DECIMAL, MONEY, DATE, PERCENT = (
    CellKind.TEXT,
    CellKind.INTEGER,
    CellKind.DECIMAL,
    CellKind.MONEY,
    CellKind.DATE,
    CellKind.PERCENT,
)
# How each import field is written, so the import reads it back as it was.
FIELD_CELLS = {FieldKind.INTEGER: INTEGER, FieldKind.DECIMAL: DECIMAL, FieldKind.DATE: DATE}
VOLETS_FIELD = "volets"
YES, NO = "Oui", "Non"
DASH = " – "


def programme_workbook(session: Session, programme_id: str) -> tuple[Table, ...]:
    """Participants, volets, sessions, attendance grid, budget, follow-up, partnerships, figures.

    Raises NotFoundError for a programme unknown or archived.
    """
    get_programme(session, programme_id)
    indicators = programme_indicators(session, programme_id)
    volets = list_volets(session, programme_id)
    subgroups = {volet.id: list_subgroups(session, volet.id) for volet in volets}  # a handful
    grid = attendance_sheet(session, programme_id)
    subgroup_names = {g.id: g.name for groups in subgroups.values() for g in groups}
    return (
        participants_table(session, programme_id),
        volets_table(session, volets, subgroups, indicators.budget),
        sessions_table(grid, subgroup_names),
        attendance_table(grid, subgroup_names),
        budget_table(budget_view(session, programme_id)),
        followup_table(session, followup_view(session, programme_id)),
        partnerships_table(session, programme_id),
        indicators_table(indicators),
    )


def _columns(*spec: tuple[str, CellKind]) -> tuple[TableColumn, ...]:
    return tuple(TableColumn(header, kind) for header, kind in spec)


def _yes_no(value: bool | None) -> str:
    """Oui / Non, and nothing for "no answer" (what the import reads as a boolean)."""
    return "" if value is None else YES if value else NO


# --- participants: the import's own headers --------------------------------------------


def participants_table(session: Session, programme_id: str) -> Table:
    """One row per association taking part, under the participants import's headers."""
    fields = fields_of(ImportTarget.PARTICIPANTS)
    own = [f.name for f in fields if f.name not in (*ENROLMENT_FIELDS, VOLETS_FIELD)]
    query = (
        select(
            Association.id,
            *(getattr(Association, name) for name in own),
            *(getattr(Enrolment, name) for name in ENROLMENT_FIELDS),
        )
        .join(Enrolment, Enrolment.association_id == Association.id)
        .where(*live_participation(programme_id))
        .order_by(Association.sort_name)
    )
    volets = {v.association_id: v.volets for v in list_participant_views(session, programme_id)}
    rows = []
    for association_id, *cells in session.execute(query):
        values = dict(zip([*own, *ENROLMENT_FIELDS], cells, strict=True))
        values[VOLETS_FIELD] = volets.get(association_id, "")
        rows.append(
            tuple(
                _yes_no(values[f.name]) if f.kind == FieldKind.BOOLEAN else values[f.name]
                for f in fields
            )
        )
    columns = tuple(TableColumn(f.label, FIELD_CELLS.get(f.kind, TEXT)) for f in fields)
    return Table("Participants", columns, rows)


# --- volets ----------------------------------------------------------------------------


def volets_table(
    session: Session,
    volets: Sequence[VoletRecord],
    subgroups: Mapping[str, Sequence[SubgroupRecord]],
    budget: BudgetSummary,
) -> Table:
    """Each live volet: its kind, cabinet, format, contract, members (as budget counts them)."""
    cabinet_ids = {v.cabinet_id for v in volets if v.cabinet_id}
    cabinets = dict(
        session.execute(select(Cabinet.id, Cabinet.name).where(Cabinet.id.in_(cabinet_ids))).all()
    )
    members = {line.volet_id: line.members for line in budget.volets}
    columns = _columns(
        ("Volet", TEXT),
        ("Type", TEXT),
        ("Cabinet", TEXT),
        ("Demi-journées collectives", INTEGER),
        ("Journées collectives", INTEGER),
        ("Entretiens par structure", INTEGER),
        ("Montant contractualisé", MONEY),
        ("Associations", INTEGER),
        ("Sous-groupes", TEXT),
        ("Objectif", TEXT),
    )
    rows = [
        (
            volet.display_name,
            volet.kind.label,
            cabinets.get(volet.cabinet_id or "", ""),
            volet.collective_half_days,
            volet.collective_days,
            volet.interviews_per_structure,
            volet.contracted_amount,
            members.get(volet.id, 0),
            ", ".join(group.name for group in subgroups.get(volet.id, ())),
            volet.objective,
        )
        for volet in volets
    ]
    return Table("Volets", columns, rows)


# --- sessions and the attendance grid --------------------------------------------------


def held(grid: AttendanceSheet) -> list[SessionRecord]:
    """Sessions of a live volet or of none: those indicators.held_sessions counts."""
    return [s for s in grid.sessions if s.volet_id is None or s.volet_id in grid.volet_names]


def sessions_table(grid: AttendanceSheet, subgroups: Mapping[str, str]) -> Table:
    """One row per session, in date order, with its marks counted by status."""
    names = dict(grid.associations)
    counts: dict[str, dict[AttendanceStatus, int]] = {}
    for (_association, session_id), status in grid.marks.items():
        by_status = counts.setdefault(session_id, dict.fromkeys(AttendanceStatus, 0))
        by_status[status] += 1
    columns = _columns(
        ("Date", DATE),
        ("Volet", TEXT),
        ("Type", TEXT),
        ("Intitulé", TEXT),
        ("Sous-groupe", TEXT),
        ("Association reçue", TEXT),
        ("Durée (heures)", DECIMAL),
        ("Lieu", TEXT),
        ("Présentes", INTEGER),
        ("Absentes", INTEGER),
        ("Excusées", INTEGER),
    )
    rows = []
    for seance in held(grid):
        marked = counts.get(seance.id, dict.fromkeys(AttendanceStatus, 0))
        rows.append(
            (
                seance.date,
                grid.volet_names.get(seance.volet_id or "", ""),
                seance.kind.label,
                seance.title,
                subgroups.get(seance.subgroup_id or "", ""),
                names.get(seance.association_id or "", ""),
                seance.duration_hours,
                seance.place,
                *(marked[status] for status in AttendanceStatus),
            )
        )
    return Table("Séances", columns, rows)


def attendance_table(grid: AttendanceSheet, subgroups: Mapping[str, str]) -> Table:
    """The grid: an association per row, a session per column, the status label in each cell."""
    sessions = held(grid)
    names = dict(grid.associations)
    headers = _unique(_session_header(s, grid, subgroups, names) for s in sessions)
    rows = []
    for association_id, name in grid.associations:
        marks = [grid.marks.get((association_id, seance.id)) for seance in sessions]
        present = sum(1 for mark in marks if mark == AttendanceStatus.PRESENT)
        recorded = sum(1 for mark in marks if mark is not None)
        rows.append(
            (
                name,
                *(mark.label if mark is not None else None for mark in marks),
                present,
                presence_rate(present, recorded),
            )
        )
    columns = (
        TableColumn("Association"),
        *(TableColumn(header) for header in headers),
        TableColumn("Présences", INTEGER),
        TableColumn("Taux de présence", PERCENT),
    )
    return Table("Présences", columns, rows)


def _session_header(
    seance: SessionRecord,
    grid: AttendanceSheet,
    subgroups: Mapping[str, str],
    names: Mapping[str, str],
) -> str:
    """ "12/03/2026 – Mécénat", then the sub-group or the association interviewed."""
    parts = [_short_date(seance.date), grid.volet_names.get(seance.volet_id or "", "")]
    if not parts[1]:
        parts[1] = seance.kind.label  # a steering committee belongs to no volet
    detail = subgroups.get(seance.subgroup_id or "") or names.get(seance.association_id or "")
    return DASH.join([*parts, detail] if detail else parts)


def _short_date(day: date) -> str:
    """12/03/2026: how a spreadsheet's headers show a date."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def _unique(headers: Iterable[str]) -> list[str]:
    """Two sessions with the same header become "… (2)": a filter needs distinct columns."""
    seen: dict[str, int] = {}
    result = []
    for header in headers:
        seen[header] = seen.get(header, 0) + 1
        result.append(header if seen[header] == 1 else f"{header} ({seen[header]})")
    return result


# --- money -----------------------------------------------------------------------------


def budget_table(view: BudgetView) -> Table:
    """Funding lines, cost lines (planned and actual), then the totals of the Budget tab."""
    summary = view.summary
    columns = _columns(
        ("Nature", TEXT),
        ("Intitulé", TEXT),
        ("Catégorie", TEXT),
        ("Volet", TEXT),
        ("Cabinet", TEXT),
        ("Montant (prévu)", MONEY),
        ("Réalisé", MONEY),
        ("Note", TEXT),
    )
    rows: list[tuple[Cell, ...]] = [
        (
            "Financement",
            line.funder_name,
            FunderKind(line.funder_kind).label if line.funder_kind else "",
            "",
            "",
            line.record.amount,
            None,
            line.record.note,
        )
        for line in view.funding_lines
    ]
    rows += [
        (
            "Coût",
            line.record.label,
            "",
            line.volet_name,
            line.cabinet_name,
            line.record.planned_amount,
            line.record.actual_amount,
            "",
        )
        for line in view.cost_lines
    ]
    rows += [
        ("Total", "Financements", "", "", "", summary.funded, None, ""),
        ("Total", "Coûts", "", "", "", summary.planned, summary.actual, ""),
        ("Total", "Budget du programme", "", "", "", summary.budget, None, ""),
        ("Total", "Reste à financer", "", "", "", summary.unfunded, None, ""),
    ]
    return Table("Budget", columns, rows)


# --- follow-up -------------------------------------------------------------------------


def followup_table(session: Session, view: FollowupView) -> Table:
    """Per participant, by name: its follow-up actions (oldest first), then its questionnaires."""
    columns = _columns(
        ("Association", TEXT),
        ("Nature", TEXT),
        ("Date", DATE),
        ("Type", TEXT),
        ("Durée (jours)", DECIMAL),
        ("Note", TEXT),
        ("Prochaine étape", TEXT),
        ("Échéance", DATE),
        ("Réponse reçue le", DATE),
        ("Partenariat obtenu", TEXT),
        ("Entreprise", TEXT),
        ("Catégorie", TEXT),
        ("Montant", MONEY),
        ("Emplois créés", INTEGER),
        ("Emplois consolidés", INTEGER),
        ("Commentaire", TEXT),
    )
    company_ids = {w.record.company_id for w in view.waves if w.record.company_id}
    companies = dict(
        session.execute(select(Company.id, Company.name).where(Company.id.in_(company_ids))).all()
    )
    by_association: dict[str, list[tuple[Cell, ...]]] = {}
    for action in view.actions:
        by_association.setdefault(action.association_id, []).append(
            (
                "Action de suivi",
                action.date,
                action.kind.label,
                action.duration_days,
                action.note,
                action.next_step,
                action.next_step_date,
                *(None,) * 8,
            )
        )
    for wave in view.waves:
        by_association.setdefault(wave.record.association_id, []).append(
            _wave_cells(wave.record, companies)
        )
    rows = [
        (participant.name, *cells)
        for participant in view.participants
        for cells in by_association.get(participant.association_id, [])
    ]
    return Table("Suivi", columns, rows)


def _wave_cells(wave: QuestionnaireRecord, companies: Mapping[str, str]) -> tuple[Cell, ...]:
    """A questionnaire wave: when sent, and what the association answered (if it did)."""
    answered = wave.answered_on
    return (
        "Questionnaire",
        wave.sent_on,
        f"À {wave.months_after} mois",
        None,
        "",
        "",
        None,
        answered,
        _yes_no(wave.partnership_obtained),
        companies.get(wave.company_id or "") or wave.company_name,
        wave.category.label if wave.category else "",
        wave.amount,
        wave.jobs_created if answered else None,
        wave.jobs_consolidated if answered else None,
        wave.comment,
    )


# --- partnerships ----------------------------------------------------------------------


def partnerships_table(session: Session, programme_id: str) -> Table:
    """Partnerships born of the programme, as the partnerships list shows them."""
    columns = _columns(
        ("Association", TEXT),
        ("Entreprise", TEXT),
        ("Intitulé", TEXT),
        ("Catégorie", TEXT),
        ("Statut", TEXT),
        ("Date du statut", DATE),
        ("Montant", MONEY),
        ("Obtenu", TEXT),
    )
    rows = [
        (
            row.association_name,
            row.company_name,
            row.title,
            PartnershipCategory(row.category).label,
            PartnershipStatus(row.status).label,
            row.status_date,
            row.amount,
            _yes_no(row.status in OBTAINED_PARTNERSHIP_STATUSES),
        )
        for row in partnership_rows(session)
        if row.origin_programme_id == programme_id
    ]
    return Table("Partenariats", columns, rows)


# --- indicators ------------------------------------------------------------------------

INDICATOR_COLUMNS = _columns(
    ("Indicateur", TEXT),
    ("Nombre", INTEGER),
    ("Sur", INTEGER),
    ("Taux", PERCENT),
    ("Montant", MONEY),
    ("Jours ou ETP", DECIMAL),
)


def _figure(
    label: str,
    *,
    count: int | None = None,
    rate: Rate | None = None,
    amount: Decimal | None = None,
    quantity: Decimal | None = None,
    share: Decimal | None = None,
) -> tuple[Cell, ...]:
    """One indicator on its typed column: a count, a rate (count, total, ratio), money, days."""
    if rate is not None:
        return (label, rate.count, rate.total, rate.ratio, None, None)
    return (label, count, None, share, amount, quantity)


def indicators_table(figures: ProgrammeIndicators) -> Table:
    """programme_indicators' own figures, one per row, each in the column of its type."""
    budget = figures.budget
    rows = [
        _figure("Associations accompagnées", count=figures.associations),
        *(_figure(f"Secteur : {sector}", count=n) for sector, n in figures.by_sector),
        _figure("Emplois (salariés)", count=figures.jobs_headcount),
        _figure("Emplois (ETP)", quantity=figures.jobs_fte),
        _figure("Budget du programme", amount=budget.budget),
        _figure("Financements obtenus", amount=budget.funded),
        *(_figure(f"Financeur : {f.name}", amount=f.amount, share=f.share) for f in budget.funders),
        _figure("Reste à financer", amount=budget.unfunded),
        _figure("Coûts prévus", amount=budget.planned),
        _figure("Coûts réalisés", amount=budget.actual),
        _figure("Budget par association", amount=budget.per_association_flat),
        *(
            _figure(f"Volet {v.name} : coût par association", amount=v.per_association)
            for v in budget.volets
        ),
        _figure("Séances tenues", count=figures.sessions_held),
        _figure("Présence (toutes séances)", rate=figures.attendance),
        *(_figure(f"Présence, volet {name}", rate=r) for name, r in figures.attendance_by_volet),
        *(_figure(f"Présence, {kind.label}", rate=r) for kind, r in figures.attendance_by_kind),
        _figure("Jours de suivi prévus", quantity=figures.followup_days_planned),
        _figure("Jours de suivi réalisés", quantity=figures.followup_days_done),
        _figure("Questionnaires envoyés", count=figures.questionnaires_sent),
        _figure("Réponses aux questionnaires", rate=figures.questionnaire_responses),
        _figure("Répondantes ayant obtenu un partenariat", rate=figures.partnership_respondents),
        _figure("Partenariats obtenus", count=figures.partnerships_obtained),
        *(
            _figure(f"Partenariats : {category.label}", count=n)
            for category, n in figures.partnerships_by_category
        ),
        _figure("Montant des partenariats obtenus", amount=figures.partnerships_amount),
    ]
    return Table("Indicateurs", INDICATOR_COLUMNS, rows)
