#!/usr/bin/env bash
# Set up everything (first run: a few minutes) and run the whole test suite.
# Arguments are passed to pytest: ./run-tests.sh -x -k xor tests/engine
# Tests run offscreen (tests/conftest.py); BACKPROP_TEST_DISPLAY=1 shows real windows instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

scripts/bootstrap.sh test

rc=0
.venv/bin/python -m pytest "$@" || rc=$?
if [ "$rc" -eq 5 ]; then
    echo "[run-tests] pytest collected no tests (exit 5): that is a failure, not a pass." >&2
fi
exit "$rc"
