#!/usr/bin/env bash
# PDF conversion benchmark (issue target: converting every PDF of the sample pack in one
# LibreOffice start takes at most 1.3x one bare `soffice --headless --convert-to pdf` of the
# largest document).
#
# Measures, on the sample policy (4 documents: clean, marked, report, pack):
#   bare      soffice --headless --convert-to pdf of the largest .docx (its own start and exit,
#             with soffice's usual, already initialised profile: a warm-up run comes first)
#   build     policybuild build              (Word documents only)
#   build+pdf policybuild build --pdf        (the same plus all 4 PDFs in one LibreOffice session
#             started while the documents are built, checked, and manifest.json)
#   session   lo_bridge.py alone: start LibreOffice, convert the 4 documents, stop - no overlap
# and prints the PDF cost of a run (build+pdf minus build) and the cold session against bare.
#
# Uses hyperfine when installed (apt-get install hyperfine), else `date +%s%N` and the median.
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

names=(bare build build+pdf session)
commands=(
  "soffice --headless --convert-to pdf --outdir $out/bare $largest"
  "dotnet $tool build policy-src/social-media --out $out/build"
  "dotnet $tool build policy-src/social-media --pdf --out $out/pdf-build"
  "$session_script"
)

declare -A ms
if command -v hyperfine >/dev/null 2>&1; then
  echo "timing with $(hyperfine --version), $runs runs each after a warm-up"
  hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$out/hyperfine.json" \
    -n bare "${commands[0]}" -n build "${commands[1]}" -n build+pdf "${commands[2]}" -n session "${commands[3]}"
  while IFS=$'\t' read -r name median; do ms[$name]=$median; done < <(
    python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(r["command"] + "\t" + "%.0f" % (r["median"] * 1000))' "$out/hyperfine.json")
else
  echo "timing with date +%s%N (hyperfine not installed), $runs runs each after a warm-up, median"
  for i in "${!names[@]}"; do
    bash -c "${commands[$i]}" >/dev/null 2>&1
    samples=()
    for _ in $(seq "$runs"); do
      start=$(date +%s%N)
      bash -c "${commands[$i]}" >/dev/null 2>&1
      samples+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    ms[${names[$i]}]=$(printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "${names[$i]}: median ${ms[${names[$i]}]} ms (${samples[*]})"
  done
fi

# The tool's own account of one run: how long it waited for LibreOffice and how long converting took.
dotnet "$tool" build policy-src/social-media --pdf --out "$out/pdf-build" | grep '^pdf:'

pdf_cost=$(( ms[build+pdf] - ms[build] ))
python3 - "${ms[bare]}" "${ms[build]}" "${ms[build+pdf]}" "${ms[session]}" "$pdf_cost" <<'PY'
import sys
bare, build, build_pdf, session, cost = map(float, sys.argv[1:])
print(f"bare soffice, largest document:        {bare:6.0f} ms")
print(f"policybuild build:                     {build:6.0f} ms")
print(f"policybuild build --pdf:               {build_pdf:6.0f} ms")
print(f"PDF cost of a run (difference):        {cost:6.0f} ms = {cost / bare:.2f}x bare  (target <= 1.30x: {'met' if cost <= 1.3 * bare else 'NOT met'})")
print(f"cold session, 4 PDFs, no overlap:      {session:6.0f} ms = {session / bare:.2f}x bare")
PY
