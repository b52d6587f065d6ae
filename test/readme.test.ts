/**
 * The README stays true: every code block that names an `examples/` file is that file, and
 * where the README shows the output, running the file prints exactly that.
 * (Runs the built package: `npm test` builds before testing.)
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const readme = readFileSync('README.md', 'utf8')
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((match) => ({ lang: match[1] as string, body: match[2] as string }))

describe('README', () => {
  const examples = blocks
    .map((block, index) => ({ block, output: blocks[index + 1] }))
    .filter(({ block }) => /^\/\/ examples\/\S+\n/.test(block.body))

  it('has runnable examples', () => {
    expect(examples.length).toBeGreaterThan(0)
  })

  for (const { block, output } of examples) {
    const file = /^\/\/ (examples\/\S+)/.exec(block.body)?.[1] as string
    it(`${file} is what the README shows`, () => {
      expect(readFileSync(file, 'utf8')).toBe(block.body)
    })
    if (output?.lang === 'text') {
      it(`${file} prints what the README shows`, () => {
        const printed = execFileSync(process.execPath, [file], { encoding: 'utf8' })
        expect(printed).toBe(output.body)
      })
    }
  }
})
