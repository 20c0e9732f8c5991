#!/usr/bin/env bash
# PolicyBuild benchmarks: the "Speed" issue's targets, each measured side by side with its peer in
# one run on this machine, printed as ratios.
#   1. the in-process redline benchmark (bench/PolicyBuild.Bench), warm medians per step;
#   2. full build (clean docx + marked revisions + changes.json), process start included, of synthetic
#      policies of 1,000 and 10,000 clauses, against pandoc converting the same text (one Markdown
#      file) to .docx, clean only;               target: <= 0.5x pandoc
#   3. peak memory of the 10,000-clause build;   target: <= 200 MB
#   4. a library of 100 policies x 100 clauses (each with its baseline) in one invocation, against
#      pandoc on the same 10,000 clauses as one file;   target: <= 0.5x pandoc
#   5. build --pdf of the sample: the PDF part (build --pdf minus build) against one bare
#      `soffice --headless --convert-to pdf` of the largest document;   target: <= 1.2x
#   6. watch: save -> rebuilt redline at 1,000 clauses, beyond the quiet period;   target: <= 100 ms
#   7. check of 1,000 clauses, process start included (the author-workflow target, < 150 ms), and the
#      command's start-up alone (`--version`: what every invocation pays before any work).
# The CLI is published from src/PolicyBuild (Release, linux-x64: Native AOT) as the installed command runs.
# Usage: bench/run.sh [runs]        (work folder: $BENCH_DIR, default /tmp/policybuild-bench)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/policybuild-bench}
runs=${1:-5}
cd "$repo"

need() { # install Debian package $2 when command $1 is missing
  command -v "$1" >/dev/null 2>&1 && return
  echo "installing $2" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; } >/dev/null 2>&1 \
    || { echo "bench: could not install $2 (needed for $1)" >&2; exit 1; }
}
need /usr/bin/time time
need pandoc pandoc
bash scripts/install-deps.sh >/dev/null
bash scripts/install-aot-toolchain.sh >/dev/null

rm -rf "$work" && mkdir -p "$work"
declare -A ms cpu

# Medians of several commands timed in one interleaved run (each round runs every command once, so a
# change of the machine's load reaches all sides alike): hf name1 'cmd1' name2 'cmd2' ...
# Sets ms[name] (wall) and cpu[name] (user + sys), in ms.
hf() {
  python3 bench/interleaved.py "$runs" 1 "$@" > "$work/hf.tsv" || { cat "$work/hf.tsv"; exit 1; }
  while IFS=$'\t' read -r name wall cpu_ms low high; do
    ms[$name]=$wall; cpu[$name]=$cpu_ms
    printf '  %-22s wall %7s ms (%s..%s)   cpu %7s ms\n' "$name" "$wall" "$low" "$high" "$cpu_ms" >&2
  done < "$work/hf.tsv"
}

echo "== building the benchmark and publishing the CLI as installed (log: $work/build.log)"
dotnet build bench/PolicyBuild.Bench -c Release -nologo -v q > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
# Its own artifacts folder: the bench never disturbs the bin/ and obj/ of a developer's build.
dotnet publish src/PolicyBuild -c Release -r linux-x64 --artifacts-path "$work/artifacts" -o "$work/bin" -nologo -v q \
  >> "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
cli="$work/bin/policybuild"
echo "policybuild $("$cli" --version)"
bench() { dotnet run -c Release --no-build --project bench/PolicyBuild.Bench -- "$@"; }

echo "== 1. redline benchmark (in process, warm)"
bench

echo "== synthetic policies"
bench generate "$work/policies" 1000 10000
bench generate-library "$work/library" 100 100
library=("$work"/library/policy-*/)
library=("${library[@]%/}")


build_args() { # the full build of synthetic pair $1
  echo "build $work/policies/n$1-draft --baseline $work/policies/n$1-baseline --out $work/out-$1 --author Bench --date 2024-01-01 --quiet"
}

echo "== 2. full build vs pandoc, 1000 clauses"
hf "policybuild-1000" "$cli $(build_args 1000)" "pandoc-1000" "pandoc -f markdown -t docx -o $work/pandoc-1000.docx $work/policies/n1000-draft.md"
# The library is timed in the same run as pandoc on the same 10,000 clauses, so its ratio and the
# 10,000-clause build's share one pandoc figure.
echo "== 2 and 4. full build 10000 clauses and a library of ${#library[@]} policies x 100 clauses, one invocation, vs pandoc on 10000 clauses"
hf "policybuild-10000" "$cli $(build_args 10000)" "pandoc-10000" "pandoc -f markdown -t docx -o $work/pandoc-10000.docx $work/policies/n10000-draft.md" \
   library "$cli build ${library[*]} --out $work/out-library --author Bench --date 2024-01-01 --quiet"
# The output must be whole: the last clause of the draft is in the clean and the marked document.
python3 - "$work/out-10000/synthetic" "$work/policies/n10000-draft" <<'PY'
import os, re, sys, zipfile
out, draft = sys.argv[1:]
order = lambda name: float(name.split("-")[0])
section = max((d for d in os.listdir(draft) if re.match(r"^[0-9]", d)), key=order)
last = max((f for f in os.listdir(os.path.join(draft, section)) if re.match(r"^[0-9]", f)), key=order)
tail = " ".join(open(os.path.join(draft, section, last)).read().split()[-6:])
for docx in ("synthetic.docx", "synthetic-marked-revisions.docx"):
    text = re.sub(r"<[^>]+>", "", zipfile.ZipFile(os.path.join(out, docx)).read("word/document.xml").decode())
    if tail not in text:
        sys.exit(f"bench: {docx} of 10,000 clauses lacks its last clause ({section}/{last}: '{tail}')")
print(f"10,000-clause documents hold their last clause ({section}/{last})")
PY

echo "== 3. peak memory, 10000 clauses"
# shellcheck disable=SC2046
peak_mb=$(/usr/bin/time -v "$cli" $(build_args 10000) 2>&1 | awk '/Maximum resident set size/ { printf "%.0f", $6 / 1024 }')

echo "== 5. build --pdf of the sample: the PDF part vs one bare soffice conversion"
"$cli" build policy-src/social-media --out "$work/sample" --quiet
largest=$(ls -S "$work"/sample/social-media/*.docx | head -n 1)
mkdir -p "$work/bare"
# For reference beside the target: one bare soffice converting all the run's documents (the PDF part
# converts four where the target's bare run converts one).
hf bare-soffice "soffice --headless --convert-to pdf --outdir $work/bare $largest" \
   bare-soffice-all "soffice --headless --convert-to pdf --outdir $work/bare-all $(ls "$work"/sample/social-media/*.docx | tr '\n' ' ')" \
   sample-build "$cli build policy-src/social-media --out $work/sample-build --quiet" \
   sample-build-pdf "$cli build policy-src/social-media --pdf --out $work/sample-pdf --quiet"

echo "== 6. watch, save -> rebuilt redline, 1000 clauses"
cp -r "$work/policies/n1000-baseline" "$work/watch-baseline"
cp -r "$work/policies/n1000-draft" "$work/watch-draft"
mkdir -p "$work/watch-draft/baselines" && mv "$work/watch-baseline" "$work/watch-draft/baselines/adopted"
printf '\nbaseline: baselines/adopted\n' >> "$work/watch-draft/policy.yml"
watched=$(find "$work/watch-draft" -name '*.md' ! -name '_section.md' | sort | sed -n 1p)
watch_ms=$(python3 bench/watch-latency.py "$cli" "$work/watch-draft" "$work/out-watch" "$watched" "$runs" 200)

echo "== 7. check, 1000 clauses"
hf check-1000 "$cli check $work/policies/n1000-draft --today 2024-01-01 --quiet" start-up "$cli --version"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t ? "met" : "MISSED") }'; }
r1000=$(ratio "${ms[policybuild-1000]}" "${ms[pandoc-1000]}")
r10000=$(ratio "${ms[policybuild-10000]}" "${ms[pandoc-10000]}")
rlib=$(ratio "${ms[library]}" "${ms[pandoc-10000]}")
c1000=$(ratio "${cpu[policybuild-1000]}" "${cpu[pandoc-1000]}")
c10000=$(ratio "${cpu[policybuild-10000]}" "${cpu[pandoc-10000]}")
clib=$(ratio "${cpu[library]}" "${cpu[pandoc-10000]}")
pdf_part=$(( ms[sample-build-pdf] - ms[sample-build] ))
rpdf=$(ratio "$pdf_part" "${ms[bare-soffice]}")
echo
echo "== results (medians of $runs interleaved runs, side by side; cpu = user + sys; $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
printf '%-58s %16s %8s %10s %8s  %s\n' "measure" "PolicyBuild/peer" "ratio" "cpu ratio" "target" ""
printf '%-58s %16s %8s %10s %8s  %s\n' "full build 1,000 clauses vs pandoc clean only" "${ms[policybuild-1000]}/${ms[pandoc-1000]} ms" "$r1000" "$c1000" "0.50" "$(verdict "$r1000" 0.5)"
printf '%-58s %16s %8s %10s %8s  %s\n' "full build 10,000 clauses vs pandoc clean only" "${ms[policybuild-10000]}/${ms[pandoc-10000]} ms" "$r10000" "$c10000" "0.50" "$(verdict "$r10000" 0.5)"
printf '%-58s %16s %8s %10s %8s  %s\n' "peak memory, full build 10,000 clauses" "$peak_mb MB" "" "" "200 MB" "$(verdict "$peak_mb" 200)"
printf '%-58s %16s %8s %10s %8s  %s\n' "library 100 x 100, one invocation, vs pandoc 10,000" "${ms[library]}/${ms[pandoc-10000]} ms" "$rlib" "$clib" "0.50" "$(verdict "$rlib" 0.5)"
printf '%-58s %16s %8s %10s %8s  %s\n' "build --pdf, PDF part vs bare soffice (largest document)" "$pdf_part/${ms[bare-soffice]} ms" "$rpdf" "" "1.20" "$(verdict "$rpdf" 1.2)"
printf '%-58s %16s %8s %10s %8s  %s\n' "  (for reference: vs bare soffice converting all 4 documents)" "$pdf_part/${ms[bare-soffice-all]} ms" "$(ratio "$pdf_part" "${ms[bare-soffice-all]}")" "" "" ""
printf '%-58s %16s %8s %10s %8s  %s\n' "watch, save -> redline beyond 200 ms quiet, 1,000 clauses" "$watch_ms ms" "" "" "100 ms" "$(verdict "$watch_ms" 100)"
printf '%-58s %16s %8s %10s %8s  %s\n' "check 1,000 clauses, process start included" "${ms[check-1000]} ms" "" "" "150 ms" "$(verdict "${ms[check-1000]}" 150)"
printf '%-58s %16s %8s %10s %8s  %s\n' "start-up alone (--version), process start to exit" "${ms[start-up]} ms" "" "" "" "(cpu ${cpu[start-up]} ms)"
