"""A programme's money: funding lines, cost lines, and what it all comes to per association."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import (
    Association,
    Cabinet,
    CostLine,
    Enrolment,
    Funder,
    FundingLine,
    Programme,
    Volet,
    VoletEnrolment,
)
from dla_desktop.domain.budget_views import (
    AssociationBudget,
    BudgetView,
    CostLineView,
    FundingLineView,
)
from dla_desktop.domain.enums import FunderKind, VoletKind
from dla_desktop.domain.indicators import BudgetSummary, FunderShare, VoletBudget
from dla_desktop.domain.money import round_cents
from dla_desktop.domain.records import (
    CostLineDraft,
    CostLineRecord,
    FundingLineDraft,
    FundingLineRecord,
)
from dla_desktop.services.base import Entity
from dla_desktop.services.enrolment import Participants, live_participation
from dla_desktop.services.programmes import PROGRAMMES
from dla_desktop.services.validation import Checker


def round_exact(value: Fraction) -> Decimal:
    """Round an exact ratio half up to the cent, once.

    Decimal division rounds to 28 digits first, and shares summed after that can land
    just under a half cent (88,2049999... for 88,205). Truncating toward zero to the
    tenth of a cent keeps what round_cents needs to decide: the digit after the cents,
    and the sign.
    """
    return round_cents(Decimal(int(value * 1000)).scaleb(-3))


def _validate_funding(session: Session, draft: FundingLineDraft) -> FundingLineDraft:
    check = Checker(draft, FundingLine)
    check.reference(session, "programme_id", Programme)
    check.reference(session, "funder_id", Funder)
    check.amount("amount", required=True)
    check.text("note")
    return check.result()


FUNDING_LINES: Entity[FundingLineDraft, FundingLineRecord] = Entity(
    FundingLine,
    FundingLineRecord,
    "ligne de financement",
    _validate_funding,
    parents=("programme_id",),
)
get_funding_line = FUNDING_LINES.get

add_funding_line = FUNDING_LINES.create
update_funding_line = FUNDING_LINES.update
archive_funding_line = FUNDING_LINES.archive


def list_funding_lines(session: Session, programme_id: str) -> list[FundingLineRecord]:
    return FUNDING_LINES.list(
        session, FundingLine.programme_id == programme_id, order_by=FundingLine.created_at
    )


def _validate_cost(session: Session, draft: CostLineDraft) -> CostLineDraft:
    check = Checker(draft, CostLine)
    check.reference(session, "programme_id", Programme)
    check.reference(session, "volet_id", Volet, optional=True)
    check.reference(session, "cabinet_id", Cabinet, optional=True)
    check.text("label", required=True)
    check.amount("planned_amount", "actual_amount")
    if draft.volet_id and not check.errors:
        volet = session.get(Volet, draft.volet_id)
        if volet is not None and volet.programme_id != draft.programme_id:
            check.fail("volet_id", "ce volet appartient à un autre programme.")
    return check.result()


COST_LINES: Entity[CostLineDraft, CostLineRecord] = Entity(
    CostLine, CostLineRecord, "ligne de coût", _validate_cost, parents=("programme_id",)
)
get_cost_line = COST_LINES.get

add_cost_line = COST_LINES.create
update_cost_line = COST_LINES.update
archive_cost_line = COST_LINES.archive


def list_cost_lines(session: Session, programme_id: str) -> list[CostLineRecord]:
    return COST_LINES.list(
        session, CostLine.programme_id == programme_id, order_by=CostLine.created_at
    )


def budget_summary(
    session: Session, programme_id: str, participants: Participants | None = None
) -> BudgetSummary:
    """Funding, costs and per-association figures, computed from the stored lines.

    ``participants``: the programme's, when the caller has read them already. Raises
    NotFoundError for a programme unknown or archived.
    """
    budget = PROGRAMMES.fetch(session, programme_id).budget
    funders = _funder_shares(session, programme_id)
    funded = sum((f.amount for f in funders), Decimal(0))
    costs = session.execute(
        select(
            CostLine.volet_id,
            func.coalesce(func.sum(CostLine.planned_amount), 0),
            func.coalesce(func.sum(CostLine.actual_amount), 0),
        )
        .where(CostLine.programme_id == programme_id, CostLine.deleted_at.is_(None))
        .group_by(CostLine.volet_id)
    ).all()
    # SUM keeps the column's type, so these come back as Decimal euros, not cents.
    planned = {volet_id: p for volet_id, p, _a in costs}
    actual = {volet_id: a for volet_id, _p, a in costs}
    if participants is None:
        participants = Participants.of(session, programme_id)
    volets, by_association = _volet_budgets(session, programme_id, participants, planned, actual)
    count = len(participants.live)
    return BudgetSummary(
        budget=budget,
        funded=funded,
        funders=funders,
        planned=round_cents(sum(planned.values(), Decimal(0))),
        actual=round_cents(sum(actual.values(), Decimal(0))),
        volets=volets,
        per_association_flat=round_exact(Fraction(budget) / count) if count else None,
        per_association_by_volet=by_association,
    )


def _funder_shares(session: Session, programme_id: str) -> tuple[FunderShare, ...]:
    rows = session.execute(
        select(Funder.id, Funder.name, Funder.kind, FundingLine.amount)
        .join(FundingLine, FundingLine.funder_id == Funder.id)
        .where(FundingLine.programme_id == programme_id, FundingLine.deleted_at.is_(None))
    ).all()
    totals: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    for funder_id, name, kind, amount in rows:
        totals[(funder_id, name, kind)] += amount
    grand = sum(totals.values(), Decimal(0))
    shares = [
        FunderShare(fid, name, FunderKind(kind), amount, amount / grand if grand else None)
        for (fid, name, kind), amount in totals.items()
    ]
    return tuple(sorted(shares, key=lambda s: (-s.amount, s.name)))


def _volet_budgets(
    session: Session,
    programme_id: str,
    participants: Participants,
    planned: dict[str | None, Decimal],
    actual: dict[str | None, Decimal],
) -> tuple[tuple[VoletBudget, ...], dict[str, Decimal]]:
    """Each volet's contracted amount shared among its members, and summed per association.

    Shares stay exact fractions until each figure is rounded, once.
    """
    volets = session.execute(
        select(Volet.id, Volet.kind, Volet.label, Volet.contracted_amount)
        .where(Volet.programme_id == programme_id, Volet.deleted_at.is_(None))
        .order_by(Volet.created_at)
    ).all()
    members = _volet_members(session, participants, [v.id for v in volets])
    shares: list[Fraction] = []
    volets_of: dict[str, list[int]] = defaultdict(list)  # association -> its volets' indexes
    result = []
    for volet_id, kind, label, contracted in volets:
        people = members.get(volet_id, [])
        exact_share = Fraction(contracted) / len(people) if people else None
        for association_id in people:
            volets_of[association_id].append(len(shares))
        shares.append(exact_share or Fraction(0))
        result.append(
            VoletBudget(
                volet_id=volet_id,
                name=label or VoletKind(kind).label,
                contracted=contracted,
                planned=round_cents(planned.get(volet_id, Decimal(0))),
                actual=round_cents(actual.get(volet_id, Decimal(0))),
                members=len(people),
                per_association=None if exact_share is None else round_exact(exact_share),
            )
        )
    # Associations in the same volets cost the same: sum each combination once (Fraction
    # sums are slow, and a big programme has hundreds of associations but few combinations).
    costs: dict[tuple[int, ...], Decimal] = {}
    by_association: dict[str, Decimal] = {}
    for association_id, indexes in volets_of.items():
        combination = tuple(indexes)
        if combination not in costs:
            costs[combination] = round_exact(sum((shares[i] for i in combination), Fraction(0)))
        by_association[association_id] = costs[combination]
    return tuple(result), by_association


def _volet_members(
    session: Session, participants: Participants, volet_ids: list[str]
) -> dict[str, list[str]]:
    """Live memberships of the programme's live participants only.

    A membership can outlive its enrolment (an older file, or a merge that brought the
    withdrawal but not the memberships' tombstones): it then shares nothing.
    """
    members: dict[str, list[str]] = defaultdict(list)
    for volet_id, association_id in session.execute(
        select(VoletEnrolment.volet_id, VoletEnrolment.association_id).where(
            VoletEnrolment.volet_id.in_(volet_ids), VoletEnrolment.deleted_at.is_(None)
        )
    ):
        if association_id in participants.live:
            members[volet_id].append(association_id)
    return members


# --- the Budget tab --------------------------------------------------------------------


def budget_view(session: Session, programme_id: str) -> BudgetView:
    """The Budget tab in one read: summary, named lines and each participant's share.

    Raises NotFoundError for a programme unknown or archived.
    """
    programme = PROGRAMMES.fetch(session, programme_id)
    participants = Participants.of(session, programme_id)
    summary = budget_summary(session, programme_id, participants)
    return BudgetView(
        programme_title=programme.title,
        summary=summary,
        funding_lines=_funding_views(session, programme_id),
        cost_lines=_cost_views(session, programme_id),
        associations=_association_budgets(session, programme_id, participants, summary),
    )


def _funding_views(session: Session, programme_id: str) -> tuple[FundingLineView, ...]:
    funders = {
        funder_id: (name, kind)
        for funder_id, name, kind in session.execute(select(Funder.id, Funder.name, Funder.kind))
    }
    return tuple(
        FundingLineView(
            record=line,
            funder_name=funders.get(line.funder_id, ("", ""))[0],
            funder_kind=funders.get(line.funder_id, ("", ""))[1],
        )
        for line in list_funding_lines(session, programme_id)
    )


def _cost_views(session: Session, programme_id: str) -> tuple[CostLineView, ...]:
    volets = {
        volet_id: label or VoletKind(kind).label
        for volet_id, kind, label in session.execute(
            select(Volet.id, Volet.kind, Volet.label).where(Volet.programme_id == programme_id)
        )
    }
    cabinets = {
        cabinet_id: name for cabinet_id, name in session.execute(select(Cabinet.id, Cabinet.name))
    }
    return tuple(
        CostLineView(
            record=line,
            volet_name=volets.get(line.volet_id, "") if line.volet_id else "",
            cabinet_name=cabinets.get(line.cabinet_id, "") if line.cabinet_id else "",
        )
        for line in list_cost_lines(session, programme_id)
    )


def _association_budgets(
    session: Session, programme_id: str, participants: Participants, summary: BudgetSummary
) -> tuple[AssociationBudget, ...]:
    """Participants by name, each with the flat share and its volets' shares."""
    names = {volet.volet_id: volet.name for volet in summary.volets}
    members = _volet_members(session, participants, list(names))
    volets_of: dict[str, list[str]] = defaultdict(list)
    for volet_id in names:  # in the volets' order
        for association_id in members.get(volet_id, []):
            volets_of[association_id].append(names[volet_id])
    rows = session.execute(
        select(Association.id, Association.name)
        .join(Enrolment, Enrolment.association_id == Association.id)
        .where(*live_participation(programme_id))
        .order_by(Association.sort_name)
    ).all()
    count = len(rows)
    funded = round_exact(Fraction(summary.funded) / count) if count else None
    spent = _spent(session, programme_id)
    cost = round_exact(Fraction(spent) / count) if count else None
    return tuple(
        AssociationBudget(
            association_id=association_id,
            name=name,
            volets=", ".join(volets_of.get(association_id, [])),
            flat=summary.per_association_flat,
            by_volet=summary.per_association_by_volet.get(association_id),
            funded=funded,
            cost=cost,
        )
        for association_id, name in rows
    )


def _spent(session: Session, programme_id: str) -> Decimal:
    """The costs as they stand: each line's actual amount when known, else its planned one."""
    amount = func.coalesce(CostLine.actual_amount, CostLine.planned_amount)
    total = session.scalar(
        select(func.coalesce(func.sum(amount), 0)).where(
            CostLine.programme_id == programme_id, CostLine.deleted_at.is_(None)
        )
    )
    return Decimal(total or 0)
