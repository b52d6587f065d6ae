/**
 * Steps 1 and 2 of the matcher (see `match.ts`): anchors — label tokens tied to template
 * rows, in order — and the segments of value tokens between them, with the rows each may
 * fill.
 */
import type { Tokens } from '../token-list.js'
import type { TokenKind } from '../tokens.js'
import { candidateRows, gluedBefore, labelScore, squeeze, stripNumbering } from './labels.js'
import type { TemplateTable } from './types.js'

/** An anchored row: template row `row` named by token `token`. */
export interface Anchor {
  row: number
  token: number
  /** Named inside the label of the next anchor: it holds no value (see `gluedBefore`). */
  glued?: boolean
}

/** A run of values and the rows it may fill. */
export interface Segment {
  /** Rows whose labels were seen above the values (header form), in order. */
  before: number[]
  /** The row whose label stands right before the values, if any. */
  direct: number | undefined
  /** Rows after `direct` whose labels were not found. */
  after: number[]
  /** Indexes of value tokens. */
  values: number[]
  /** Its row was named inside another row's label: no value follows it, and it hands nothing on. */
  glued?: boolean
}

/** Only near rows may be tied by a label cut short: it is the weakest evidence. */
const PREFIX_REACH = 2

/** The rows a label names, each with its score (see `labelScore`), in the template's order. */
interface Naming {
  core: string
  rows: readonly { row: number; score: number }[]
}

/**
 * Namings by label text, per table. The template's labels recur in every report of a batch,
 * so each distinct text is squeezed and scored once; the cache is emptied when it grows past
 * `NAMING_CACHE`, so odd texts cannot make it grow without end.
 */
const namings = new WeakMap<TemplateTable, Map<string, Naming>>()
const NAMING_CACHE = 4096

function naming(table: TemplateTable, text: string): Naming {
  let cache = namings.get(table)
  if (cache === undefined) namings.set(table, (cache = new Map()))
  let found = cache.get(text)
  if (found === undefined) {
    const squeezed = squeeze(text)
    const core = stripNumbering(squeezed)
    const rows: { row: number; score: number }[] = []
    for (const row of candidateRows(table, core, 0)) {
      const score = labelScore(table, row, squeezed, core)
      if (score > 0) rows.push({ row, score })
    }
    if (cache.size >= NAMING_CACHE) cache.clear()
    found = { core, rows }
    cache.set(text, found)
  }
  return found
}

/** Tie label tokens to template rows, keeping the template's order. */
export function findAnchors(table: TemplateTable, tokens: Tokens): Anchor[] {
  const anchors: Anchor[] = []
  let next = 0
  for (let index = 0; index < tokens.length && next < table.rows.length; index++) {
    if (tokens.kind(index) !== 'label') continue
    const { core, rows } = naming(table, tokens.text(index))
    for (const { row, score } of rows) {
      if (row < next || (score === 1 && row - next > PREFIX_REACH)) continue
      if (row > next) for (const glued of gluedBefore(table, row, core, next)) anchors.push({ row: glued, token: index, glued: true })
      anchors.push({ row, token: index })
      next = row + 1
      break
    }
  }
  return anchors
}

function holdsValue(kind: TokenKind): boolean {
  return kind === 'number' || kind === 'blank' || kind === 'digits'
}

/**
 * Which tokens hold a value: a number, a blank, digits, or an empty cell between two values
 * of one row (`5\t\t0`: the empty cell is a blank). One pass, whatever the runs of empty
 * cells (a million `|` is a million empty cells): the non-empty token after a run of them
 * is found once for the whole run.
 */
export function valueFlags(tokens: Tokens): Uint8Array {
  const flags = new Uint8Array(tokens.length)
  // The nearest non-empty tokens before and after the current one (-1: none).
  let last = -1
  let next = -1
  for (let index = 0; index < tokens.length; index++) {
    const kind = tokens.kind(index)
    if (kind !== 'empty') {
      last = index
      if (holdsValue(kind)) flags[index] = 1
      continue
    }
    if (next < index) {
      next = index + 1
      while (next < tokens.length && tokens.kind(next) === 'empty') next++
    }
    const row = tokens.row(index)
    if (row === undefined || last === -1 || next >= tokens.length) continue
    if (holdsValue(tokens.kind(last)) && tokens.row(last) === row && holdsValue(tokens.kind(next)) && tokens.row(next) === row) flags[index] = 1
  }
  return flags
}

/** Cut the value tokens into segments at the anchors; `flags`: the tokens' {@link valueFlags}. */
export function segment(table: TemplateTable, tokens: Tokens, anchors: readonly Anchor[], flags: Uint8Array): Segment[] {
  const segments: Segment[] = []
  const first = anchors[0]
  const lead: Segment = { before: [], direct: undefined, after: range(0, first?.row ?? table.rows.length), values: [] }
  segments.push(lead)
  for (let index = 0; index < anchors.length; index++) {
    const anchor = anchors[index] as Anchor
    const nextRow = anchors[index + 1]?.row ?? table.rows.length
    segments.push({ before: [], direct: anchor.row, after: range(anchor.row + 1, nextRow), values: [], glued: anchor.glued === true })
  }
  let current = 0
  for (let index = 0; index < tokens.length; index++) {
    while (current < anchors.length && (anchors[current] as Anchor).token <= index) current++
    if (flags[index] === 1) (segments[current] as Segment).values.push(index)
  }
  // Labels printed above their values: an anchor with nothing after it hands its rows on.
  for (let index = 0; index < segments.length - 1; index++) {
    const here = segments[index] as Segment
    if (here.values.length > 0 || here.glued === true) continue
    const rows = [...here.before, ...(here.direct === undefined ? [] : [here.direct]), ...here.after]
    const next = segments[index + 1] as Segment
    next.before = [...rows, ...next.before]
    here.before = []
    here.direct = undefined
    here.after = []
  }
  return segments
}

/** The integers `from … to − 1`. */
export function range(from: number, to: number): number[] {
  const result: number[] = []
  for (let index = from; index < to; index++) result.push(index)
  return result
}
