"""The meeting page's tabs beside its Fiche: participants, planning, ratings, projects."""
