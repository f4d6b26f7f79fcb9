"""`python -m benchmarks`: see harness.py."""

from benchmarks.harness import run

run()
