// Bundle budgets: what zfxxgk costs a browser app, bundled by esbuild for browsers,
// minified and gzipped (`npx size-limit`; `npm test` runs it). The budgets are measured
// sizes plus a little headroom: raise one only with a reason in the commit. The README's
// table shows these names and limits (a test keeps it so).
//
// The core checks fail outright when the core imports a package or a Node built-in.
import { selfContained, withPlugin } from './scripts/bundle-guard.mjs'

const core = { path: 'dist/index.js', gzip: true, modifyEsbuildConfig: withPlugin(selfContained) }

export default [
  { ...core, name: 'zfxxgk (everything)', import: '*', limit: '31 kB' },
  { ...core, name: 'zfxxgk: parseReport', import: '{ parseReport }', limit: '21.5 kB' },
  { ...core, name: 'zfxxgk: validateReport', import: '{ validateReport }', limit: '17 kB' },
]
