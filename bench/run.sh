#!/usr/bin/env bash
# PolicyBuild benchmarks, against the targets of the "Author workflow" issue:
#   1. the in-process redline benchmark (bench/PolicyBuild.Bench);
#   2. `policybuild check` on the 1000-clause synthetic policy, process start included (hyperfine);
#   3. a full `build` (clean docx + redline + changes.json) of the 1000- and 3000-clause policies:
#      wall time, work after process start (--verbose), peak memory (/usr/bin/time -v).
# The CLI is the Release build of src/PolicyBuild published ReadyToRun, as a user would install it.
# Usage: bench/run.sh [runs]        (work folder: $BENCH_DIR, default /tmp/policybuild-bench)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/policybuild-bench}
runs=${1:-10}
cd "$repo"

install() { # the Debian package $2 when command $1 is missing; the bench still runs without it
  command -v "$1" >/dev/null 2>&1 || { (apt-get update -qq && apt-get install -y -qq "$2") >/dev/null 2>&1 || echo "note: could not install $2"; }
}
install hyperfine hyperfine
install /usr/bin/time time

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Median wall milliseconds of a command, process start included.
wall_ms() {
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/hyperfine.json" "$*" >&2
    python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["results"][0]["median"] * 1000))' "$work/hyperfine.json"
  else
    for _ in $(seq "$runs"); do
      start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000000 ))
    done | median
  fi
}

echo "== 1. redline benchmark (in process, warm)"
dotnet run -c Release --project bench/PolicyBuild.Bench

echo "== synthetic policies; Release ReadyToRun build of the CLI"
dotnet run -c Release --project bench/PolicyBuild.Bench -- generate "$work/policies" 1000 3000
# Its own artifacts folder: the bench never disturbs the bin/ and obj/ of a developer's build.
dotnet publish src/PolicyBuild -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  --artifacts-path "$work/artifacts" -o "$work/bin" -nologo -v q
cli="$work/bin/policybuild"

echo "== 2. check, 1000 clauses, process start included"
check_ms=$(wall_ms "$cli" check "$work/policies/n1000-draft" --today 2024-01-01 --quiet)

declare -A build_ms work_ms peak_mb
for n in 1000 3000; do
  echo "== 3. build, $n clauses (clean docx, marked revisions, changes.json)"
  args=(build "$work/policies/n$n-draft" --baseline "$work/policies/n$n-baseline" --out "$work/out" \
        --templates "$repo/templates" --author Bench --date 2024-01-01 --quiet)
  build_ms[$n]=$(wall_ms "$cli" "${args[@]}")
  # Work after process start: the build step's own timing (--verbose), median of the runs.
  work_ms[$n]=$(for _ in $(seq "$runs"); do "$cli" "${args[@]}" --verbose 2>&1 | sed -n 's/^time: build: \([0-9.]*\) ms$/\1/p'; done | median)
  if [ -x /usr/bin/time ]; then
    peak_mb[$n]=$(/usr/bin/time -v "$cli" "${args[@]}" 2>&1 | awk '/Maximum resident set size/ { printf "%.0f", $6 / 1024 }')
  else
    peak_mb[$n]="?"
  fi
done

ratio=$(awk -v a="${work_ms[3000]}" -v b="${work_ms[1000]}" 'BEGIN { printf "%.2f", a / b }')
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t ? "met" : "MISSED") }'; }
echo
echo "== results (median of $runs runs; $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
printf '%-44s %10s %10s  %s\n' "measure" "value" "target" ""
printf '%-44s %8s ms %7s ms  %s\n' "check 1000, process start included" "$check_ms" 150 "$(verdict "$check_ms" 150)"
printf '%-44s %8s ms %7s ms  %s\n' "build 1000, work after process start" "${work_ms[1000]}" 300 "$(verdict "${work_ms[1000]}" 300)"
printf '%-44s %8s ms %10s\n' "build 1000, wall (process start included)" "${build_ms[1000]}" ""
printf '%-44s %8s ms %10s\n' "build 3000, work after process start" "${work_ms[3000]}" ""
printf '%-44s %8s ms %10s\n' "build 3000, wall (process start included)" "${build_ms[3000]}" ""
printf '%-44s %11s %10s  %s\n' "build 3000/1000 (work)" "$ratio" "3.50" "$(verdict "$ratio" 3.5)"
for n in 1000 3000; do
  printf '%-44s %8s MB %7s MB  %s\n' "build $n, peak memory" "${peak_mb[$n]}" 250 "$(verdict "${peak_mb[$n]}" 250)"
done
