"""Indicators as French text and as JSON, for the command line."""

from __future__ import annotations

import dataclasses
import enum
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from dla_desktop.domain.indicators import ProgrammeIndicators, Rate, VoletBudget
from dla_desktop.domain.money import format_decimal, format_money

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
