/**
 * The command line's paths, into the ordered list of inputs.
 *
 * - a file is taken as it is, whatever its extension (it was asked for);
 * - a directory is walked recursively, in name order, for report files (`.txt`, `.md`,
 *   `.html`, `.htm` …) and the documents reports also come as (`.pdf`, `.doc`, `.docx`,
 *   `.ofd` …, which become error records saying they must be converted first). Hidden
 *   files and directories, `node_modules`, and other extensions (`.json`, `.csv`, images)
 *   are left out; symbolic links to files are followed, to directories not (no cycles);
 * - a path that does not exist but holds glob syntax is expanded (sorted); one that
 *   matches nothing, or any other missing path, stays as it is and becomes a `not-found`
 *   error record: nothing the user named is silently dropped;
 * - `-` is standard input, named `<stdin>`.
 *
 * A file reached twice (named, and inside a named directory) is read once, at its first
 * place.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs'
import { resolve } from 'node:path'
import { expandGlob, isGlob } from './glob.js'
import { failureOf } from './read.js'
import { DOCUMENT_EXTENSIONS, extensionOf, HTML_EXTENSIONS, TEXT_EXTENSIONS } from './sniff.js'
import type { Input } from './types.js'

/** The name standard input has in the output. */
export const STDIN_NAME = '<stdin>'

const WALKED = new Set([...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, ...DOCUMENT_EXTENSIONS])

function join(directory: string, name: string): string {
  return directory.endsWith('/') ? `${directory}${name}` : `${directory}/${name}`
}

/** Is a walked entry a file to read. */
function isWalkedFile(entry: Dirent): boolean {
  return (entry.isFile() || entry.isSymbolicLink()) && WALKED.has(extensionOf(entry.name))
}

/** Walk a directory, depth first, in name order. */
function walkDirectory(directory: string, add: (input: Input) => void): void {
  let entries: Dirent[]
  try {
    entries = readdirSync(directory, { withFileTypes: true })
  } catch (error) {
    add({ name: directory, path: directory, failure: failureOf(error) })
    return
  }
  entries.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(directory, entry.name)
    if (entry.isDirectory()) walkDirectory(path, add)
    else if (isWalkedFile(entry)) add({ name: path, path })
  }
}

function isDirectory(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory()
  } catch {
    return undefined
  }
}

/**
 * Expand the paths of the command line into inputs, in order. `stdin` gives the bytes of
 * standard input when `-` is among the paths. `warn` hears about directories and globs
 * that hold no report; `counted`, of the number of inputs each time one is added (the
 * walk of a large folder takes a while: the tool starts its workers meanwhile).
 */
export function expandInputs(paths: readonly string[], stdin: () => Uint8Array, warn: (message: string) => void, counted?: (count: number) => void): Input[] {
  const inputs: Input[] = []
  // One path cannot reach a file twice: the set (a resolved copy of every path) is only
  // kept when there are several, which matters with 100,000 files.
  const seen = paths.length > 1 ? new Set<string>() : undefined
  const add = (input: Input) => {
    if (seen !== undefined) {
      const key = input.path === null ? STDIN_NAME : resolve(input.path)
      if (seen.has(key)) return
      seen.add(key)
    }
    inputs.push(input)
    counted?.(inputs.length)
  }
  for (const path of paths) {
    if (path === '-') {
      add({ name: STDIN_NAME, path: null, bytes: stdin() })
      continue
    }
    const directory = isDirectory(path)
    if (directory === true) {
      // Files found, not files added: a directory whose files were all named before (given
      // twice, or inside one given before) holds report files all the same.
      let found = 0
      walkDirectory(path, (input) => {
        found++
        add(input)
      })
      if (found === 0) warn(`${path}: no report files (.txt, .md, .html, .htm …) in this directory`)
    } else if (directory === undefined && isGlob(path)) {
      const matches = expandGlob(path)
      if (matches.length === 0) add({ name: path, path })
      for (const match of matches) add({ name: match, path: match })
    } else add({ name: path, path })
  }
  return inputs
}
