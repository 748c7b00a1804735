"""Copies for another office and automatic backups."""
