#!/usr/bin/env bash
# Simulator benchmarks against the Axelrod library, measured in the same run.
# Usage: bash benchmarks/simulate/run.sh [--quick]
# Axelrod 4.13.1 lives in its own venv (never a project dependency; later releases pull torch), created on
# first use under ${DETENTE_BENCH_DIR:-~/.cache/detente-bench}.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV="${DETENTE_BENCH_DIR:-$HOME/.cache/detente-bench}/axelrod-4.13.1"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import axelrod" 2>/dev/null; then
  echo "creating the benchmark venv with axelrod==4.13.1 in $VENV" >&2
  uv venv -q --python 3.11 "$VENV"
  uv pip install -q --python "$VENV/bin/python" "axelrod==4.13.1"
fi
exec uv run python benchmarks/simulate/run.py --axelrod-python "$VENV/bin/python" "$@"
