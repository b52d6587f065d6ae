/**
 * The core entry bundles for browsers from its own files alone: no dependency, no Node
 * built-in. The guard that fails the bundle budgets (.size-limit.js) when it does not is
 * tested here too. (Reads dist/: `npm test` builds before testing.)
 */
import { build, type BuildOptions, type Metafile } from 'esbuild'
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { beside, selfContained } from '../scripts/bundle-guard.mjs'

const browser: BuildOptions = { bundle: true, write: false, metafile: true, platform: 'browser', format: 'esm', logLevel: 'silent' }

/** The files a browser bundle of `entry` is made of. */
async function inputs(entry: string, options: BuildOptions = {}): Promise<string[]> {
  const { metafile } = (await build({ ...browser, ...options, entryPoints: [entry] })) as { metafile: Metafile }
  return Object.keys(metafile.inputs)
}

describe('the core entry in a browser bundle', () => {
  it('is made of dist/ files only', async () => {
    const files = await inputs('dist/index.js', { plugins: [selfContained] })
    expect(files).toContain('dist/index.js')
    expect(files.filter((file) => !file.startsWith('dist/'))).toEqual([])
  })

  it('is made of core source files only (no dependency inlined by the build)', async () => {
    const files = await inputs('src/index.ts')
    expect(files.length).toBeGreaterThan(20)
    expect(files.filter((file) => !file.startsWith('src/') || /^src\/(?:cli|html|markdown|schema)\//.test(file))).toEqual([])
  })
})

describe('the html entry measured beside the core', () => {
  it('is its own modules only: no core module, no parse5', async () => {
    const core = await inputs('dist/index.js')
    const own = await inputs('dist/html.js', { external: ['parse5', 'entities'], plugins: [beside(core.map((file) => resolve(file)))] })
    expect(own).toContain('dist/html.js')
    expect(own.filter((file) => core.includes(file) || !file.startsWith('dist/'))).toEqual([])
    // While the whole entry holds the core modules it uses, and parse5.
    const whole = await inputs('dist/html.js')
    expect(whole.some((file) => core.includes(file) && file !== 'dist/index.js')).toBe(true)
    expect(whole.some((file) => file.includes('node_modules/parse5/'))).toBe(true)
  })
})

describe('the bundle guard', () => {
  for (const specifier of ['node:fs', 'fs', 'parse5', 'zod/mini']) {
    it(`fails a bundle that imports ${specifier}`, async () => {
      const bundle = build({ ...browser, stdin: { contents: `import '${specifier}'`, resolveDir: process.cwd() }, plugins: [selfContained] })
      await expect(bundle).rejects.toThrow(`imports "${specifier}"`)
    })
  }

  it('lets relative imports through', async () => {
    const bundle = await build({ ...browser, stdin: { contents: `export * from './dist/index.js'`, resolveDir: process.cwd() }, plugins: [selfContained] })
    expect(bundle.errors).toEqual([])
  })
})

describe('the bundle budgets', () => {
  it('are the ones the README shows', async () => {
    const config = pathToFileURL('.size-limit.js').href
    const { default: checks } = (await import(config)) as { default: { name: string; limit: string }[] }
    const readme = readFileSync('README.md', 'utf8')
    expect(checks.length).toBeGreaterThan(0)
    for (const { name, limit } of checks) expect(readme, name).toContain(`| ${name} | ${limit} |`)
  })
})
