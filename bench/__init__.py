"""Benchmarks with their targets (run as modules: python -m bench.bench_core)."""
