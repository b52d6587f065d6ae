/**
 * Hostile input, one example each: a million digits in a row, a million `|`, labels
 * repeated tens of thousands of times, lines of megabytes (recipes in `hostile/cases.mjs`).
 * Each must be read without an exception, with every place inside the text, the same way
 * twice.
 *
 * Each is read in a child process (`hostile/read.mjs`, over the built package: `npm test`
 * builds first), so that an input the parser takes quadratic time over fails this test
 * after `LIMIT` instead of holding the test run for hours: a synchronous loop cannot be
 * interrupted in-process. The limit is a bound on "it finishes", forty times what these take
 * (up to a second on 2 cores); speed itself is measured by `npm run bench:scaling`.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const LIMIT = 40_000
const script = fileURLToPath(new URL('hostile/read.mjs', import.meta.url))

/** What `read.mjs` reports about one input. */
interface Reading {
  length: number
  threw: string | null
  format?: string | null
  outside?: number
  deterministic?: boolean
  values?: Record<string, unknown>
  explained?: Record<string, string[]>
}

/** Read the recipe `name` in a child process; `keys`: values to report. */
function read(name: string, keys: readonly string[] = []): Reading {
  const run = spawnSync(process.execPath, [script, name, ...keys], { encoding: 'utf8', timeout: LIMIT, maxBuffer: 1 << 20 })
  if (run.error !== undefined || run.signal !== null) throw new Error(`“${name}” did not finish within ${LIMIT / 1000} s (${run.error?.message ?? run.signal}): super-linear time`)
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout) as Reading
}

/** The checks every hostile input must pass. */
function expectSafe(reading: Reading): void {
  expect(reading.threw).toBeNull()
  expect(reading.outside).toBe(0)
  expect(reading.deterministic).toBe(true)
}

describe('hostile input', () => {
  it('a run of 1,000,000 digits', () => {
    const reading = read('a run of 1,000,000 digits')
    expectSafe(reading)
    expect(reading.format).toBeNull()
  })

  it('a row of table 三 run together into 1,000,000 digits', () => {
    const reading = read('a row of table 三 run together into 1,000,000 digits', ['applications.granted.person'])
    expectSafe(reading)
    // Nothing in a million digits is a cell of certain value, and the report says so.
    expect(reading.values?.['applications.granted.person']).toBeNull()
    expect(reading.explained?.['applications.granted.person']?.length).toBeGreaterThan(0)
  })

  it('a cell of 1,000,000 digits in a tab table', () => {
    const reading = read('a cell of 1,000,000 digits in a tab table', ['applications.granted.person', 'applications.partlyGranted.person'])
    expectSafe(reading)
    expect(reading.values).toEqual({ 'applications.granted.person': null, 'applications.partlyGranted.person': 0 })
  })

  it('a million |', () => {
    expectSafe(read('a million |'))
  })

  it('a line of a million | in a pipe table', () => {
    const reading = read('a line of a million | in a pipe table', ['applications.carriedOver.total'])
    expectSafe(reading)
    expect(reading.values?.['applications.carriedOver.total']).toBe(0)
  })

  it('a row label repeated 50,000 times, a line each and run together', () => {
    expectSafe(read('a row label repeated 50,000 times, a line each'))
    expectSafe(read('a row label repeated 50,000 times, run together'))
  })

  it('table 三 run together, repeated to 10 MB', () => {
    expectSafe(read('table 三 run together, repeated to 10 MB'))
  })

  it('table 三 repeated 5,000 times, and the section headings 20,000 times', () => {
    expectSafe(read('table 三 repeated 5,000 times, one cell a line'))
    expectSafe(read('the section headings repeated 20,000 times'))
  })

  it('lines of megabytes: prose, a million tabs, numbers with single spaces', () => {
    expectSafe(read('a line of 2 MB of prose with numbers'))
    expectSafe(read('an aligned row with 500,000 numbers'))
    expectSafe(read('a line of a million zeros with single spaces'))
  })

  it('a line of 4 MB of prose stating counts (80,000 claims)', () => {
    expectSafe(read('a line of 4 MB of prose stating counts without 起'))
  })

  it('a row of a tab table with a million tabs', () => {
    const reading = read('a row of a tab table with a million tabs', ['active.rules.issued'])
    expectSafe(reading)
    expect(reading.values?.['active.rules.issued']).toBe(0)
  })
})
