"""The rules of the meeting, on one page, with this meeting's own figures."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from dla_desktop.documents.pdf.layout import key_figures, write_pdf
from dla_desktop.documents.pdf.meeting.kinds import MaterialKind, document_info
from dla_desktop.documents.pdf.meeting.seats import (
    break_before,
    caption,
    clock,
    missing_pairs,
    real_associations,
)
from dla_desktop.documents.pdf.theme import bullets, markup, paragraph, styles, text
from dla_desktop.domain.meeting_views import MeetingPlan
from dla_desktop.domain.scheduling import MissingReason
from dla_desktop.domain.text import plural


def write_rules(plan: MeetingPlan, destination: Path, deterministic: bool) -> Path:
    """One page to read aloud and pin on the wall, with this meeting's own figures."""
    rounds = len(plan.schedule.rounds)
    story: list[Flowable] = [
        markup("Règles de la rencontre", "title"),
        paragraph(plan.title, "subtitle"),
        paragraph(caption(plan), "small"),
        Spacer(1, 4 * mm),
        key_figures(
            [
                (str(len(real_associations(plan))), "associations à leur table"),
                (str(len(plan.companies)), "entreprises qui se déplacent"),
                (str(rounds), "rotations"),
                (f"{plan.slot_minutes} min", "par rencontre"),
            ]
        ),
        markup("Le principe", "h1"),
        *bullets(_principle(plan)),
        markup(f"Une rencontre de {plan.slot_minutes} minutes", "h1"),
        *bullets(_one_meeting(plan)),
        markup("Au signal", "h1"),
        *bullets(_signal(plan)),
        markup("Deux règles d'or", "h1"),
        *_golden_rules(),
        markup("Après la rencontre", "h1"),
        paragraph(
            "Les organisateurs vous demanderont votre avis sur chacune de vos rencontres "
            "et sur la session. Une rencontre sans suite immédiate n'est pas un échec : "
            "ces retours préparent la prochaine session et les projets qui en naîtront."
        ),
    ]
    if plan.organisers.strip():
        story += [Spacer(1, 4 * mm), markup(f"Organisé par {text(plan.organisers)}.", "small")]
    info = document_info(plan, MaterialKind.RULES)
    return write_pdf(destination, story, info, deterministic=deterministic)


def _principle(plan: MeetingPlan) -> list[str]:
    """Who meets whom, for how long, and who moves."""
    rounds = len(plan.schedule.rounds)
    when = f", de {clock(plan.times[0].start)} à {clock(plan.times[-1].end)}" if plan.times else ""
    lines = [
        f"{plural(len(real_associations(plan)), 'association', 'associations')} et "
        f"{plural(len(plan.companies), 'entreprise', 'entreprises')} se rencontrent en "
        f"tête-à-tête, en {plural(rounds, 'rotation', 'rotations')} de "
        f"{plan.slot_minutes} minutes{when}.",
        "Chaque association garde sa table du début à la fin (son numéro est sur le "
        "chevalet) : ce sont les entreprises qui se déplacent.",
        "Votre agenda personnel indique, pour chaque rotation, l'horaire, la table et qui "
        "vous rencontrez.",
    ]
    lines.append(_coverage(plan))
    return lines


def _coverage(plan: MeetingPlan) -> str:
    """Whether everyone meets everyone, else how many pairs will not meet and why."""
    missing = missing_pairs(plan)
    if not missing:
        return "À la fin, chaque association aura rencontré chaque entreprise."
    reasons = sorted({m.reason for m in missing}, key=list(MissingReason).index)
    why = " ; ".join(_REASONS[reason] for reason in reasons)
    return (
        f"À la fin, chaque association aura rencontré chaque entreprise, sauf "
        f"{plural(len(missing), 'binôme', 'binômes')} ({why}) : la grille les liste."
    )


_REASONS = {
    MissingReason.CONFLICT: "demandes contradictoires",
    MissingReason.EXCLUDED: "à la demande d'un participant",
    MissingReason.ALREADY_MET: "déjà rencontrés lors d'une session précédente",
    MissingReason.ABSENT: "arrivée tardive ou départ anticipé",
    MissingReason.TIME: "faute de temps",
}


def _one_meeting(plan: MeetingPlan) -> list[str]:
    """One minute each to present, then the exchange, then the signal."""
    talk = plan.slot_minutes - 2
    lines = [
        "1 minute : l'association se présente — qui elle est, ce qu'elle fait, ce qu'elle cherche.",
        "1 minute : l'entreprise se présente — son activité, ce qui l'intéresse dans le "
        "monde associatif.",
    ]
    if talk > 0:
        lines.append(
            f"{plural(talk, 'minute', 'minutes')} d'échange libre : idées, besoins, "
            "compétences, envies de faire ensemble."
        )
    lines.append(
        "Au signal, la rencontre s'arrête, même au milieu d'une phrase : notez un mot pour "
        "vous en souvenir et échangez vos coordonnées."
    )
    return lines


def _signal(plan: MeetingPlan) -> list[str]:
    """Who moves, what a pause means, when the room breaks."""
    lines = [
        "Les entreprises se lèvent et rejoignent la table indiquée sur leur agenda pour la "
        "rotation suivante. Les associations restent assises."
    ]
    if any(round_.pauses for round_ in plan.schedule.rounds):
        lines.append(
            "Quand votre agenda indique « Pause », vous n'avez personne à rencontrer "
            "pendant cette rotation : restez à proximité, vous reprenez à la suivante."
        )
    breaks = [n for n in range(2, len(plan.schedule.rounds) + 1) if break_before(plan, n)]
    if breaks:
        after = _listed([str(n - 1) for n in breaks])
        which = "la rotation" if len(breaks) == 1 else "les rotations"
        line = f"Une pause de {plan.break_minutes} minutes pour tout le monde après {which} {after}"
        if plan.times:
            line += ", à " + _listed([clock(plan.times[n - 2].end) for n in breaks])
        lines.append(line + ".")
    return lines


def _listed(items: Sequence[str]) -> str:
    """``5, 10 et 15``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} et {items[-1]}"


def _golden_rules() -> list[Flowable]:
    """The two rules that make the format work, in bold, each with what it means."""
    rules = (
        (
            "L'association ne demande pas d'argent.",
            "Elle présente son projet, ses besoins et ce qu'elle peut apporter ; un soutien "
            "éventuel se discute plus tard, si les deux le souhaitent.",
        ),
        (
            "L'entreprise ne vend rien.",
            "Elle présente son activité et ce qui la motive : ce n'est ni un rendez-vous "
            "commercial ni de la prospection.",
        ),
    )
    flowables: list[Flowable] = [
        Paragraph(f"<b>{bold}</b> {rest}", styles()["bullet"], bulletText="•")
        for bold, rest in rules
    ]
    flowables.append(
        paragraph(
            "Le but est de faire connaissance : la suite (mécénat, bénévolat de compétences, "
            "projet commun) viendra après, si chacun y trouve son intérêt."
        )
    )
    return flowables
