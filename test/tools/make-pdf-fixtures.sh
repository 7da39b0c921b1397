#!/usr/bin/env bash
# PDF fixtures, run by hand (needs LibreOffice; CI does not — the files are committed in test/fixtures/pdf/):
# - printed-<name>.pdf: a generated report page (test/fixtures/html) printed straight to PDF by LibreOffice, as an
#   office prints a web page; printed-<name>.html is the page as printed (stylesheet links, scripts and http-equiv
#   metas left out: LibreOffice will not load the page with them; styles too: the site's two-column layout printed
#   side by side is a shape this reader does not untangle, see notes/pdf.md), printed-<name>.json what the checker must find (from test/fixtures/manifest.json);
# - encrypted.pdf: a small PDF with an open password (LibreOffice's PDF export), for the "encrypted" error row.
# The Word route (HTML → .docx → .pdf) is test/tools/make-office-fixtures.ts (test/fixtures/office).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=test/fixtures/pdf
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

for name in word-export-split-table3 broken-balance broken-review-total; do
  node -e '
    const fs = require("fs");
    const html = fs.readFileSync(process.argv[1], "utf8")
      .replace(/<link\b[^>]*>/gi, "").replace(/<script\b[\s\S]*?<\/script>/gi, "")
      .replace(/<meta\s+http-equiv\b[^>]*>/gi, "").replace(/<style\b[\s\S]*?<\/style>/gi, "");
    fs.writeFileSync(process.argv[2], html);
  ' "test/fixtures/html/$name.html" "$out/printed-$name.html"
  soffice --headless --convert-to pdf --outdir "$tmp" "$out/printed-$name.html" >/dev/null 2>&1
  mv "$tmp/printed-$name.pdf" "$out/printed-$name.pdf"
  node -e '
    const fs = require("fs");
    const [name, out] = process.argv.slice(1);
    const entry = JSON.parse(fs.readFileSync("test/fixtures/manifest.json", "utf8")).find((e) => e.file === `html/${name}.html`);
    const { publishedAt, ...expected } = entry.expected; // a printed page keeps its metadata table, but dates are not the point here
    fs.writeFileSync(`${out}/printed-${name}.json`, JSON.stringify({ name: `printed-${name}`, from: entry.file,
      description: `printed to PDF: ${entry.description}`, expected }, null, 1) + "\n");
  ' "$name" "$out"
done

printf '<html><head><meta charset="utf-8"><title>某某局2023年政府信息公开工作年度报告</title></head><body><h1>某某局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>' > "$tmp/encrypted.html"
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
  --outdir "$tmp" "$tmp/encrypted.html" >/dev/null 2>&1
mv "$tmp/encrypted.pdf" "$out/encrypted.pdf"
ls -la "$out"
