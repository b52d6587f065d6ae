/**
 * Globs for when the shell does not expand them (quoted patterns, Windows, npm scripts):
 * `*` and `?` within a path segment, `**` across segments, `[abc]`, `[a-z]`, `[!x]`, and
 * `{a,b}` alternatives. Like shells, a wildcard does not match a leading dot.
 *
 * Matching is done segment by segment with the classic two-pointer algorithm (no
 * regular expression is built from user input, so nothing can backtrack badly).
 */
import { readdirSync } from 'node:fs'

/** Does `pattern` hold any glob syntax. */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern)
}

/** `a{b,c{d,e}}f` → `abf`, `acdf`, `acef`. A brace without a matching close is literal. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{')
  if (open === -1) return [pattern]
  let depth = 0
  const commas: number[] = []
  let close = -1
  for (let index = open; index < pattern.length; index++) {
    const char = pattern[index]
    if (char === '{') depth++
    else if (char === '}' && --depth === 0) {
      close = index
      break
    } else if (char === ',' && depth === 1) commas.push(index)
  }
  if (close === -1) return [pattern]
  const head = pattern.slice(0, open)
  const tail = pattern.slice(close + 1)
  const bounds = [open, ...commas, close]
  const alternatives = bounds.slice(0, -1).map((start, index) => pattern.slice(start + 1, bounds[index + 1]))
  return alternatives.flatMap((alternative) => expandBraces(`${head}${alternative}${tail}`))
}

/** Does the class starting at `pattern[at] === '['` match `char`; where the class ends. */
function matchClass(pattern: string, at: number, char: string): { matched: boolean; end: number } | undefined {
  let index = at + 1
  const negated = pattern[index] === '!' || pattern[index] === '^'
  if (negated) index++
  let matched = false
  let first = true
  while (index < pattern.length && (first || pattern[index] !== ']')) {
    first = false
    const low = pattern[index] as string
    if (pattern[index + 1] === '-' && index + 2 < pattern.length && pattern[index + 2] !== ']') {
      const high = pattern[index + 2] as string
      if (char >= low && char <= high) matched = true
      index += 3
    } else {
      if (char === low) matched = true
      index++
    }
  }
  if (index >= pattern.length) return undefined
  return { matched: matched !== negated, end: index + 1 }
}

/** Does one path segment match one pattern segment (`*`, `?`, classes). */
export function matchSegment(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false
  let p = 0
  let n = 0
  let starP = -1
  let starN = 0
  while (n < name.length) {
    const token = pattern[p]
    if (token === '*') {
      starP = ++p
      starN = n
      continue
    }
    if (token === '?') {
      p++
      n++
      continue
    }
    if (token === '[') {
      const result = matchClass(pattern, p, name[n] as string)
      if (result === undefined ? name[n] === '[' : result.matched) {
        p = result === undefined ? p + 1 : result.end
        n++
        continue
      }
    } else if (token !== undefined && token === name[n]) {
      p++
      n++
      continue
    }
    if (starP === -1) return false
    // Let the last star take one more character and try again from there.
    p = starP
    n = ++starN
  }
  while (pattern[p] === '*') p++
  return p === pattern.length
}

function join(base: string, name: string): string {
  if (base === '') return name
  return base.endsWith('/') ? `${base}${name}` : `${base}/${name}`
}

function entries(directory: string): { name: string; directory: boolean }[] {
  try {
    return readdirSync(directory === '' ? '.' : directory, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }))
  } catch {
    return []
  }
}

/** Walk `segments` from `base`, adding matching files to `found`. */
function walk(base: string, segments: readonly string[], index: number, found: Set<string>): void {
  const segment = segments[index]
  if (segment === undefined) return
  const last = index === segments.length - 1
  if (segment === '**') {
    // Zero directories, then one more level for each subdirectory (hidden ones excluded).
    if (last) {
      for (const entry of entries(base)) {
        if (entry.name.startsWith('.')) continue
        if (entry.directory) walk(join(base, entry.name), segments, index, found)
        else found.add(join(base, entry.name))
      }
      return
    }
    walk(base, segments, index + 1, found)
    for (const entry of entries(base)) if (entry.directory && !entry.name.startsWith('.')) walk(join(base, entry.name), segments, index, found)
    return
  }
  if (!isGlob(segment)) {
    const path = join(base, segment)
    if (last) {
      if (entries(base).some((entry) => entry.name === segment && !entry.directory)) found.add(path)
    } else walk(path, segments, index + 1, found)
    return
  }
  for (const entry of entries(base)) {
    if (!matchSegment(segment, entry.name)) continue
    if (last) {
      if (!entry.directory) found.add(join(base, entry.name))
    } else if (entry.directory) walk(join(base, entry.name), segments, index + 1, found)
  }
}

/** The files matching a glob, sorted; `[]` when none do. */
export function expandGlob(pattern: string): string[] {
  const found = new Set<string>()
  // On Windows a backslash separates directories; elsewhere it is an ordinary character.
  const slashed = process.platform === 'win32' ? pattern.replaceAll('\\', '/') : pattern
  for (const alternative of expandBraces(slashed)) {
    const absolute = alternative.startsWith('/')
    const segments = alternative.split('/').filter((segment, index) => segment !== '' && !(segment === '.' && index > 0))
    walk(absolute ? '/' : '', segments, 0, found)
  }
  return [...found].sort()
}
