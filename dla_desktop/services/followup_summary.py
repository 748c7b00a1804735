"""A programme's follow-up on one sheet: one line per participant, each wave side by side.

For the steering committee and the funders' reports: days planned and done, the last
action and the next step, then for each questionnaire wave when it was sent, when it was
answered and whether a partnership came of it. The figures are the Suivi tab's own
(``followup_view``) and the next step is read the way the Suivi overview reads it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Company
from dla_desktop.domain.budget_views import FollowupView
from dla_desktop.domain.enums import FollowUpKind
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.followup_due import parse_waves
from dla_desktop.domain.records import QuestionnaireRecord
from dla_desktop.domain.spreadsheets import Cell, CellKind, Table, TableColumn
from dla_desktop.services.followup import followup_view
from dla_desktop.services.followup_overview import FollowUpState
from dla_desktop.services.programmes import get_programme

SHEET_TITLE = "Synthèse du suivi"
YES, NO = "Oui", "Non"

_PARTICIPANT_COLUMNS = (
    TableColumn("Association"),
    TableColumn("Jours de suivi prévus", CellKind.DECIMAL),
    TableColumn("Jours réalisés", CellKind.DECIMAL),
    TableColumn("Actions", CellKind.INTEGER),
    TableColumn("Dernière action", CellKind.DATE),
    TableColumn("Type de la dernière action"),
    TableColumn("Prochaine étape"),
    TableColumn("Date de la prochaine étape", CellKind.DATE),
)


def followup_summary_table(session: Session, programme_id: str) -> Table:
    """One row per participant of the programme, by name; NotFoundError for a programme gone."""
    programme = get_programme(session, programme_id)
    view = followup_view(session, programme_id)
    waves = _waves(programme.questionnaire_waves, view)
    states = _states(view)
    by_wave = {(w.record.association_id, w.record.months_after): w.record for w in view.waves}
    companies = _company_names(session, view)
    rows = []
    for participant in view.participants:
        state = states.get(participant.association_id, FollowUpState())
        cells: list[Cell] = [
            participant.name,
            participant.planned,
            participant.done,
            participant.actions,
            state.last_action_date,
            FollowUpKind(state.last_action_kind).label if state.last_action_kind else "",
            state.next_step,
            state.next_step_date,
        ]
        for months in waves:
            wave = by_wave.get((participant.association_id, months))
            cells.extend(_wave_cells(wave, companies))
        rows.append(tuple(cells))
    return Table(SHEET_TITLE, _PARTICIPANT_COLUMNS + _wave_columns(waves), rows)


def _waves(planned: str, view: FollowupView) -> tuple[int, ...]:
    """The programme's waves, and any other delay a questionnaire was sent at."""
    try:
        months = set(parse_waves(planned))
    except ValidationError:  # a file from before the waves were checked: what was sent
        months = set()
    months.update(wave.record.months_after for wave in view.waves)
    return tuple(sorted(months))


def _wave_columns(waves: tuple[int, ...]) -> tuple[TableColumn, ...]:
    return tuple(
        column
        for months in waves
        for column in (
            TableColumn(f"{months} mois : envoyé le", CellKind.DATE),
            TableColumn(f"{months} mois : réponse le", CellKind.DATE),
            TableColumn(f"{months} mois : partenariat"),
        )
    )


def _states(view: FollowupView) -> dict[str, FollowUpState]:
    """Each participant's actions fed in date order (the view lists them oldest first)."""
    states: dict[str, FollowUpState] = defaultdict(FollowUpState)
    for action in view.actions:
        states[action.association_id].add_action(
            action.date,
            action.kind.value,
            action.duration_days,
            action.next_step,
            action.next_step_date,
        )
    return states


def _company_names(session: Session, view: FollowupView) -> dict[str, str]:
    ids = {w.record.company_id for w in view.waves if w.record.company_id}
    if not ids:
        return {}
    return dict(session.execute(select(Company.id, Company.name).where(Company.id.in_(ids))).all())


def _wave_cells(
    wave: QuestionnaireRecord | None, companies: Mapping[str, str]
) -> tuple[Cell, Cell, Cell]:
    """Sent, answered, and the partnership: « Oui (Boulangerie Éclat) », « Non » or empty."""
    if wave is None:
        return None, None, ""
    if wave.answered_on is None or wave.partnership_obtained is None:
        return wave.sent_on, wave.answered_on, ""
    if not wave.partnership_obtained:
        return wave.sent_on, wave.answered_on, NO
    company = companies.get(wave.company_id or "", "") or wave.company_name
    return wave.sent_on, wave.answered_on, f"{YES} ({company})" if company else YES
