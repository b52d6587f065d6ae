// Bundle budgets: what zfxxgk costs a browser app, bundled by esbuild for browsers,
// minified and gzipped (`npx size-limit`; `npm test` runs it). The budgets are measured
// sizes plus a little headroom: raise one only with a reason in the commit. The README's
// table shows these names and limits (a test keeps it so).
//
// The core checks fail outright when the core imports a package or a Node built-in. The
// html entry is measured by its own code: without parse5 (and its entity decoder) and
// without the core modules it shares with the core entry.
import { build } from 'esbuild'
import { resolve } from 'node:path'
import { beside, selfContained, withPlugin } from './scripts/bundle-guard.mjs'

/** The files of the core entry's bundle, by absolute path. */
async function coreFiles() {
  const { metafile } = await build({ entryPoints: ['dist/index.js'], bundle: true, write: false, metafile: true, platform: 'browser', logLevel: 'silent' })
  return Object.keys(metafile.inputs).map((file) => resolve(file))
}

const core = { path: 'dist/index.js', gzip: true, modifyEsbuildConfig: withPlugin(selfContained) }

export default [
  { ...core, name: 'zfxxgk (everything)', import: '*', limit: '38.5 kB' },
  { ...core, name: 'zfxxgk: parseReport', import: '{ parseReport }', limit: '25 kB' },
  { ...core, name: 'zfxxgk: validateReport', import: '{ validateReport }', limit: '19 kB' },
  {
    name: 'zfxxgk/html: its own code',
    path: 'dist/html.js',
    import: '{ parseHtmlReport }',
    ignore: ['parse5', 'entities'],
    gzip: true,
    modifyEsbuildConfig: withPlugin(beside(await coreFiles())),
    limit: '10.5 kB',
  },
  { name: 'zfxxgk/html: with parse5 and the core', path: 'dist/html.js', import: '{ parseHtmlReport }', gzip: true, limit: '66.5 kB' },
]
