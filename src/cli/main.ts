#!/usr/bin/env node
/**
 * `zfxxgk`: the command-line tool (`dist/cli.js`). Reads the command line, runs it, and
 * exits with its code: 0 nothing found, 1 findings at the `--fail-on` level, 2 a usage
 * error or an input that could not be read.
 */
import { readFileSync } from 'node:fs'
import { parseCommandLine, UsageError } from './args.js'
import { helpText } from './help.js'
import { run } from './run.js'

/** The package's version, from the package.json next to `dist/`. */
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  return manifest.version
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const invocation = parseCommandLine(argv)
    if (invocation.kind === 'version') {
      process.stdout.write(`${version()}\n`)
      return 0
    }
    if (invocation.kind === 'help') {
      process.stdout.write(helpText(invocation.command))
      return 0
    }
    return await run(invocation, {
      stdout: process.stdout,
      stderr: process.stderr,
      readStdin: () => readFileSync(0),
      env: process.env,
    })
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`zfxxgk: ${error.message}\nRun zfxxgk --help for usage.\n`)
      return 2
    }
    // The reader of the output went away (`zfxxgk parse … | head`): nothing left to do.
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPIPE') return 0
    process.stderr.write(`zfxxgk: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
}

process.exitCode = await main(process.argv.slice(2))
