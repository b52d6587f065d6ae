/**
 * What each built entry imports. The core (`dist/index.js` and every chunk it loads)
 * imports nothing outside the package — no dependency, no Node built-in — so that it runs
 * in browsers, Deno and Bun as it is; the dependencies stay behind their subpath entries.
 *
 * (Reads dist/: `npm test` builds before testing.)
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const dist = new URL('../../dist/', import.meta.url)

/** Specifiers of the static and dynamic imports and re-exports of a built module. */
function specifiers(code: string): string[] {
  const found: string[] = []
  for (const match of code.matchAll(/\b(?:from|import)\s*(?:\(\s*)?["']([^"'\n]+)["']/g)) found.push(match[1] as string)
  return found
}

/** Every package outside this one that `entry` loads, following its relative imports. */
function externalImports(entry: string): string[] {
  const external = new Set<string>()
  const seen = new Set<string>()
  const pending = [entry]
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    for (const specifier of specifiers(readFileSync(new URL(file, dist), 'utf8'))) {
      if (specifier.startsWith('./')) pending.push(specifier.slice(2))
      else external.add(specifier)
    }
  }
  return [...external].sort()
}

describe('built entries', () => {
  it('are built', () => {
    expect(existsSync(new URL('index.js', dist)), 'run the build (npm test does) before this test').toBe(true)
  })

  it('the core imports nothing outside the package', () => {
    expect(externalImports('index.js')).toEqual([])
  })

  it('zfxxgk/html imports parse5 (and its entity decoder) only', () => {
    expect(externalImports('html.js')).toEqual(['entities/decode', 'parse5'])
  })

  it('zfxxgk/markdown imports nothing at run time (unified, vfile and mdast are types)', () => {
    expect(externalImports('markdown.js')).toEqual([])
  })

  it('zfxxgk/schema imports zod only', () => {
    expect(externalImports('schema.js')).toEqual(['zod'])
  })

  it('the import scanner sees every form of import', () => {
    expect(specifiers('import { a } from "./chunk-A.js";\nexport { b } from \'./b.js\'\nimport "side";\nconst c = await import("dyn")')).toEqual([
      './chunk-A.js',
      './b.js',
      'side',
      'dyn',
    ])
  })
})
