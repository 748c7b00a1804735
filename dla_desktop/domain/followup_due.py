"""What post-accompaniment follow-up is due or late, as the "À faire" list shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dla_desktop.domain.enums import LabelledEnum
from dla_desktop.domain.errors import ValidationError

DEFAULT_WAVES = (3, 6, 12)
MAX_WAVE_MONTHS = 120


class DueKind(LabelledEnum):
    QUESTIONNAIRE_TO_SEND = "questionnaire_to_send", "Questionnaire à envoyer"
    ANSWER_MISSING = "answer_missing", "Réponse attendue"
    DAYS_NOT_DONE = "days_not_done", "Jours de suivi à faire"
    NEXT_STEP_LATE = "next_step_late", "Prochaine étape dépassée"


@dataclass(frozen=True)
class DueItem:
    """One thing the coordinator should do, for one association of one programme."""

    kind: DueKind
    programme_id: str
    programme_title: str
    association_id: str
    association_name: str
    due_on: date  # when it became (or becomes) due
    late: bool  # past its date (today > due_on), shown in red
    detail: str  # French: "Vague à 6 mois", "1,0 jour sur 1,5", "Relancer le trésorier"
    months_after: int | None = None  # the wave, for questionnaires
    questionnaire_id: str | None = None  # ANSWER_MISSING: the questionnaire awaited


def parse_waves(text: str) -> tuple[int, ...]:
    """``"3, 6,12"`` -> ``(3, 6, 12)``: months after the end, sorted, each once, 1 to 120.

    Raises ValidationError (field ``questionnaire_waves``) with a French message.
    """
    parts = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    if not parts:
        return ()
    months: set[int] = set()
    for part in parts:
        if not part.isdigit() or not 1 <= int(part) <= MAX_WAVE_MONTHS:
            raise ValidationError.single(
                "questionnaire_waves",
                f"Vagues de questionnaire : « {part} » n'est pas un nombre de mois "
                f"entre 1 et {MAX_WAVE_MONTHS} (exemple : 3, 6, 12).",
            )
        months.add(int(part))
    return tuple(sorted(months))


def waves_text(months: tuple[int, ...]) -> str:
    """The stored form of waves: ``"3,6,12"``."""
    return ",".join(str(month) for month in months)
