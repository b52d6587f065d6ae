/**
 * Running the built command-line tool as a child process, and making folders of reports.
 * (`npm test` builds before testing; run `npm run build` before `vitest` alone.)
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'

/** The repository. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/** The built tool. */
export const cliPath = join(root, 'dist/cli.js')

/** A seed's or corpus report's input file. */
export function fixturePath(group: 'seeds' | 'corpus' | 'encodings', name: string): string {
  if (group === 'encodings') return join(root, 'test/fixtures/encodings', name)
  const directory = join(root, 'test/fixtures', group, name)
  const input = ['input.txt', 'input.html', 'input.md'].find((file) => existsSync(join(directory, file)))
  if (input === undefined) throw new Error(`no input in ${directory}`)
  return join(directory, input)
}

/** What a run of the tool gave. */
export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Run `zfxxgk …args` and wait for it. */
export function cli(args: readonly string[], options: { input?: string | Uint8Array; cwd?: string; env?: Record<string, string>; uid?: number; gid?: number } = {}): CliResult {
  if (!existsSync(cliPath)) throw new Error('dist/cli.js is missing: run `npm run build` first')
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  }
  if (options.input !== undefined) spawnOptions.input = options.input
  if (options.uid !== undefined) spawnOptions.uid = options.uid
  if (options.gid !== undefined) spawnOptions.gid = options.gid
  const run = spawnSync(process.execPath, [cliPath, ...args], spawnOptions)
  return { status: run.status, stdout: String(run.stdout), stderr: String(run.stderr) }
}

/** Run `zfxxgk …args` asynchronously (several at once, or with a slow reader). */
export function cliAsync(args: readonly string[], cwd = root): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd, env: { PATH: process.env.PATH ?? '' } })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (data: string) => (stdout += data))
    child.stderr.setEncoding('utf8').on('data', (data: string) => (stderr += data))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

const folders: string[] = []

// The folders of a test file go when its tests are done.
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A fresh folder that any user can read (the permission test runs as another user). */
export function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'zfxxgk-cli-'))
  chmodSync(folder, 0o755)
  folders.push(folder)
  return folder
}

/** Copy files into `folder` (created if needed) under new names. */
export function copyInto(folder: string, files: Record<string, string>): void {
  mkdirSync(folder, { recursive: true })
  for (const [name, source] of Object.entries(files)) copyFileSync(source, join(folder, name))
}

/** The parsed lines of JSON Lines output. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

/** Parse RFC 4180 CSV (quoted fields with commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      index++
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

/** The package's version. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
}
