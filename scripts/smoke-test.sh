#!/usr/bin/env bash
# Pack kefu, install the tarball into a throwaway project, import every subpath from ESM and CJS,
# and run the installed `kefu` binary.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)
cd "$work"
npm init -y >/dev/null
# opencc-js is the optional peer behind kefu/text/traditional
npm install --no-audit --no-fund --silent "./$tarball" opencc-js
subpaths=$(node -e "const p=require('./node_modules/kefu/package.json');console.log(Object.keys(p.exports).filter(k=>k!=='./package.json').map(k=>k==='.'?'kefu':'kefu/'+k.slice(2)).join(' '))")
for s in $subpaths; do
  node --input-type=module -e "const m = await import('$s'); if (Object.keys(m).length === 0) { console.error('$s (ESM) exports nothing'); process.exit(1); } console.log('ESM ok  $s', Object.keys(m).length, 'exports');"
  node -e "const m = require('$s'); if (Object.keys(m).length === 0) { console.error('$s (CJS) exports nothing'); process.exit(1); } console.log('CJS ok  $s', Object.keys(m).length, 'exports');"
done
node -e "const s=require('kefu/package.json'); if (!s.version) process.exit(1)"
test -f node_modules/kefu/dist/schemas/Task.json
version=$(npx --no-install kefu --version)
echo "kefu --version → $version"
test "$version" = "$(node -p "require('kefu/package.json').version")"
