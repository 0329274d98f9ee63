#!/bin/sh
# Checks that the committed sample survey is exactly what journeys/generate_survey.py produces.
# Needs python3 (build/CI time only; journeymap itself never runs Python). Exit 0 when identical.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
committed="$root/journeys/onboarding-90-days.survey.csv"
fresh=$(mktemp "${TMPDIR:-/tmp}/journeymap-survey.XXXXXX")
trap 'rm -f "$fresh"' EXIT
python3 "$root/journeys/generate_survey.py" "$fresh"
if cmp -s "$fresh" "$committed"; then
    echo "check-samples: journeys/onboarding-90-days.survey.csv matches journeys/generate_survey.py"
else
    echo "check-samples: journeys/onboarding-90-days.survey.csv differs from a fresh run of journeys/generate_survey.py;" >&2
    echo "               run: python3 journeys/generate_survey.py && git add journeys/onboarding-90-days.survey.csv" >&2
    exit 1
fi
