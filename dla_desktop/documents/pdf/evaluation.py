"""The evaluation report of a programme: what a coordinator sends funders once it is over.

Its structure follows the published evaluations of collective accompaniments (history and
set-up, how each volet ran, evaluation per volet, lessons, contact) and adds what the data
holds: key figures, attendance, budget, participants, follow-up and partnerships. Every
figure is read from the ``EvaluationReport`` (computed by the services), never recomputed,
so the report and the application always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import cache
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from dla_desktop.documents.pdf.charts import grouped_columns, horizontal_bars, pie
from dla_desktop.documents.pdf.layout import (
    CONTENT_WIDTH,
    DocumentInfo,
    data_table,
    key_figures,
    label_value_table,
    write_pdf,
)
from dla_desktop.documents.pdf.theme import (
    ACCENT,
    EMPTY,
    bullets,
    day,
    list_items,
    markup,
    money,
    number,
    out_of,
    paragraph,
    paragraphs,
    percent,
    period,
    styles,
    text,
)
from dla_desktop.domain.documents import EvaluationReport, VoletReport
from dla_desktop.domain.enums import EnrolmentStatus
from dla_desktop.domain.indicators import Rate

# Below this much room left on the page, a heading starts the next one (no lone headings).
HEADING_ROOM = {"h1": 45 * mm, "h2": 30 * mm, "h3": 22 * mm}


def write_evaluation(
    report: EvaluationReport, destination: Path, *, deterministic: bool = False
) -> Path:
    """Write the evaluation report of one programme to ``destination`` (PDF); returns it."""
    story: list[Flowable] = []
    paged = bool(report.volets or report.participants)  # else sections follow on: few pages
    for number_, (title, build, new_page) in enumerate(SECTIONS, start=1):
        if number_ > 1:
            story.append(PageBreak() if new_page and paged else _space(6))
        story += _heading(f"{number_}. {title}", "h1")
        story += build(report)
    return write_pdf(destination, story, _info(report), deterministic=deterministic)


def _info(report: EvaluationReport) -> DocumentInfo:
    """Metadata, running header and cover: the funder finds the programme in File > Properties."""
    programme = report.programme
    keywords = ["DLA", "accompagnement collectif", "évaluation", programme.theme]
    keywords += [volet.volet.display_name for volet in report.volets]
    return DocumentInfo(
        title=f"Rapport d'évaluation — {programme.title}",
        subject=f"Évaluation de l'accompagnement collectif « {programme.title} »",
        author=", ".join(office.name for office in report.offices) or "DLA Desktop",
        keywords=tuple(word for word in keywords if word.strip()),
        running_header=programme.title,
        contents=True,
        cover=_cover(report),
    )


# --- small helpers -----------------------------------------------------------------------


def _heading(title: str, level: str) -> list[Flowable]:
    """A heading that never sits alone at the foot of a page (it feeds the contents)."""
    return [CondPageBreak(HEADING_ROOM[level]), markup(text(title), level)]


def _count(value: int, singular: str, plural: str | None = None) -> str:
    """``1 association``, ``21 associations``: French plural after one."""
    word = singular if value <= 1 else (plural or f"{singular}s")
    return f"{number(value)} {word}"


def _attendance(rate: Rate) -> str:
    """``8 / 9 · 89 %``: present out of marked, then the rate; a dash when nothing was marked."""
    if not rate.total:
        return EMPTY
    return f"{number(rate.count)} / {number(rate.total)} · {percent(rate)}"


def _days(value: Decimal) -> str:
    """``31,5 jours``: follow-up days with at most two decimals."""
    return f"{number(value, 2)} {'jour' if value <= 1 else 'jours'}"


def _hours(value: Decimal) -> str:
    return f"{number(value, 2)} h" if value else EMPTY


def _note(message: str) -> Paragraph:
    """What a section says when it has nothing to show yet."""
    return markup(f"<i>{text(message)}</i>")


def _bullets(lines: Iterable[str]) -> list[Flowable]:
    """One bullet per non-blank line; a leading dash or bullet typed by the user is dropped."""
    return list(bullets(list_items(lines)))


def _space(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def _format(volet: VoletReport) -> str:
    """``3 demi-journées collectives, 1 entretien individuel par structure``."""
    record = volet.volet
    parts = []
    if record.collective_half_days:
        parts.append(
            _count(
                record.collective_half_days, "demi-journée collective", "demi-journées collectives"
            )
        )
    if record.collective_days:
        parts.append(_count(record.collective_days, "journée collective", "journées collectives"))
    if record.interviews_per_structure:
        interviews = _count(
            record.interviews_per_structure, "entretien individuel", "entretiens individuels"
        )
        parts.append(f"{interviews} par structure")
    return ", ".join(parts) or EMPTY


def _volet_title(volet: VoletReport) -> str:
    return f"Volet « {volet.volet.display_name} »"


# --- cover -------------------------------------------------------------------------------


@cache
def _cover_style(name: str) -> ParagraphStyle:
    """The cover's own sizes: a bigger title, an accent line above it."""
    if name == "kicker":
        return ParagraphStyle(
            "cover_kicker", parent=styles()["h3"], textColor=ACCENT, fontSize=11, leading=14
        )
    return ParagraphStyle("cover_title", parent=styles()["title"], fontSize=26, leading=33)


def _cover(report: EvaluationReport) -> list[Flowable]:
    """Title page: what, for whom, when, paid by whom, issued when."""
    programme = report.programme
    offices = "\n".join(
        f"{office.name} ({office.carrier})" if office.carrier.strip() else office.name
        for office in report.offices
    )
    funders = "\n".join(funder.name for funder in report.indicators.budget.funders)
    flowables: list[Flowable] = [
        _space(30),
        Paragraph("RAPPORT D'ÉVALUATION", _cover_style("kicker")),
        _space(3),
        Paragraph(text(programme.title), _cover_style("title")),
    ]
    if programme.theme.strip():
        flowables += [_space(2), paragraph(programme.theme, "subtitle")]
    flowables += [
        _space(14),
        label_value_table(
            [
                ("Porté par", offices),
                ("Période", period(programme.start_date, programme.end_date, "dates non fixées")),
                ("Financeurs", funders),
                ("Statut", programme.status.label),
            ],
            label_share=0.25,
        ),
        _space(40),
        markup(f"Rapport d'évaluation · Édité le {day(report.issued_on)}", "small"),
    ]
    return flowables


# --- 1. key figures ----------------------------------------------------------------------


def _key_figures(report: EvaluationReport) -> list[Flowable]:
    indicators = report.indicators
    budget = indicators.budget
    figures = [
        (number(indicators.associations), "associations"),
        (number(indicators.jobs_headcount), "emplois concernés"),
        (number(indicators.jobs_fte, 2), "équivalents temps plein"),
        (money(budget.budget), "budget global d'ingénierie"),
        (money(budget.per_association_flat), "par association (forfait)"),
        (number(len(report.volets)), "volets"),
        (number(indicators.sessions_held), "séances tenues"),
        (percent(indicators.attendance), "taux de présence"),
        (number(indicators.partnerships_obtained), "partenariats obtenus"),
    ]
    programme = report.programme
    summary = (
        f"{_count(indicators.associations, 'association')} "
        f"({_count(indicators.jobs_headcount, 'emploi concerné', 'emplois concernés')})"
    )
    if programme.start_date or programme.end_date:
        done = "accompagnée" if indicators.associations <= 1 else "accompagnées"
        summary += f", {done} {period(programme.start_date, programme.end_date)}"
    summary += f". Budget global d'ingénierie : {money(budget.budget)}"
    if budget.per_association_flat is not None:
        summary += f" ({money(budget.per_association_flat)} par association)"
    return [key_figures(figures, per_row=3), _space(), paragraph(summary + ".")]


# --- 2. history and set-up ---------------------------------------------------------------


def _history(report: EvaluationReport) -> list[Flowable]:
    programme = report.programme
    story: list[Flowable] = []
    for title, value, missing in (
        ("Historique", programme.history, "Historique non renseigné."),
        ("Objectif", programme.objective, "Objectif non renseigné."),
        ("Cahier des charges", programme.specification, "Cahier des charges non renseigné."),
    ):
        story += _heading(title, "h2")
        story += paragraphs(value) or [_note(missing)]
    story += _heading("Dates clés et inscriptions", "h2")
    story.append(
        label_value_table(
            [
                ("Réunion d'information", day(programme.info_meeting_date)),
                ("Démarrage", day(programme.start_date)),
                ("Fin", day(programme.end_date)),
                ("Inscriptions", _enrolled(report)),
            ]
        )
    )
    return story


def _enrolled(report: EvaluationReport) -> str:
    """``30 associations invitées, 21 inscrites (dont 1 abandon)``."""
    enrolled = report.indicators.associations
    invited = report.programme.invited_count
    if invited is None:
        line = f"{_count(enrolled, 'association inscrite', 'associations inscrites')}"
    else:
        line = (
            f"{_count(invited, 'association invitée', 'associations invitées')}, "
            f"{number(enrolled)} {'inscrite' if enrolled <= 1 else 'inscrites'}"
        )
    dropped = sum(1 for p in report.participants if p.status is EnrolmentStatus.ABANDON)
    if dropped:
        line += f" (dont {_count(dropped, 'abandon')})"
    return line


# --- 3. how it ran -----------------------------------------------------------------------


def _running(report: EvaluationReport) -> list[Flowable]:
    if not report.volets:
        story: list[Flowable] = [_note("Aucun volet n'a encore été défini.")]
    else:
        story = [
            paragraph(
                f"L'accompagnement compte {_count(len(report.volets), 'volet')}, "
                "chacun confié à un cabinet :"
            ),
            _space(2),
            data_table(
                ["Volet", "Cabinet", "Format", "Associations", "Présence"],
                [
                    (
                        v.volet.display_name,
                        v.cabinet_name,
                        _format(v),
                        number(len(v.members)),
                        _attendance(v.attendance),
                    )
                    for v in report.volets
                ],
                [0.17, 0.2, 0.29, 0.15, 0.19],
                right=[3, 4],
            ),
        ]
        for volet in report.volets:
            story += _volet_running(volet)
    story += _heading("Pilotage", "h2")
    committees = report.steering_committees
    story.append(
        paragraph(
            f"{_count(committees, 'comité de pilotage tenu', 'comités de pilotage tenus')}."
            if committees
            else "Aucun comité de pilotage tenu."
        )
    )
    return story


def _volet_running(volet: VoletReport) -> list[Flowable]:
    """One volet: its cabinet, format, groups, sessions and attendance."""
    story = _heading(_volet_title(volet), "h2")
    story.append(
        label_value_table(
            [
                ("Cabinet", volet.cabinet_name),
                ("Format", _format(volet)),
                ("Participants", _count(len(volet.members), "association")),
                ("Entretiens individuels", _interviews(volet)),
                ("Présence sur le volet", _attendance(volet.attendance)),
            ]
        )
    )
    story.append(_space(2))
    if volet.subgroups:
        story += _heading("Sous-groupes", "h3")
        for group in volet.subgroups:
            members = ", ".join(group.members)
            story.append(
                markup(
                    f"<b>{text(group.name)}</b> ({_count(len(group.members), 'association')}) : "
                    f"{text(members)}"
                )
            )
    elif volet.members:
        story += _heading("Associations", "h3")
        story.append(paragraph(", ".join(volet.members)))
    story += _heading("Séances collectives", "h3")
    if not volet.sessions:
        story.append(_note("Aucune séance collective."))
        return story
    rows = [
        (
            day(s.date),
            s.kind.label.removesuffix(" collective"),  # the table says they are
            s.title,
            s.subgroup,
            _hours(s.duration_hours),
            _attendance(s.attendance),
        )
        for s in volet.sessions
    ]
    story.append(
        data_table(
            ["Date", "Type", "Intitulé", "Sous-groupe", "Durée", "Présence"],
            rows,
            [0.19, 0.15, 0.22, 0.16, 0.09, 0.19],
            right=[4, 5],
        )
    )
    return story


def _interviews(volet: VoletReport) -> str:
    """``9 entretiens tenus · présence 9 / 9 · 100 %``."""
    if not volet.interviews_held:
        return "aucun entretien tenu"
    held = _count(volet.interviews_held, "entretien tenu", "entretiens tenus")
    if not volet.interviews_attendance.total:
        return held
    return f"{held} · présence {_attendance(volet.interviews_attendance)}"


# --- 4. participants ---------------------------------------------------------------------


def _participants(report: EvaluationReport) -> list[Flowable]:
    indicators = report.indicators
    if not report.participants:
        return [_note("Aucune association inscrite.")]
    rows = [
        (
            p.name + (" (abandon)" if p.status is EnrolmentStatus.ABANDON else ""),
            p.sector,
            p.town,
            number(p.employees),
            number(p.fte, 2),
            p.volets,
        )
        for p in report.participants
    ]
    total = (
        f"Total : {_count(indicators.associations, 'association')}",
        "",
        "",
        number(indicators.jobs_headcount),
        number(indicators.jobs_fte, 2),
        "",
    )
    jobs = _count(indicators.jobs_headcount, "emploi concerné", "emplois concernés")
    story: list[Flowable] = [
        paragraph(
            f"{_count(indicators.associations, 'association')} ({jobs}, "
            f"{number(indicators.jobs_fte, 2)} ETP), par ordre alphabétique."
        ),
        _space(2),
        data_table(
            ["Association", "Secteur", "Commune", "Emplois", "ETP", "Volets"],
            rows,
            [0.25, 0.16, 0.15, 0.11, 0.1, 0.23],
            right=[3, 4],
            total=total,
        ),
    ]
    if indicators.by_sector:
        story += _heading("Répartition par secteur", "h2")
        sectors = [(sector or "Non renseigné", count) for sector, count in indicators.by_sector]
        story.append(horizontal_bars(sectors, CONTENT_WIDTH))
    return story


# --- 5. budget ---------------------------------------------------------------------------


def _budget(report: EvaluationReport) -> list[Flowable]:
    budget = report.indicators.budget
    story: list[Flowable] = [
        label_value_table(
            [
                ("Budget global d'ingénierie", money(budget.budget)),
                ("Coûts prévus", money(budget.planned)),
                ("Coûts réalisés", money(budget.actual)),
                ("Financements obtenus", money(budget.funded)),
                ("Reste à financer", _unfunded(budget.unfunded)),
            ],
            label_share=0.4,
        )
    ]
    story += _budget_by_volet(report)
    story += _budget_by_association(report)
    story += _budget_by_funder(report)
    return story


def _unfunded(amount: Decimal) -> str:
    if amount > 0:
        return money(amount)
    if amount < 0:
        return f"aucun (financements supérieurs au budget de {money(-amount)})"
    return "aucun"


def _budget_by_volet(report: EvaluationReport) -> list[Flowable]:
    budget = report.indicators.budget
    story = _heading("Prévu et réalisé par volet", "h2")
    if not budget.volets:
        return story + [_note("Aucun volet budgété.")]
    rows = [
        (
            v.name,
            number(v.members),
            money(v.contracted),
            money(v.planned),
            money(v.actual),
            money(v.per_association),
        )
        for v in budget.volets
    ]
    contracted = sum((v.contracted for v in budget.volets), Decimal(0))
    total = ("Total", "", money(contracted), money(budget.planned), money(budget.actual), "")
    story.append(
        data_table(
            ["Volet", "Associations", "Contracté", "Prévu", "Réalisé", "Par association"],
            rows,
            [0.22, 0.15, 0.16, 0.15, 0.15, 0.17],
            right=[1, 2, 3, 4, 5],
            total=total,
        )
    )
    if not any(v.planned or v.actual for v in budget.volets):
        return story  # no cost line yet: an empty chart would say nothing
    story.append(_space(3))
    story.append(
        grouped_columns(
            [v.name for v in budget.volets],
            [
                ("Prévu", [v.planned for v in budget.volets]),
                ("Réalisé", [v.actual for v in budget.volets]),
            ],
            CONTENT_WIDTH,
            value_text=money,
        )
    )
    return story


def _budget_by_association(report: EvaluationReport) -> list[Flowable]:
    story = _heading("Par association", "h2")
    if not report.association_budgets:
        return story + [_note("Aucune association inscrite.")]
    story.append(
        paragraph(
            "Forfait : budget global divisé par le nombre d'associations. Selon volets : "
            "somme des parts des volets suivis. Financé et coût : financements et coûts "
            "partagés à parts égales entre les associations.",
            "small",
        )
    )
    story.append(_space(2))
    rows = [
        (b.name, b.volets, money(b.flat), money(b.by_volet), money(b.funded), money(b.cost))
        for b in report.association_budgets
    ]
    story.append(
        data_table(
            ["Association", "Volets", "Forfait", "Selon volets", "Financé", "Coût"],
            rows,
            [0.27, 0.21, 0.13, 0.13, 0.13, 0.13],
            right=[2, 3, 4, 5],
        )
    )
    return story


def _budget_by_funder(report: EvaluationReport) -> list[Flowable]:
    budget = report.indicators.budget
    heading = _heading("Répartition par financeur", "h2")
    if not budget.funders:
        return heading + [_note("Aucun financement enregistré.")]
    rows = [(f.name, f.kind.label, money(f.amount), percent(f.share)) for f in budget.funders]
    total = (
        "Total des financements",
        "",
        money(budget.funded),
        "100 %" if budget.funded else EMPTY,
    )
    table = data_table(
        ["Financeur", "Type", "Montant", "Part"],
        rows,
        [0.4, 0.3, 0.17, 0.13],
        right=[2, 3],
        total=total,
    )
    chart = pie([(f.name, f.amount) for f in budget.funders], CONTENT_WIDTH, value_text=money)
    block: list[Flowable] = [heading[-1], table, _space(3), chart]
    if budget.unfunded > 0:
        block.append(paragraph(f"Reste à financer : {money(budget.unfunded)}."))
    return [KeepTogether(block)]  # a few funders: the table and its pie on one page


# --- 6. evaluation per volet -------------------------------------------------------------


def _evaluation(report: EvaluationReport) -> list[Flowable]:
    if not report.volets:
        return [_note("Aucun volet à évaluer.")]
    story: list[Flowable] = []
    for volet in report.volets:
        record = volet.volet
        story += _heading(_volet_title(volet), "h2")
        story += _heading("Objectif", "h3")
        story += paragraphs(record.objective) or [_note("Objectif non renseigné.")]
        story += _heading("Bilan", "h3")
        story += paragraphs(record.assessment) or [_note("Bilan non renseigné.")]
        story += _heading("Pistes d'amélioration", "h3")
        story += _bullets(record.improvement_tracks) or [_note("Aucune piste renseignée.")]
    return story


# --- 7. follow-up ------------------------------------------------------------------------


def _followup(report: EvaluationReport) -> list[Flowable]:
    """Days of follow-up, then what the questionnaires said: waves, partnerships, jobs, ratings."""
    indicators = report.indicators
    followup = report.followup
    responses = indicators.questionnaire_responses
    story: list[Flowable] = [
        label_value_table(
            [
                ("Jours de suivi prévus", _days(indicators.followup_days_planned)),
                ("Jours de suivi réalisés", _days(indicators.followup_days_done)),
                ("Questionnaires envoyés", number(indicators.questionnaires_sent)),
                (
                    "Réponses",
                    f"{out_of(responses)} ({percent(responses)})" if responses.total else EMPTY,
                ),
                ("Partenariats déclarés", _respondents(indicators.partnership_respondents)),
                ("Emplois créés", number(followup.jobs_created)),
                ("Emplois consolidés", number(followup.jobs_consolidated)),
            ],
            label_share=0.35,
        )
    ]
    story += _heading("Questionnaires par vague", "h2")
    story += _waves(report)
    story += _heading("Partenariats déclarés dans les réponses", "h2")
    story += _declared(report)
    story += _heading("Satisfaction par volet", "h2")
    story += _satisfaction(report)
    story += _heading("Partenariats obtenus", "h2")
    story += _partnerships(report)
    return story


def _waves(report: EvaluationReport) -> list[Flowable]:
    """One row per wave (3, 6, 12 mois): sent, answered, rate, partnerships, jobs."""
    waves = report.followup.waves
    if not waves:
        return [_note("Aucun questionnaire envoyé.")]
    rows = [
        (
            f"{wave.months_after} mois",
            number(wave.responses.total),
            number(wave.responses.count),
            percent(wave.responses),
            f"{out_of(wave.partnerships)}" if wave.partnerships.total else EMPTY,
            number(wave.jobs_created),
            number(wave.jobs_consolidated),
        )
        for wave in waves
    ]
    return [
        data_table(
            [
                "Vague",
                "Envoyés",
                "Réponses",
                "Taux de réponse",
                "Partenariats",
                "Emplois créés",
                "Emplois consolidés",
            ],
            rows,
            [0.1, 0.13, 0.14, 0.15, 0.16, 0.15, 0.17],
            right=[1, 2, 3, 4, 5, 6],
        ),
        _space(2),
        _note(
            "Les emplois du tableau de synthèse sont ceux de la dernière réponse de chaque "
            "association : une association qui répond à plusieurs vagues n'est comptée qu'une fois."
        ),
    ]


def _declared(report: EvaluationReport) -> list[Flowable]:
    """What respondents declared (their latest answer): count, rate, categories, amount."""
    followup = report.followup
    rate = followup.partnerships
    if not rate.count:
        return [_note("Aucun partenariat déclaré dans les réponses.")]
    declared = _count(rate.count, "association", "associations")
    amount = (  # no amount given in any answer: say nothing rather than "0 €"
        f", pour un montant total de {money(followup.partnerships_amount)}"
        if followup.partnerships_amount
        else ""
    )
    story: list[Flowable] = [
        paragraph(
            f"{declared} sur {number(rate.total)} ayant répondu ({percent(rate)}) "
            f"déclare{'nt' if rate.count > 1 else ''} un partenariat{amount}."
        ),
        _space(2),
    ]
    if followup.partnerships_by_category:
        categories = [(c.label, n) for c, n in followup.partnerships_by_category]
        story.append(horizontal_bars(categories, CONTENT_WIDTH, title="Par catégorie"))
    unsorted = rate.count - sum(n for _c, n in followup.partnerships_by_category)
    if unsorted > 0:
        story.append(_note(f"Catégorie non précisée dans {_count(unsorted, 'réponse')}."))
    return story


def _satisfaction(report: EvaluationReport) -> list[Flowable]:
    """Average rating of each volet out of 5, with how many respondents rated it."""
    volets = report.followup.satisfaction
    if not any(volet.ratings for volet in volets):
        return [_note("Aucune note de satisfaction reçue.")]
    rows = [
        (
            volet.name,
            f"{number(volet.average, 1)} / 5" if volet.average is not None else EMPTY,
            number(volet.ratings),
        )
        for volet in volets
    ]
    return [
        data_table(
            ["Volet", "Note moyenne", "Nombre de notes"], rows, [0.6, 0.2, 0.2], right=[1, 2]
        )
    ]


def _respondents(rate: Rate) -> str:
    """``1 association sur 6 ayant répondu a obtenu un partenariat``."""
    if not rate.total:
        return "aucune réponse au questionnaire"
    if not rate.count:
        return (
            f"aucune des {number(rate.total)} associations ayant répondu n'a obtenu de partenariat"
        )
    if rate.count == 1:
        return f"1 association sur {number(rate.total)} ayant répondu a obtenu un partenariat"
    return (
        f"{number(rate.count)} associations sur {number(rate.total)} "
        "ayant répondu ont obtenu un partenariat"
    )


def _partnerships(report: EvaluationReport) -> list[Flowable]:
    indicators = report.indicators
    if not indicators.partnerships_obtained and not report.partnerships:
        return [_note("Aucun partenariat obtenu à ce jour.")]
    obtained = _count(
        indicators.partnerships_obtained, "partenariat obtenu", "partenariats obtenus"
    )
    story: list[Flowable] = [
        paragraph(f"{obtained}, pour un montant total de {money(indicators.partnerships_amount)}."),
        _space(2),
    ]
    if indicators.partnerships_by_category:
        categories = [(c.label, n) for c, n in indicators.partnerships_by_category]
        story.append(horizontal_bars(categories, CONTENT_WIDTH, title="Par catégorie"))
    rows = [
        (
            p.association,
            p.company,
            p.category.label,
            p.status.label,
            day(p.status_date),
            money(p.amount),
        )
        for p in report.partnerships
    ]
    total = ("Total", "", "", "", "", money(indicators.partnerships_amount))
    story.append(
        data_table(
            ["Association", "Entreprise", "Catégorie", "Statut", "Date", "Montant"],
            rows,
            [0.19, 0.18, 0.16, 0.11, 0.2, 0.16],
            right=[5],
            total=total,
        )
    )
    return story


# --- 8. lessons, 9. contact --------------------------------------------------------------


def _lessons(report: EvaluationReport) -> list[Flowable]:
    lines = report.programme.lessons.replace("\r\n", "\n").split("\n")
    return _bullets(lines) or [_note("Enseignements non renseignés.")]


def _contact(report: EvaluationReport) -> list[Flowable]:
    if not report.offices:
        return [_note("Aucun bureau renseigné.")]
    story: list[Flowable] = []
    for office in report.offices:
        lines = [f"<b>{text(office.name)}</b>"]
        lines += [
            text(value)
            for value in (office.carrier, office.town, office.email, office.phone)
            if value.strip()
        ]
        story += [KeepTogether([markup("<br/>".join(lines))]), _space(3)]
    return story


Section = tuple[str, Callable[[EvaluationReport], list[Flowable]], bool]

# (numbered title, what it holds, whether it opens a page): key figures and history share
# the first page of the report, the contact follows the lessons.
SECTIONS: tuple[Section, ...] = (
    ("Chiffres clés", _key_figures, False),
    ("Historique et montage", _history, False),
    ("Déroulement de l'accompagnement", _running, True),
    ("Participants", _participants, True),
    ("Budget", _budget, True),
    ("Évaluation par volet", _evaluation, True),
    ("Suivi post-accompagnement", _followup, True),
    ("Enseignements et facteurs de succès", _lessons, True),
    ("Contact", _contact, False),
)
