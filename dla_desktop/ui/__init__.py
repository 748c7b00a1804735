"""Qt widgets only: windows, pages, dialogs and table models, fed by services, never by queries."""
