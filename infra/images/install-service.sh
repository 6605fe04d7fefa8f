#!/bin/sh
# Used by infra/images/Dockerfile: installs one workspace package's production dependencies
# from the lockfile (no development dependencies), then copies to <out> only what it runs:
# the root's node_modules (pnpm's store of the packages installed) and the package's own
# directory and those of the workspace packages it depends on, without their tests.
# Node does not strip types under node_modules, so the workspace layout is kept (not pnpm deploy).
set -eu
package="$1"
out="$2"
pnpm install --offline --frozen-lockfile --prod --filter "${package}..."
mkdir -p "$out"
cp -a package.json node_modules "$out/"
for dir in $(pnpm --filter "${package}..." exec pwd); do
  relative="${dir#"$PWD"/}"
  mkdir -p "$out/$relative"
  cp -a "$dir/." "$out/$relative/"
done
find "$out" -path "$out/node_modules" -prune -o \( -name '*.test.ts' -o -name '*.fixture.ts' -o -name 'vitest.config.ts' \) -exec rm -f {} +
