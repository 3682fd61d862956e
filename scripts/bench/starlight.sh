#!/usr/bin/env bash
# npm run bench:starlight -- [N] [md|mdx]: ../shared/bench/compare-starlight.sh as it is, with its
# corpus given this site's five required h2 sections on both sides.
# Why: the shared corpus's sections (Overview, Usage, Management, Limitations) are refused by this
# site's content rules (src/lib/vocabulary.ts: What it is, How to use it, Requirements, Limitations,
# Where it applies), so the shared script cannot build this project as shipped, and a rule that
# real pages must keep is not switched off for a benchmark. The shared files are copied to a
# temporary folder, where gen-corpus.mjs is wrapped: it runs the shared generator, then renames
# three headings and adds the fifth section, in Starlight's pages and this project's alike, so the
# bodies stay identical. compare-starlight.sh itself is not changed.
set -euo pipefail
shared=$(cd "$(dirname "$0")/../../../shared/bench" && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -r "$shared/." "$work/"
mv "$work/gen-corpus.mjs" "$work/gen-corpus.shared.mjs"
cat > "$work/gen-corpus.mjs" <<'JS'
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const [dir] = process.argv.slice(2);
execFileSync(process.execPath, [path.join(import.meta.dirname, 'gen-corpus.shared.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
const renamed = { Overview: 'What it is', Usage: 'How to use it', Management: 'Requirements' };
for (const name of readdirSync(dir).filter((file) => /^synthetic-.*\.mdx?$/.test(file))) {
  const file = path.join(dir, name);
  const text = readFileSync(file, 'utf8').replace(/^## (Overview|Usage|Management)$/gm, (_, heading) => `## ${renamed[heading]}`);
  // The shared corpus has since been given the five sections itself: only an older one gets the fifth.
  writeFileSync(file, /^## Where it applies$/m.test(text) ? text : `${text.trimEnd()}\n\n## Where it applies\n\nEvery architecture this synthetic feature names.\n`);
}
JS
bash "$work/compare-starlight.sh" "$@"
