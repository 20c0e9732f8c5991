#!/usr/bin/env bash
# Behaviour unchanged? Runs the same commands with two builds of policybuild on the same inputs and
# compares every file they write (and what they print) byte for byte.
#   bench/compare-outputs.sh <before-clone> <after-clone> [work-folder]
# Each clone must be built (Release). PDFs that differ are compared again without the fields LibreOffice
# fills from the clock (creation and modification dates, document ids); manifest.json is compared as is
# (the inputs are copied outside git, so sourceCommit is null on both sides).
set -euo pipefail
before=$(realpath "$1"); after=$(realpath "$2")
work=$(realpath -m "${3:-$(mktemp -d /tmp/policybuild-compare-XXXXXX)}")
rm -rf "$work"; mkdir -p "$work/inputs"
here=$(cd "$(dirname "$0")" && pwd)

# One copy of the inputs for both sides, so paths in outputs are the same.
cp -r "$after/policy-src" "$work/inputs/policy-src"
dotnet run -c Release --project "$after/bench/PolicyBuild.Bench" -- generate "$work/inputs/synthetic" 1000 > "$work/generate.log"
large="$work/inputs/synthetic/n1000-draft"; large_baseline="$work/inputs/synthetic/n1000-baseline"

run() { # side name command...: stdout, stderr and exit code into the run's logs
  local side=$1 name=$2; shift 2
  local code=0
  (cd "$work/inputs" && dotnet "$work/$side.dll" "$@") > "$out/logs/$name.out" 2> "$out/logs/$name.err" || code=$?
  echo "$code" > "$out/logs/$name.code"
}

for side in before after; do
  root=$([ "$side" = before ] && echo "$before" || echo "$after")
  ln -sf "$root/src/PolicyBuild/bin/Release/net10.0/policybuild.dll" "$work/$side.dll"
  # Both sides write to the same folder (moved aside afterwards), so the paths they print are the same.
  out="$work/run"; mkdir -p "$out/logs"
  templates=(--templates "$root/templates")
  run "$side" build-sample build policy-src/social-media --pdf --html --out "$out/sample" "${templates[@]}"
  run "$side" build-large build "$large" --baseline "$large_baseline" --out "$out/large" "${templates[@]}"
  if [ "$side" = before ]; then # the Word documents import and review read: the before side's
    mkdir -p "$work/inputs/docx" && cp "$out"/sample/social-media/*.docx "$work/inputs/docx/"
  fi
  run "$side" check-json --json check policy-src/social-media --today 2025-01-01 "${templates[@]}"
  run "$side" check-large check "$large" --today 2025-01-01 "${templates[@]}"
  run "$side" diff diff policy-src/social-media "${templates[@]}"
  run "$side" diff-json --json diff policy-src/social-media "${templates[@]}"
  run "$side" diff-large --json diff "$large" --baseline "$large_baseline" "${templates[@]}"
  run "$side" init init waste-collection --in "$out/init" --date 2025-04-01 "${templates[@]}"
  run "$side" import import "$work/inputs/docx/social-media.docx" --to "$out/import/social-media" "${templates[@]}"
  run "$side" import-marked import "$work/inputs/docx/social-media-marked-revisions.docx" --accept-revisions --to "$out/import/marked" "${templates[@]}"
  run "$side" review review "$work/inputs/docx/social-media-marked-revisions.docx" --policy policy-src/social-media --comments "$out/review.md" "${templates[@]}"
  run "$side" reference-docx reference-docx "$out/reference.docx"
  # Progress and timing lines of a PDF run name durations: the one thing allowed to differ in a log.
  sed -i -E '/^pdf: /d' "$out/logs/build-sample.out" "$out/logs/build-sample.err"
  mv "$out" "$work/$side"
done

python3 "$here/compare-outputs.py" "$work/before" "$work/after"
