"""The programme page and its tabs (one module per tab)."""
