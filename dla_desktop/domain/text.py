"""Text keys for sorting and searching the way a French reader expects."""

from __future__ import annotations

import unicodedata


def folded(text: str) -> str:
    """``"Éclat  d'Été"`` -> ``"eclat d'ete"``: no accents, no case, single spaces.

    Sorting on this puts "Éclat" beside "Eclat" rather than after "Zèbre", and a
    search for "mecenat" finds "Mécénat".
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("œ", "oe").replace("æ", "ae").split())
