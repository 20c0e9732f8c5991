#!/usr/bin/env bash
# PDF conversion benchmark (issue 15's target: the PDF part of `build --pdf` of the sample takes at
# most 1.2x one bare `soffice --headless --convert-to pdf` of the largest document; bench/run.sh
# step 5 measures the same with the installed, Native AOT command).
#
# Measures, on the sample policy (4 documents: clean, marked, report, pack), side by side in
# interleaved rounds (bench/interleaved.py: every command once a round, medians):
#   bare      soffice --headless --convert-to pdf of the largest .docx (its own start and exit,
#             with soffice's usual, already initialised profile: a warm-up round comes first)
#   build     policybuild build              (Word documents only)
#   build+pdf policybuild build --pdf        (the same plus the 4 PDFs, LibreOffice started at process
#             start while the documents are built, checked, and manifest.json), as it chooses its
#             sessions by itself (two on an idle machine of two cores or more)
#   build+pdf, 1 and 2 sessions              (POLICYBUILD_PDF_SESSIONS=1, =2)
#   session   lo_bridge.py alone: start LibreOffice, warm up, convert the 4 documents, stop - no overlap
# and prints the PDF part of a run (build+pdf minus build) against bare, then one run's timeline
# (bench/pdf-timeline.py: each session's start, warm-up, documents and stop, in ms since process start).
#
# Usage: bench/pdf-bench.sh [runs]        (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-10}"
out="bench/out/pdf"
tool="src/PolicyBuild/bin/Release/net10.0/policybuild.dll"
bridge="src/PolicyBuild/bin/Release/net10.0/Publishing/LibreOffice/lo_bridge.py"
python="${PYTHON_UNO:-/usr/bin/python3}"

rm -rf "$out" && mkdir -p "$out/bare" "$out/session"
dotnet build src/PolicyBuild -c Release --nologo -v quiet >/dev/null
dotnet "$tool" build policy-src/social-media --out "$out/docx" >/dev/null
largest=$(ls -S "$out"/docx/social-media/*.docx | head -n 1)
echo "largest document: $largest ($(stat -c %s "$largest") bytes)"
soffice --version | head -n 1

# Drives the bridge the way LibreOfficeSession does: one start, a pdf request per document, quit.
session_script="$out/session.sh"
cat > "$session_script" <<SCRIPT
#!/usr/bin/env bash
set -euo pipefail
{
  for f in $PWD/$out/docx/social-media/*.docx; do
    printf '{"op":"pdf","id":1,"in":"%s","out":"%s"}\n' "\$f" "$PWD/$out/session/\$(basename "\${f%.docx}").pdf"
  done
  echo '{"op":"quit"}'
} | "$python" -u "$bridge" --soffice "$(command -v soffice)" --timeout 60 2>/dev/null | grep -c '"ok": true' >/dev/null
SCRIPT
chmod +x "$session_script"

echo "timing in $runs interleaved rounds after a warm-up round; load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/interleaved.py "$runs" 1 \
  bare "soffice --headless --convert-to pdf --outdir $out/bare $largest" \
  build "dotnet $tool build policy-src/social-media --out $out/build" \
  build+pdf "dotnet $tool build policy-src/social-media --pdf --out $out/pdf-build" \
  build+pdf-1 "env POLICYBUILD_PDF_SESSIONS=1 dotnet $tool build policy-src/social-media --pdf --out $out/pdf-build-1" \
  build+pdf-2 "env POLICYBUILD_PDF_SESSIONS=2 dotnet $tool build policy-src/social-media --pdf --out $out/pdf-build-2" \
  session "$session_script" > "$out/interleaved.tsv"
declare -A ms
while IFS=$'\t' read -r name wall cpu low high; do
  ms[$name]=$wall
  printf '  %-12s wall %6s ms (%s..%s)   cpu %6s ms\n' "$name" "$wall" "$low" "$high" "$cpu"
done < "$out/interleaved.tsv"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# One run's timeline: where the PDF part goes.
python3 bench/pdf-timeline.py dotnet "$tool" build policy-src/social-media --pdf --out "$out/pdf-build"

pdf_cost=$(( ms[build+pdf] - ms[build] ))
pdf_cost_1=$(( ms[build+pdf-1] - ms[build] ))
pdf_cost_2=$(( ms[build+pdf-2] - ms[build] ))
python3 - "${ms[bare]}" "${ms[build]}" "${ms[build+pdf]}" "${ms[session]}" "$pdf_cost" "$pdf_cost_1" "$pdf_cost_2" <<'PY'
import sys
bare, build, build_pdf, session, cost, cost_1, cost_2 = map(float, sys.argv[1:])
print(f"bare soffice, largest document:        {bare:6.0f} ms")
print(f"policybuild build:                     {build:6.0f} ms")
print(f"policybuild build --pdf:               {build_pdf:6.0f} ms")
print(f"PDF part of a run (difference):        {cost:6.0f} ms = {cost / bare:.2f}x bare  (target <= 1.20x: {'met' if cost <= 1.2 * bare else 'NOT met'})")
print(f"PDF part with 1 session:               {cost_1:6.0f} ms = {cost_1 / bare:.2f}x bare")
print(f"PDF part with 2 sessions:              {cost_2:6.0f} ms = {cost_2 / bare:.2f}x bare")
print(f"cold session, 4 PDFs, no overlap:      {session:6.0f} ms = {session / bare:.2f}x bare")
PY
