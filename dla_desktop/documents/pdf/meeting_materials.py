"""The printed material of a speed-dating meeting: the public names of ``pdf.meeting``.

Five files a coordinator prints before the meeting: the master grid, one agenda per
participant, a folding card per table, the list of participants and the rules. The
package ``dla_desktop.documents.pdf.meeting`` lays them out; callers import from here.
"""

from __future__ import annotations

from dla_desktop.documents.pdf.meeting.kinds import (
    TITLES,
    MaterialKind,
    check_plan,
    material_file_name,
)
from dla_desktop.documents.pdf.meeting.writing import (
    write_meeting_material,
    write_meeting_materials,
)

__all__ = [
    "TITLES",
    "MaterialKind",
    "check_plan",
    "material_file_name",
    "write_meeting_material",
    "write_meeting_materials",
]
