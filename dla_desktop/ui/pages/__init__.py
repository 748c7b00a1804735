"""The screens shown in the main window's stack: one widget per navigation entry or record.

Pages read through the window's ``Operations`` (never a Session of their own) and
refresh themselves from ``Operations.data_changed`` when their area changed.
"""
