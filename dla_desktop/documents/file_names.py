"""File names made from what users typed, safe on Windows, macOS and Linux.

No reportlab here: the UI proposes names with it at no start-up cost.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

FILE_NAME_LIMIT = 120  # characters; a folder path plus this stays under Windows' 260
FILE_NAME_BYTES = 240  # UTF-8 bytes: Linux and macOS refuse names over 255
FORBIDDEN = str.maketrans(
    {"/": "-", "\\": "-", "|": "-", ":": " -", "*": "", "?": "", '"': "'", "<": "", ">": ""}
)
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{port}{n}" for port in ("COM", "LPT") for n in range(10)
}


def safe_file_name(parts: Sequence[str], suffix: str) -> str:
    """Parts joined by `` - ``, cleaned for Windows, macOS and Linux, and kept short.

    Characters Windows refuses become dashes or disappear, control characters go, blank
    parts read "Sans nom", and the longest parts are shortened first so each stays readable.
    """
    cleaned = [_clean(part) or "Sans nom" for part in parts]
    room = FILE_NAME_LIMIT - len(suffix) - 3 * (len(cleaned) - 1)
    while sum(len(part) for part in cleaned) > room or _bytes(cleaned, suffix) > FILE_NAME_BYTES:
        longest = max(range(len(cleaned)), key=lambda i: len(cleaned[i]))
        cleaned[longest] = _clean(cleaned[longest][:-2]) + "…"
    stem = " - ".join(cleaned)
    if stem.split(".")[0].strip().upper() in RESERVED:
        stem = f"_{stem}"
    return stem + suffix


def unique_names(names: Sequence[str]) -> list[str]:
    """Each name once: the second "x.pdf" becomes "x (2).pdf" (case-blind, as Windows is)."""
    taken: set[str] = set()
    unique: list[str] = []
    for name in names:
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, ""
        candidate, copy = name, 1
        while candidate.casefold() in taken:
            copy += 1
            candidate = f"{stem} ({copy}){dot}{suffix}"
        taken.add(candidate.casefold())
        unique.append(candidate)
    return unique


def _clean(part: str) -> str:
    """One part of a file name: forbidden and control characters out, single spaces."""
    part = unicodedata.normalize("NFC", part).translate(FORBIDDEN)
    part = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in part)
    return " ".join(part.split()).strip(" .")


def _bytes(parts: Sequence[str], suffix: str) -> int:
    return len((" - ".join(parts) + suffix).encode("utf-8"))
