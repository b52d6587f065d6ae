/**
 * No super-linear regular expression: eslint-plugin-regexp's backtracking rules are errors
 * for every source file, they do catch a catastrophic pattern, and no pattern escapes them
 * by being built at run time (`new RegExp(…)`, which the linter cannot see).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const RULES = ['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move', 'regexp/no-misleading-capturing-group']

/** Every TypeScript file under `src/`. */
const sources = (readdirSync('src', { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.ts')).map((file) => `src/${file}`)

describe('linear regular expressions', () => {
  const eslint = new ESLint()

  it('the backtracking rules are errors for every source file', async () => {
    expect(sources.length).toBeGreaterThan(30)
    for (const file of sources) {
      const config = (await eslint.calculateConfigForFile(file)) as { rules: Record<string, unknown[]> }
      for (const rule of RULES) expect([file, rule, config.rules[rule]?.[0]]).toEqual([file, rule, 2])
    }
  })

  it('they catch catastrophic patterns: nested quantifiers, and a quantified prefix searched for', async () => {
    const [result] = await eslint.lintText('export const bad = /^(a+)+$/.test("aaaa")\nexport const moves = /a+b/.exec("aaaa")\n', { filePath: 'src/example.ts' })
    const found = (result?.messages ?? []).map((message) => message.ruleId)
    expect(found).toEqual(expect.arrayContaining(RULES))
  })

  it('no source builds a regular expression at run time', () => {
    const built = sources.filter((file) => /\bRegExp\s*\(/.test(readFileSync(file, 'utf8')))
    expect(built).toEqual([])
  })
})
