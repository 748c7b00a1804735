"""Shipped resources (demo data, icons, fonts, translations), found via importlib.resources."""
