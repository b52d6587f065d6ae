/**
 * The matcher: aligns a template table with a token stream, whatever the layout.
 *
 * 1. **Anchors.** Walk the label tokens in order and tie each to the first template row,
 *    at or after the last one tied, that it names (see `labels.ts`). Order is kept: a
 *    label naming an earlier row (a group header repeated after a page break, labels that
 *    `pdftotext` emits after their numbers) ties nothing.
 * 2. **Segments.** The values between one anchor and the next belong to that anchor's row
 *    and to the rows after it whose labels were not found; values before the first anchor
 *    belong to the rows before it. An anchor followed directly by another (labels printed
 *    as a header above the values, as table 四 has them) hands its rows to the next
 *    segment; so do rows whose labels are glued before the next one in a single label
 *    (`行政处罚行政强制`: the mark between them was taken for text).
 * 3. **Counts.** A segment's values are taken in the template's order only when their
 *    number is exactly the cells its rows need. Otherwise only the anchored row whose
 *    label stands right before the values takes its cells, and the rest stay `null` with
 *    a diagnostic: a value whose cell is uncertain is never guessed.
 */
import { diagnostic, type Diagnostic, type Locale } from '../diagnostics.js'
import type { Format } from '../model.js'
import type { Locator } from '../position.js'
import type { Hint } from '../solve/hints.js'
import { compileWithin, holdsAll, type Compiled } from '../solve/plan.js'
import { buildRun, runChars, type CellSpec, type Run } from '../solve/run.js'
import { isOverlong } from '../solve/split.js'
import { solveRuns } from '../solve/table.js'
import { numberAt, type Tokens } from '../token-list.js'
import { assignedByOrder, cellsMisaligned, extraValues, quote, regroupedByBalance, rowMissing } from './findings.js'
import { regroup } from '../solve/regroup.js'
import { findAnchors, range, segment, valueFlags, type Segment } from './segments.js'
import { cellKeys, type TemplateRow, type TemplateTable } from './types.js'

/** What the matcher read for one cell. */
export interface Cell {
  value: number | null
  /** Unit written in the cell, if any (`元`). */
  unit: string | null
  /** Where the value was written: its cell's span (for cells run together, the part of the run). */
  start: number
  end: number
}

/** Where findings go, in which language, which template's identities apply, what the prose says. */
export interface MatchContext {
  locator: Locator
  locale: Locale
  diagnostics: Diagnostic[]
  format: Format
  /** Numbers the prose states for cells (computed on first use: only runs need them). */
  hints: () => ReadonlyMap<string, Hint>
}

/**
 * Read a table: every cell key the text settles, with its value and token, into `cells`
 * (which may hold other tables' cells already); returns `cells`.
 */
export function matchTable(table: TemplateTable, tokens: Tokens, context: MatchContext, cells: Map<string, Cell> = new Map()): Map<string, Cell> {
  const anchors = findAnchors(table, tokens)
  // Which tokens hold values: found once for the segments and for a regrouping.
  const flags = valueFlags(tokens)
  const runs: Run[] = []
  for (const part of segment(table, tokens, anchors, flags)) {
    if (holdsDigits(tokens, part.values)) runs.push(toRun(table, tokens, part))
    else fill(table, tokens, part, cells, context)
  }
  // Cells run together are split once every other cell is known: the column balances
  // that choose among splits may need them.
  if (runs.length > 0) solveRuns(runs, cells, context.hints(), context)
  if (runs.length === 0 && isGroupTable(table) && keysOf(table, range(0, table.rows.length)).some((key) => !cells.has(key))) regroupTable(table, tokens, flags, cells, context)
  return cells
}

/** Are some of the tokens at `values` digits run together (a segment for the solver)? */
function holdsDigits(tokens: Tokens, values: readonly number[]): boolean {
  for (let at = 0; at < values.length; at++) if (tokens.kind(values[at] as number) === 'digits') return true
  return false
}

/** Are all rows of the table groups of the same columns (table 四)? */
function isGroupTable(table: TemplateTable): boolean {
  const first = table.rows[0]
  return first !== undefined && table.rows.length > 1 && table.rows.every((row) => row.columns.length === first.columns.length)
}

/**
 * When the values of a table of groups could not be tied to rows, and there are exactly as
 * many as the table's cells, try them in order, then regrouped by their arithmetic.
 */
function regroupTable(table: TemplateTable, tokens: Tokens, flags: Uint8Array, cells: Map<string, Cell>, context: MatchContext): void {
  const values: number[] = []
  const breaks: boolean[] = []
  let labelSeen = true
  for (let index = 0; index < tokens.length; index++) {
    if (flags[index] === 1) {
      values.push(index)
      breaks.push(labelSeen)
      labelSeen = false
    } else if (tokens.kind(index) === 'label') labelSeen = true
  }
  const rows = range(0, table.rows.length)
  const size = (table.rows[0] as TemplateRow).columns.length
  if (values.length !== cellCount(table, rows) || values.some((index) => tokens.kind(index) !== 'number')) return
  const keys = keysOf(table, rows)
  const misaligned = context.diagnostics.filter((item) => (item.ruleId === 'cells-misaligned' || item.ruleId === 'row-missing') && item.path.some((key) => keys.includes(key)))
  let ordered: number[] | null = null
  if (balances(table, tokens, rows, values, context)) ordered = values
  else {
    // Every value is a number token (checked above): read once, not at each step of the search.
    const numbers = values.map((index) => numberAt(tokens, index)?.value ?? null)
    const valueOf = (at: number) => numbers[at] as number | null
    // Groups are alike: the first row's identities, as places, check each of them.
    const group = identitiesWithin(table, [0], context.format)
    const groupBalances = (indexes: readonly number[]) => holdsAll(group, Float64Array.from(indexes, (at) => numbers[at] ?? Number.NaN))
    const groups = regroup(values.length, breaks, rows.length, size, groupBalances, valueOf)
    if (groups !== null) {
      const flat = groups.flat()
      ordered = flat.map((at) => values[at] as number)
      // A regrouping is inferred: the prose, where it states a cell, must agree with it.
      const hints = context.hints()
      const disagrees = keys.some((key, index) => {
        const hint = hints.get(key)
        return hint !== undefined && hint.value !== valueOf(flat[index] as number)
      })
      if (disagrees) ordered = null
      else report(context, 'warning', 'regrouped-by-balance', regroupedByBalance, { keys }, keys, tokens, values[0])
    }
  }
  if (ordered === null) return
  assign(table, tokens, rows, ordered, cells)
  // The earlier findings about these rows no longer hold.
  for (const item of misaligned) context.diagnostics.splice(context.diagnostics.indexOf(item), 1)
}

/** A segment whose values are digits run together, as the solver's input. */
function toRun(table: TemplateTable, tokens: Tokens, part: Segment): Run {
  const rows = [...part.before, ...(part.direct === undefined ? [] : [part.direct]), ...part.after]
  const specs: CellSpec[] = []
  for (const row of rows) specs.push(...cellSpecs(table.rows[row] as TemplateRow))
  const held: number[] = []
  let chars = 0
  for (const index of part.values) {
    const kind = tokens.kind(index)
    if (kind !== 'digits' && kind !== 'number' && kind !== 'blank') continue
    held.push(index)
    chars += runChars(kind, tokens.text(index))
  }
  if (isOverlong(chars, specs.length)) {
    // Reported as it is: no Token objects, chars or offsets for megabytes of digits.
    const text = held.map((index) => tokens.text(index)).join(' ')
    return { chars: '', offsets: [], hard: [true], cells: specs, tokens: [], unit: null, overlong: { text, start: tokens.start(held[0] as number), end: tokens.end(held[held.length - 1] as number) } }
  }
  return buildRun(held.map((index) => tokens.token(index)), specs)
}

/** {@link CellSpec}s by template row: the same for every report, so made once. */
const specsByRow = new WeakMap<TemplateRow, readonly CellSpec[]>()

/** The solver's view of `row`'s cells, in column order. */
function cellSpecs(row: TemplateRow): readonly CellSpec[] {
  let specs = specsByRow.get(row)
  if (specs === undefined) {
    const keys = cellKeys(row)
    specs = row.columns.map((column, index) => ({ key: keys[index] as string, signed: row.signed?.includes(column) ?? false, decimal: row.amounts?.includes(column) ?? false }))
    specsByRow.set(row, specs)
  }
  return specs
}

function cellCount(table: TemplateTable, rows: readonly number[]): number {
  let count = 0
  for (const row of rows) count += (table.rows[row] as TemplateRow).columns.length
  return count
}

function keysOf(table: TemplateTable, rows: readonly number[]): string[] {
  const keys: string[] = []
  for (const row of rows) keys.push(...cellKeys(table.rows[row] as TemplateRow))
  return keys
}

/**
 * Do the values `values` (in order) satisfy every balance identity that lies within `rows`?
 * An assignment the labels do not vouch for (by order, or with values left over) is only
 * made when its own arithmetic holds: a shifted row almost never balances.
 */
function balances(table: TemplateTable, tokens: Tokens, rows: readonly number[], values: readonly number[], context: MatchContext): boolean {
  const within = identitiesWithin(table, rows, context.format)
  if (within.length === 0) return true
  // NaN for a blank: it leaves every identity it is in open, as `verdict` has it.
  const read = new Float64Array(values.length)
  for (let at = 0; at < values.length; at++) {
    const index = values[at] as number
    read[at] = numberAt(tokens, index)?.value ?? Number.NaN
  }
  return holdsAll(within, read)
}

/**
 * The identities that lie within some rows of a table, as places among the rows' cells; by
 * table and rows: regrouping asks for the same rows thousands of times.
 */
const within = new WeakMap<TemplateTable, Map<string, Compiled[]>>()

function identitiesWithin(table: TemplateTable, rows: readonly number[], format: Format): Compiled[] {
  let byRows = within.get(table)
  if (byRows === undefined) within.set(table, (byRows = new Map()))
  const id = rows.join(',')
  let found = byRows.get(id)
  if (found === undefined) {
    // A table belongs to one template, so its rows name the same keys in one format.
    found = compileWithin(format, keysOf(table, rows))
    byRows.set(id, found)
  }
  return found
}

/** Do the values follow one another with no label between them? */
function unbroken(tokens: Tokens, values: readonly number[]): boolean {
  const first = values[0]
  const last = values[values.length - 1]
  if (first === undefined || last === undefined) return true
  for (let index = first + 1; index < last; index++) {
    const kind = tokens.kind(index)
    if (kind === 'label' || kind === 'prose') return false
  }
  return true
}

/** Assign one segment's values, or explain why not. */
function fill(table: TemplateTable, tokens: Tokens, part: Segment, cells: Map<string, Cell>, context: MatchContext): void {
  const direct = part.direct === undefined ? [] : [part.direct]
  const labelled = [...part.before, ...direct]
  const all = [...labelled, ...part.after]
  if (all.length === 0) return
  const values = part.values
  const needed = cellCount(table, all)
  if (values.length === needed) {
    // Rows whose labels were seen take their values as they come; rows read by the
    // template's order alone must balance.
    // `assign` takes the values it needs from the front: no copy of them.
    assign(table, tokens, labelled, values, cells)
    if (part.after.length === 0) return
    const own = cellCount(table, labelled)
    const rest = values.slice(own)
    const keys = keysOf(table, part.after)
    if (balances(table, tokens, part.after, rest, context)) {
      assign(table, tokens, part.after, rest, cells)
      report(context, 'info', 'assigned-by-order', assignedByOrder, { keys }, keys, tokens, rest[0])
    } else {
      const found = quote(rest.length, (at) => tokens.text(rest[at] as number))
      report(context, 'warning', 'cells-misaligned', cellsMisaligned, { keys, expected: keys.length, found }, keys, tokens, rest[0])
    }
    return
  }
  if (part.before.length === 0 && part.direct !== undefined && values.length > cellCount(table, direct)) {
    // The row whose label stands right before the values may take the first of them, if
    // no other label breaks them up and they balance; what follows is uncertain.
    const own = cellCount(table, direct)
    const mine = values.slice(0, own)
    if (unbroken(tokens, mine) && balances(table, tokens, direct, mine, context)) {
      assign(table, tokens, direct, mine, cells)
      if (part.after.length > 0) {
        const keys = keysOf(table, part.after)
        report(context, 'warning', 'row-missing', rowMissing, { keys }, keys, tokens, values[own])
      } else {
        const extra = quote(values.length - own, (at) => tokens.text(values[own + at] as number))
        report(context, 'warning', 'extra-values', extraValues, { found: extra }, keysOf(table, direct), tokens, values[own])
      }
      return
    }
  }
  if (part.before.length === 0 && part.direct !== undefined && values.length === cellCount(table, direct)) {
    assign(table, tokens, direct, values, cells)
    const keys = keysOf(table, part.after)
    report(context, 'warning', 'row-missing', rowMissing, { keys }, keys, tokens, undefined)
    return
  }
  const keys = keysOf(table, all)
  if (values.length === 0) {
    report(context, 'warning', 'row-missing', rowMissing, { keys }, keys, tokens, undefined)
    return
  }
  const found = quote(values.length, (at) => tokens.text(values[at] as number))
  report(context, 'warning', 'cells-misaligned', cellsMisaligned, { keys, expected: needed, found }, keys, tokens, values[0])
}

/** Put `values` into the cells of `rows`, in the template's order (as many as they have; any further values are left). */
function assign(table: TemplateTable, tokens: Tokens, rows: readonly number[], values: readonly number[], cells: Map<string, Cell>): void {
  let at = 0
  for (const row of rows) {
    for (const key of cellKeys(table.rows[row] as TemplateRow)) {
      const index = values[at++] as number
      const number = numberAt(tokens, index)
      cells.set(key, { value: number === null ? null : number.value, unit: number === null ? null : number.unit, start: tokens.start(index), end: tokens.end(index) })
    }
  }
}

function report<Data>(
  context: MatchContext,
  severity: 'info' | 'warning',
  ruleId: string,
  message: Parameters<typeof diagnostic<Data>>[2],
  data: Data,
  path: string[],
  tokens: Tokens,
  index: number | undefined,
): void {
  context.diagnostics.push(
    diagnostic(ruleId, severity, message, data, context.locale, {
      place: index === undefined ? null : context.locator.position(tokens.start(index), tokens.end(index)),
      path,
    }),
  )
}
