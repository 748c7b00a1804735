"""Spreadsheets out (``writing``: .xlsx, .csv) and in (``reading``: .xlsx, .ods, .csv).

calamine and XlsxWriter are imported inside the functions: the window starts
without them (bench/bench_startup.py).
"""
