// The playground's copy of zfxxgk for browsers: the package's entries (`zfxxgk`,
// `zfxxgk/html` with parse5) bundled by esbuild into examples/playground/vendor/, split so
// that the page loads the HTML reader only when it reads HTML; and the example reports,
// for its sample menu. Everything the page needs is local: it works offline.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
/** The playground's folder. */
export const playground = `${root}examples/playground/`
const vendor = `${playground}vendor/`

/** Bundle the package (built in dist/) and copy the samples into the playground's vendor/. */
export async function bundlePlayground() {
  rmSync(vendor, { recursive: true, force: true })
  await build({
    absWorkingDir: root,
    // The entries by the package's own name: what a user's bundler resolves.
    entryPoints: { zfxxgk: 'zfxxgk', 'zfxxgk-html': 'zfxxgk/html' },
    outdir: vendor,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    chunkNames: 'shared-[hash]',
    logLevel: 'warning',
  })
  const samples = readdirSync(`${root}examples/reports`).filter((file) => /\.(?:txt|md|html)$/.test(file)).sort()
  mkdirSync(`${vendor}samples`)
  for (const file of samples) copyFileSync(`${root}examples/reports/${file}`, `${vendor}samples/${file}`)
  writeFileSync(`${vendor}samples/index.json`, `${JSON.stringify(samples, null, 2)}\n`)
}
