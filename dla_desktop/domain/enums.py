"""Closed vocabularies of the field, stored by value, shown by their French label.

Labels are plain French strings: the domain imports no Qt, so the UI passes them
through ``QCoreApplication.translate("enums", label)`` when it shows them.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a French label for display."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


class ProgrammeStatus(LabelledEnum):
    MONTAGE = "montage", "En montage"
    EN_COURS = "en_cours", "En cours"
    SUIVI = "suivi", "Suivi post-accompagnement"
    CLOS = "clos", "Clos"


class VoletKind(LabelledEnum):
    MARKETING = "marketing", "Marketing"
    MECENAT = "mecenat", "Mécénat"
    FISCALITE = "fiscalite", "Fiscalité"
    AUTRE = "autre", "Autre"


class SessionKind(LabelledEnum):
    DEMI_JOURNEE = "demi_journee", "Demi-journée collective"
    JOURNEE = "journee", "Journée collective"
    ENTRETIEN = "entretien", "Entretien individuel"
    COMITE = "comite", "Comité de pilotage"


class AttendanceStatus(LabelledEnum):
    PRESENT = "present", "Présent"
    ABSENT = "absent", "Absent"
    EXCUSE = "excuse", "Excusé"


class EnrolmentStatus(LabelledEnum):
    INSCRITE = "inscrite", "Inscrite"
    ACTIVE = "active", "Active"
    ABANDON = "abandon", "Abandon"


class FunderKind(LabelledEnum):
    ETAT = "etat", "État / DREETS"
    BANQUE_TERRITOIRES = "banque_territoires", "Banque des Territoires"
    REGION = "region", "Conseil régional"
    DEPARTEMENT = "departement", "Conseil départemental"
    METROPOLE = "metropole", "Métropole"
    FSE = "fse", "Fonds social européen (FSE)"
    FONDATION = "fondation", "Fondation"
    ENTREPRISE = "entreprise", "Entreprise"
    AUTRE = "autre", "Autre"


class CompanySize(LabelledEnum):
    TPE = "tpe", "TPE"
    PME = "pme", "PME"
    ETI = "eti", "ETI"
    GE = "ge", "Grand groupe"


class PartnershipCategory(LabelledEnum):
    MECENAT_FINANCIER = "mecenat_financier", "Mécénat financier"
    MECENAT_COMPETENCES = "mecenat_competences", "Mécénat de compétences"
    MECENAT_NATURE = "mecenat_nature", "Mécénat en nature"
    PRATIQUES_RESPONSABLES = "pratiques_responsables", "Pratiques responsables"
    COOPERATION_ECONOMIQUE = "cooperation_economique", "Coopération économique"
    INNOVATION_SOCIETALE = "innovation_societale", "Innovation sociétale"


class PartnershipStatus(LabelledEnum):
    IDEE = "idee", "Idée"
    CONTACT = "contact", "Premier contact"
    DOSSIER_ENVOYE = "dossier_envoye", "Dossier envoyé"
    RENCONTRE = "rencontre", "Rendez-vous"
    SIGNE = "signe", "Signé"
    EN_COURS = "en_cours", "En cours"
    TERMINE = "termine", "Terminé"
    REFUSE = "refuse", "Refusé"


class PairRating(LabelledEnum):
    """How one side of a speed-dating pair judged the conversation, right after it."""

    NOT_HELD = "not_held", "N'a pas eu lieu"
    INSUFFICIENT = "insufficient", "Intérêt insuffisant"
    INFORMATIVE = "informative", "Échange instructif, sans coopération"
    COOPERATION = "cooperation", "Coopération possible"


class PairOutcome(LabelledEnum):
    """Where a pair stands at the second-stage follow-up, about six months later."""

    NONE = "none", "Pas de suite"
    DISCUSSING = "discussing", "Discussions en cours"
    AGREEMENT = "agreement", "Accord de coopération conclu"


class PairPreferenceKind(LabelledEnum):
    """A participant's wish about one pair, which the schedule must honour."""

    REQUESTED = "requested", "À faire se rencontrer"
    EXCLUDED = "excluded", "À éviter"


class ProjectStatus(LabelledEnum):
    """The progress of a project sub-group born from a meeting."""

    IDEA = "idea", "Idée"
    WORKING = "working", "En construction"
    FORMALISED = "formalised", "Projet formalisé"
    STOPPED = "stopped", "Arrêté"


# A partnership counts as obtained once it is signed, whatever happened after.
OBTAINED_PARTNERSHIP_STATUSES = frozenset(
    {PartnershipStatus.SIGNE, PartnershipStatus.EN_COURS, PartnershipStatus.TERMINE}
)


class MeetingFormat(LabelledEnum):
    SPEED_DATING = "speed_dating", "Speed dating"
    REUNION_INFORMATION = "reunion_information", "Réunion d'information"
    PETIT_DEJEUNER = "petit_dejeuner", "Petit-déjeuner"
    CONFERENCE = "conference", "Conférence"
    TABLE_RONDE = "table_ronde", "Table ronde"
    FORUM = "forum", "Forum ouvert"
    ATELIER = "atelier", "Atelier"


class FollowUpKind(LabelledEnum):
    ENTRETIEN = "entretien", "Entretien"
    VISITE = "visite", "Visite"
    TELEPHONE = "telephone", "Téléphone"
    ATELIER = "atelier", "Atelier"
    AUTRE = "autre", "Autre"


class ContactOwner(LabelledEnum):
    ASSOCIATION = "association", "Association"
    COMPANY = "company", "Entreprise"
    CABINET = "cabinet", "Cabinet"
    FUNDER = "funder", "Financeur"


# Sectors offered when typing an association's sector; the field stays free text.
ASSOCIATION_SECTORS = (
    "Culture",
    "Sport",
    "Environnement",
    "Santé et social",
    "Insertion",
    "Éducation populaire",
    "Solidarité internationale",
    "Autre",
)
