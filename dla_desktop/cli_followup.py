"""``dla-desktop questionnaires`` and ``import-answers``: what was written, stored or refused."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dla_desktop.domain.dates import format_date
from dla_desktop.domain.questionnaire_forms import (
    AnswerFate,
    AnswerImportRow,
    AnswerImportSummary,
    WaveMail,
)
from dla_desktop.domain.text import plural

# What happened to each file, as a word after its name; REFUSED messages name the file.
_FATE_WORDS = {
    AnswerFate.READY: "enregistré",
    AnswerFate.ALREADY: "déjà importé",
    AnswerFate.ANSWERED: "déjà répondu",
}
_FATE_WORDS_DRY = _FATE_WORDS | {AnswerFate.READY: "prêt à enregistrer"}


def no_wave_due(title: str, waves: Sequence[int], end: date | None, today: date) -> str:
    """Why nothing was sent: no wave has come, or every participant has had it."""
    planned = ", ".join(str(months) for months in waves) or "aucune"
    after = f" après le {format_date(end)}" if end else ""
    return (
        f"Aucune vague de questionnaire à envoyer au {format_date(today)} pour « {title} » "
        f"(vagues : {planned} mois{after})."
    )


def wave_report(
    months: int,
    mails: Sequence[WaveMail],
    written: Sequence[Path],
    folder: Path,
    *,
    resend: bool = False,
) -> list[str]:
    """The files written for one wave, then the associations whose draft has no address."""
    if not mails:
        done = "l'ont reçue et y ont répondu" if resend else "l'ont déjà reçue"
        return [f"Vague à {months} mois : rien à écrire, toutes les associations {done}."]
    forms = plural(len(mails), "formulaire et son brouillon", "formulaires et leurs brouillons")
    lines = [f"Vague à {months} mois : {forms} écrits dans « {folder} » :"]
    lines.extend(f"  {path.name}" for path in written)
    lines.extend(missing_addresses(mails))
    return lines


def missing_addresses(mails: Sequence[WaveMail]) -> list[str]:
    """The associations to write to by hand: no contact and no e-mail of their own."""
    names = [mail.content.association_name for mail in mails if not mail.recipients]
    if not names:
        return []
    heading = plural(len(names), "association sans adresse", "associations sans adresse")
    return [f"{heading} e-mail (brouillon sans destinataire) :", *(f"  {n}" for n in names)]


def answer_line(row: AnswerImportRow, *, dry_run: bool) -> str:
    """One file: ✓ stored, = skipped, ✗ refused (why); whose answer, to which programme."""
    if row.fate is AnswerFate.REFUSED:
        return f"✗ refusé : {row.message}"
    mark = "✓" if row.fate is AnswerFate.READY else "="
    word = (_FATE_WORDS_DRY if dry_run else _FATE_WORDS)[row.fate]
    programme = f"{row.programme_title}, " if row.programme_title else ""
    who = f"{row.association_name}, {programme}{row.months_after} mois"  # which programme
    return f"{mark} {row.path.name} ({who}) : {word} — {row.message}"


def answers_summary(summary: AnswerImportSummary) -> str:
    """The import in one sentence."""
    parts = [plural(summary.stored, "réponse enregistrée", "réponses enregistrées")]
    if summary.skipped:
        parts.append(plural(summary.skipped, "fichier ignoré", "fichiers ignorés"))
    if summary.partnerships_created:
        parts.append(plural(summary.partnerships_created, "partenariat créé", "partenariats créés"))
    if summary.partnerships_updated:
        parts.append(
            plural(
                summary.partnerships_updated, "partenariat mis à jour", "partenariats mis à jour"
            )
        )
    return "Import terminé : " + ", ".join(parts) + "."


def partnership_hint(rows: Sequence[AnswerImportRow], *, dry_run: bool) -> str:
    """Say that answers report partnerships the import did not create (no option given).

    Only a dry run can still add --create-partnerships: once the answers are stored, a
    second import skips them, so the partnership is created from the questionnaire's sheet.
    """
    count = sum(1 for row in rows if row.proposes_partnership)
    if not count:
        return ""
    reports = plural(count, "réponse signale", "réponses signalent")
    if dry_run:
        them = "l'enregistrer" if count == 1 else "les enregistrer"
        made = (
            "créé, ou mis à jour s'il existe"
            if count == 1
            else "créés, ou mis à jour s'ils existent"
        )
        return (
            f"{reports} un partenariat obtenu : ajoutez --create-partnerships pour {them} "
            f"dans les partenariats ({made})."
        )
    it = "créez-le" if count == 1 else "créez-les"
    return (
        f"{reports} un partenariat obtenu, non créé : {it} depuis la fiche du questionnaire "
        "(Saisir la réponse…) dans l'application."
    )
