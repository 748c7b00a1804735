"""Field checks that collect every problem of a draft into one French ValidationError."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Base
from dla_desktop.db.models.base import TEXT_LENGTH
from dla_desktop.domain import identifiers
from dla_desktop.domain.enums import LabelledEnum
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.money import MAX_AMOUNT, round_cents

D = TypeVar("D")

UNKNOWN_REFERENCE = "référence introuvable (fiche supprimée ou inconnue)."

# French names of fields, for messages ("SIRET : clé de contrôle incorrecte").
FIELD_LABELS = {
    "name": "Nom",
    "title": "Intitulé",
    "rna": "Numéro RNA",
    "siret": "SIRET",
    "siren": "SIREN",
    "email": "Courriel",
    "phone": "Téléphone",
    "postal_code": "Code postal",
    "employees": "Emplois",
    "fte": "ETP",
    "budget": "Budget d'ingénierie",
    "start_date": "Date de début",
    "end_date": "Date de fin",
    "amount": "Montant",
    "planned_amount": "Montant prévu",
    "actual_amount": "Montant réalisé",
    "contracted_amount": "Montant contractualisé",
    "day_rate": "Prix de journée",
    "last_name": "Nom",
    "label": "Libellé",
    "date": "Date",
    "duration_hours": "Durée (heures)",
    "duration_days": "Durée (jours)",
    "followup_days_planned": "Jours de suivi prévus",
    "months_after": "Délai (mois)",
    "slot_minutes": "Durée d'un créneau",
    "status": "Statut",
    "status_date": "Date du statut",
    "kind": "Type",
    "category": "Catégorie",
    "theme": "Thème",
    "sector": "Secteur",
    "activity": "Activité",
    "town": "Commune",
    "address": "Adresse",
    "size": "Taille",
    "first_name": "Prénom",
    "role": "Fonction",
    "carrier": "Structure porteuse",
    "departement": "Département",
    "info_meeting_date": "Date de la réunion d'information",
    "invited_count": "Nombre d'invités",
    "objective": "Objectif",
    "specification": "Cahier des charges",
    "history": "Historique",
    "lessons": "Enseignements",
    "office_ids": "Bureaux",
    "programme_id": "Programme",
    "association_id": "Association",
    "company_id": "Entreprise",
    "cabinet_id": "Cabinet",
    "funder_id": "Financeur",
    "volet_id": "Volet",
    "subgroup_id": "Sous-groupe",
    "session_id": "Séance",
    "meeting_id": "Rencontre",
    "collective_half_days": "Demi-journées collectives",
    "collective_days": "Journées collectives",
    "interviews_per_structure": "Entretiens par structure",
    "improvement_tracks": "Pistes d'amélioration",
    "assessment": "Bilan",
    "place": "Lieu",
    "note": "Note",
    "notes": "Notes",
    "next_step": "Prochaine étape",
    "next_step_date": "Date de la prochaine étape",
    "sent_on": "Date d'envoi",
    "answered_on": "Date de réponse",
    "jobs_created": "Emplois créés",
    "jobs_consolidated": "Emplois consolidés",
    "counterparts": "Contreparties",
    "project": "Projet",
    "needs": "Besoins",
    "project_budget": "Budget du projet",
    "break_every": "Pause toutes les N rotations",
    "leaders_count": "Nombre de dirigeants",
    "representatives": "Représentants",
    "presentation": "Présentation",
    "specialty": "Spécialité",
    "expectations": "Attentes",
    "origin_programme_id": "Programme d'origine",
    "origin_meeting_id": "Rencontre d'origine",
    "format": "Format",
    "series": "Série",
    "start_time": "Heure de début",
    "partnership_obtained": "Partenariat obtenu",
    "company_name": "Nom de l'entreprise",
    "comment": "Commentaire",
    "attendees": "Présents",
    # fields no form names, shown by the history and the merge
    "deleted_at": "Archivage",
    "erased_at": "Effacement (RGPD)",
    "prior_dla_support": "DLA antérieur",
    "has_cse": "CSE",
    "csr_interest": "Intérêt RSE",
    "office_id": "Bureau",
    "organisers": "Organisateurs",
    "break_minutes": "Durée de la pause",
    "rounds_available": "Rotations possibles",
    "arrives_at_round": "Arrivée à la rotation",
    "leaves_after_round": "Départ après la rotation",
    "round_number": "Rotation",
    "table_number": "Table",
    "association_rating": "Avis de l'association",
    "company_rating": "Avis de l'entreprise",
    "outcome": "Suite donnée",
    "outcome_date": "Date de la suite",
    "partnership_id": "Partenariat",
    "participant_id": "Participant",
    "satisfaction": "Satisfaction",
    "project_id": "Projet",
    "followed_by": "Suivi par",
    "questionnaire_waves": "Vagues de questionnaire",
    "answer_reminder_days": "Relance après (jours)",
    "form_sha256": "Formulaire importé",
}


def label_of(field: str) -> str:
    """The French name of a field, or the field itself when none was given."""
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


class Checker:
    """Reads a draft field by field, normalises values, and gathers errors and warnings.

    Text lengths come from the model's columns, so a bound is written in one place.
    """

    def __init__(self, draft: Any, model: type[Base]) -> None:
        self.draft = draft
        self.columns = model.__table__.c
        self.errors: dict[str, str] = {}
        self.warnings: dict[str, str] = {}
        self.changes: dict[str, Any] = {}

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, f"{label_of(field)} : {message}")

    def warn(self, field: str, message: str) -> None:
        self.warnings.setdefault(field, f"{label_of(field)} : {message}")

    def text(self, *names: str, required: bool = False) -> None:
        """Trim text fields; refuse empty required ones and over-long ones."""
        for name in names:
            value = getattr(self.draft, name)
            if not isinstance(value, str):
                self.fail(name, "texte attendu.")
                continue
            value = value.strip()
            limit = getattr(self.columns[name].type, "length", None) or TEXT_LENGTH
            if required and not value:
                self.fail(name, "à renseigner.")
            elif len(value) > limit:
                self.fail(name, f"{len(value)} caractères, {limit} au plus.")
            self.changes[name] = value

    def identifier(self, name: str, normalize: Callable[[str], str], *, warn: bool = False) -> None:
        """Normalise an optional identifier (SIRET, RNA, e-mail...) or report why it is wrong."""
        value = getattr(self.draft, name)
        if not isinstance(value, str):
            self.fail(name, "texte attendu.")
            return
        value = value.strip()
        if not value:
            self.changes[name] = ""
            return
        try:
            self.changes[name] = normalize(value)
        except ValueError as reason:
            (self.warn if warn else self.fail)(name, f"{reason}.")
            self.changes[name] = value
        limit = self.columns[name].type.length
        if len(self.changes[name]) > limit:
            self.fail(name, f"{len(self.changes[name])} caractères, {limit} au plus.")

    def contact_fields(self) -> None:
        """E-mail and phone, present on most things that have people behind them."""
        self.identifier("email", identifiers.normalize_email)
        self.identifier("phone", identifiers.normalize_phone)

    def amount(self, *names: str, required: bool = False) -> None:
        """Money: Decimal, not negative, rounded to the cent; None only when not required."""
        for name in names:
            value = getattr(self.draft, name)
            if value is None:
                if required:
                    self.fail(name, "à renseigner (0 si inconnu).")
                continue
            if not isinstance(value, Decimal) or not value.is_finite():
                self.fail(name, "montant illisible.")
            elif value < 0:
                self.fail(name, "un montant ne peut pas être négatif.")
            elif value > MAX_AMOUNT:
                self.fail(name, "montant trop élevé.")
            else:
                self.changes[name] = round_cents(value)

    def quantity(self, *names: str, maximum: Decimal = Decimal(100_000)) -> None:
        """A non-negative decimal quantity (FTE, days, hours), kept to two places."""
        for name in names:
            value = getattr(self.draft, name)
            if not isinstance(value, Decimal) or not value.is_finite():
                self.fail(name, "nombre illisible.")
            elif value < 0:
                self.fail(name, "ne peut pas être négatif.")
            elif value > maximum:
                self.fail(name, f"{maximum} au plus.")
            else:
                self.changes[name] = round_cents(value)

    def count(self, *names: str, maximum: int = 1_000_000, optional: bool = False) -> None:
        """A whole number that cannot be negative (jobs, sessions, minutes)."""
        for name in names:
            value = getattr(self.draft, name)
            if value is None and optional:
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                self.fail(name, "nombre entier attendu.")
            elif value < 0:
                self.fail(name, "ne peut pas être négatif.")
            elif value > maximum:
                self.fail(name, f"{maximum} au plus.")

    def choice(self, name: str, enum: type[LabelledEnum], *, optional: bool = False) -> None:
        """A value of a closed vocabulary (status, kind, category)."""
        value = getattr(self.draft, name)
        if value is None and optional:
            return
        if value is None:
            self.fail(name, "à choisir.")
            return
        try:
            self.changes[name] = enum(value)
        except ValueError:
            self.fail(name, f"valeur inconnue « {value} ».")

    def dates(self, *names: str, optional: bool = True) -> None:
        """Real dates only (a typed 31/02 never reaches here: it is not a date)."""
        for name in names:
            value = getattr(self.draft, name)
            if value is None and optional:
                continue
            if not isinstance(value, date) or not 1900 <= value.year <= 2200:
                self.fail(name, "date invalide.")
            elif isinstance(value, datetime):  # a spreadsheet's timestamp: keep the day
                self.changes[name] = value.date()

    def times(self, *names: str) -> None:
        """Optional times of day (a meeting's start)."""
        for name in names:
            value = getattr(self.draft, name)
            if value is not None and not isinstance(value, time):
                self.fail(name, "heure invalide.")

    def lines(self, name: str, *, most: int, length: int) -> None:
        """A list of short texts (improvement tracks): trimmed, blank ones dropped."""
        value = getattr(self.draft, name)
        if not isinstance(value, (tuple, list)) or not all(isinstance(v, str) for v in value):
            self.fail(name, "liste de textes attendue.")
            return
        kept = tuple(line.strip() for line in value if line.strip())
        if len(kept) > most:
            self.fail(name, f"{len(kept)} éléments, {most} au plus.")
        elif any(len(line) > length for line in kept):
            self.fail(name, f"un élément dépasse {length} caractères.")
        self.changes[name] = kept

    def boolean(self, *names: str) -> None:
        """Yes/no fields take True or False only ("oui" is the importer's job to read)."""
        for name in names:
            if not isinstance(getattr(self.draft, name), bool):
                self.fail(name, "oui ou non attendu.")

    def date_order(self, start: str, end: str) -> None:
        """An end date never before its start."""
        first = self.changes.get(start, getattr(self.draft, start))
        last = self.changes.get(end, getattr(self.draft, end))
        if isinstance(first, date) and isinstance(last, date) and last < first:
            self.fail(end, f"ne peut pas précéder « {label_of(start).lower()} ».")

    def reference(self, session: Session, name: str, model: type[Base], *, optional: bool = False):
        """An id that must name a live (not archived) row of ``model``."""
        value = getattr(self.draft, name)
        if value is None and optional:
            return
        found = (
            isinstance(value, str)
            and value
            and session.scalar(
                select(model.id).where(model.id == value, model.deleted_at.is_(None))  # type: ignore[attr-defined]
            )
        )
        if not found:
            self.fail(name, UNKNOWN_REFERENCE)

    def references(
        self, session: Session, name: str, model: type[Base], *, unknown: str = UNKNOWN_REFERENCE
    ) -> None:
        """Ids (kept in a link table) that must each name a live row of ``model``; no repeats."""
        value = getattr(self.draft, name)
        if not isinstance(value, (tuple, list)) or not all(isinstance(v, str) for v in value):
            self.fail(name, "liste de fiches attendue.")
            return
        ids = tuple(dict.fromkeys(value))
        live = set(
            session.scalars(
                select(model.id).where(model.id.in_(ids), model.deleted_at.is_(None))  # type: ignore[attr-defined]
            )
        )
        if not live.issuperset(ids):
            self.fail(name, unknown)
        self.changes[name] = ids

    def result(self) -> Any:
        """The normalised draft, or a ValidationError naming every wrong field."""
        if self.errors:
            raise ValidationError(self.errors)
        known = {f.name for f in fields(self.draft)}
        return replace(self.draft, **{k: v for k, v in self.changes.items() if k in known})
