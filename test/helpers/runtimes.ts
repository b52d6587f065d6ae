/**
 * The JavaScript runtimes the tests run the built package under. Node is the one running
 * the tests; Deno and Bun are the binaries of the `deno` and `bun` npm packages in
 * node_modules/.bin, which `npm ci` installs — never a copy found elsewhere on the machine.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The runtimes, by the name their command has. */
export const runtimes = ['node', 'deno', 'bun'] as const

/** One of `runtimes`. */
export type Runtime = (typeof runtimes)[number]

const bin = fileURLToPath(new URL('../../node_modules/.bin/', import.meta.url))

/** What to execute for `program` (`node`, `deno` or `bun`), and the environment to run it in. */
export function runtimeCommand(program: string): { executable: string; env: NodeJS.ProcessEnv } {
  if (!(runtimes as readonly string[]).includes(program)) throw new Error(`not a runtime the tests know: ${program}`)
  const executable = program === 'node' ? process.execPath : `${bin}${program}`
  if (!existsSync(executable)) throw new Error(`${executable} is missing: run npm ci (the ${program} package installs it)`)
  // No colours, no update check over a network that has none, no prompt for a permission.
  const env = { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' }
  return { executable, env }
}

/** The arguments that run `script` with `args` under `runtime` (Deno: read access only). */
export function runArguments(runtime: Runtime, script: string, args: readonly string[]): string[] {
  return runtime === 'deno' ? ['run', '--allow-read', script, ...args] : [script, ...args]
}
