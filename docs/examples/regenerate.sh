#!/usr/bin/env bash
# Regenerates the example exports of the bundled sample article in every format.
#
#   docs/examples/regenerate.sh          annotations from the app's own analysis (what `sahifa export` writes)
#   docs/examples/regenerate.sh --gold   annotations from the hand-made gold (crates/core/tests/data/seed.gold.json), placed by
#                                        gold_annotations.py: shows every feature whatever the analysis finds
#
# Then, for the screenshot of the HTML export (needs chromium):
#   chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1600 \
#     --screenshot=docs/html-export.png docs/examples/sample-article.html
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/sahifa"
in=assets/sample-article.txt
out=docs/examples
extra=()
if [[ "${1:-}" == "--gold" ]]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  "$bin" export "$in" --format json -o "$tmp/plain.json"
  python3 "$out/gold_annotations.py" "$tmp/plain.json" crates/core/tests/data/seed.gold.json > "$tmp/gold.json"
  extra=(--annotations "$tmp/gold.json")
fi
for format in html json conll jsonl; do
  "$bin" export "$in" --format "$format" -o "$out/sample-article.$format" "${extra[@]}"
done
"$bin" export "$in" --format w3c -o "$out/sample-article.jsonld" "${extra[@]}"
"$bin" export "$in" --format tei -o "$out/sample-article.tei.xml" "${extra[@]}"
"$bin" export "$in" --format webanno-tsv -o "$out/sample-article.tsv" "${extra[@]}"
"$bin" export "$in" --format label-studio -o "$out/sample-article.label-studio.json" "${extra[@]}"
# The Label Studio project configuration the tasks need.
SAHIFA_BLESS=1 cargo test --quiet -p sahifa-core --test export_label_studio the_configuration >/dev/null
rm -rf "$out/brat"
"$bin" export "$in" --format brat -o "$out/brat" "${extra[@]}"
echo "examples written to $out"
