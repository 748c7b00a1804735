"""Writing the five documents of a meeting, or one of them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dla_desktop.documents.pdf.meeting.agendas import write_agendas
from dla_desktop.documents.pdf.meeting.cards import write_cards
from dla_desktop.documents.pdf.meeting.grid import write_grid
from dla_desktop.documents.pdf.meeting.kinds import MaterialKind, check_plan, material_file_name
from dla_desktop.documents.pdf.meeting.participants import write_participants
from dla_desktop.documents.pdf.meeting.rules import write_rules
from dla_desktop.domain.meeting_views import MeetingPlan

Written = Callable[[int, int, str], None]


def write_meeting_materials(
    plan: MeetingPlan,
    folder: Path,
    *,
    deterministic: bool = False,
    on_written: Written | None = None,
) -> list[Path]:
    """Write the five documents into ``folder`` (created if missing), one PDF each.

    ``on_written(done, total, file_name)`` runs after each file and may raise to stop (a
    cancel button); each file is written atomically, so those written are complete.
    """
    check_plan(plan)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for done, kind in enumerate(MaterialKind, start=1):
        name = material_file_name(kind, plan)
        written.append(
            write_meeting_material(kind, plan, folder / name, deterministic=deterministic)
        )
        if on_written is not None:
            on_written(done, len(MaterialKind), name)
    return written


def write_meeting_material(
    kind: MaterialKind, plan: MeetingPlan, destination: Path, *, deterministic: bool = False
) -> Path:
    """Write one of the documents to ``destination`` (replaced atomically)."""
    check_plan(plan)
    writers = {
        MaterialKind.GRID: write_grid,
        MaterialKind.AGENDAS: write_agendas,
        MaterialKind.CARDS: write_cards,
        MaterialKind.PARTICIPANTS: write_participants,
        MaterialKind.RULES: write_rules,
    }
    return writers[kind](plan, Path(destination), deterministic)
