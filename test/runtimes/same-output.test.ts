/**
 * The built package runs the same under Node, Deno and Bun: examples/report-json.js, run by
 * each runtime on every fixture (text, Markdown, and web pages through zfxxgk/html and
 * parse5), prints the same bytes, and what it prints is what the source computes.
 * (Runs the built package: `npm test` builds before testing.)
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parseHtmlReport } from '../../src/html/index.js'
import { parseReport } from '../../src/parse.js'
import { validateReport } from '../../src/validate.js'
import { fixtures } from '../helpers/fixtures.js'
import { runArguments, runtimeCommand, runtimes, type Runtime } from '../helpers/runtimes.js'

const run = promisify(execFile)
const script = 'examples/report-json.js'

/** What `runtime` prints running the example on `file`. */
async function printed(runtime: Runtime, file: string): Promise<string> {
  const { executable, env } = runtimeCommand(runtime)
  const { stdout } = await run(executable, runArguments(runtime, script, [file]), { env, maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

const inputs = [...fixtures('seeds'), ...fixtures('corpus')]

describe('the runtimes', () => {
  it('are the npm packages pinned in package.json', async () => {
    const { devDependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }
    for (const runtime of ['deno', 'bun'] as const) {
      const { executable, env } = runtimeCommand(runtime)
      const { stdout } = await run(executable, ['--version'], { env })
      expect(stdout, runtime).toContain(devDependencies[runtime])
    }
  })

  it('have fixtures to read, web pages among them', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(12)
    expect(inputs.filter((fixture) => fixture.extension === 'html').length).toBeGreaterThanOrEqual(2)
  })

  for (const fixture of inputs) {
    const file = `test/fixtures/${fixture.group}/${fixture.name}/input.${fixture.extension}`
    it(`print the same JSON for ${fixture.group}/${fixture.name}`, async () => {
      const [node, ...others] = await Promise.all(runtimes.map((runtime) => printed(runtime, file)))
      const report = fixture.extension === 'html' ? parseHtmlReport(fixture.input) : parseReport(fixture.input)
      expect(JSON.parse(node as string)).toEqual(JSON.parse(JSON.stringify({ report, findings: validateReport(report) })))
      others.forEach((output, index) => expect(output, runtimes[index + 1]).toBe(node))
    })
  }
})
