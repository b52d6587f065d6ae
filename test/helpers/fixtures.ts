/**
 * The fixtures of test/fixtures/<group>/<name>/{input.*, expected.json}.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** One fixture: its input text and, where known, the hand-checked values. */
export interface Fixture {
  group: string
  name: string
  /** `txt`, `html` … */
  extension: string
  input: string
  /** Expected flat values (FIELDS.md keys plus metadata and `_` notes), if any. */
  expected: Record<string, unknown> | undefined
}

/** All fixtures of a group (`seeds`, `corpus` …), sorted by name. */
export function fixtures(group: string): Fixture[] {
  const directory = `${root}${group}/`
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const files = readdirSync(`${directory}${name}`)
      const input = files.find((file) => file.startsWith('input.'))
      if (input === undefined) throw new Error(`fixture ${group}/${name} has no input file`)
      const expectedPath = `${directory}${name}/expected.json`
      return {
        group,
        name,
        extension: input.slice('input.'.length),
        input: readFileSync(`${directory}${name}/${input}`, 'utf8'),
        expected: existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>) : undefined,
      }
    })
}

/** The expected values that are flat keys or metadata (not `_` notes). */
export function expectedValues(fixture: Fixture): [string, unknown][] {
  return Object.entries(fixture.expected ?? {}).filter(([key]) => !key.startsWith('_'))
}
