/**
 * The README stays true: every code block that names an `examples/` file is that file, and
 * where the README shows the output, running the file prints exactly that. The command is
 * the one the README names before the output (`Output (`deno run --allow-read
 * examples/deno.js`):`), so the Deno and Bun snippets run under Deno and Bun; `node <file>`
 * when it names none.
 * (Runs the built package: `npm test` builds before testing.)
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runtimeCommand } from './helpers/runtimes.js'

const readme = readFileSync('README.md', 'utf8')
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((match) => ({
  lang: match[1] as string,
  body: match[2] as string,
  start: match.index,
  end: match.index + match[0].length,
}))

/** The command the README names between a block and its output, if any. */
function namedCommand(from: number, to: number): string | undefined {
  return /Output \(`([^`]+)`\)/.exec(readme.slice(from, to))?.[1]
}

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
      const command = namedCommand(block.end, output.start) ?? `node ${file}`
      it(`${command} prints what the README shows`, () => {
        const [program, ...args] = command.split(' ')
        expect(args, `the command runs ${file}`).toContain(file)
        const { executable, env } = runtimeCommand(program as string)
        const printed = execFileSync(executable, args, { encoding: 'utf8', env })
        expect(printed).toBe(output.body)
      })
    }
  }
})
