"""Text keys for sorting and searching the way a French reader expects."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from dla_desktop.domain.money import format_decimal


def folded(text: str) -> str:
    """``"Éclat  d'Été"`` -> ``"eclat d'ete"``: no accents, no case, single spaces.

    Sorting on this puts "Éclat" beside "Eclat" rather than after "Zèbre", and a
    search for "mecenat" finds "Mécénat".
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("œ", "oe").replace("æ", "ae").split())


def format_size(size: int) -> str:
    """Bytes the French way: ``850 octets``, ``12,3 ko``, ``1,2 Mo``."""
    if size < 1000:
        return f"{size} octets"
    for unit, scale in (("ko", 10**3), ("Mo", 10**6), ("Go", 10**9)):
        if size < scale * 1000 or unit == "Go":
            return f"{format_decimal(Decimal(size) / scale, 1)} {unit}"
    raise AssertionError("unreachable")


def plural(count: int, one: str, many: str, *, grouped: bool = False) -> str:
    """``0 ligne rejetée``, ``1 ligne``, ``3 lignes``; ``grouped``: ``10 000``.

    French takes the singular for 0 as for 1 ("0 fiche créée"), where English says
    "0 records"; the tests hold it.
    """
    shown = grouped_count(count) if grouped else str(count)
    return f"{shown} {one if abs(count) <= 1 else many}"


def grouped_count(count: int) -> str:
    """``10 000``: thousands grouped by a no-break space, as amounts are."""
    return format_decimal(Decimal(count), 0)
