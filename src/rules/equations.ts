/**
 * The balance identities (勾稽关系), declared once.
 *
 * Each is an equation `sum(left) = sum(right)` over flat keys. The validator evaluates
 * them; the solver for cells run together uses them as constraints to choose among splits
 * of a digit run. One definition: no drift between what we check and what we assume.
 */
import type { Format } from '../model.js'
import { applicantColumns, appealColumns } from '../template/shared.js'
import { templates } from '../template/index.js'
import { isBalanced, residual, type Lookup } from './evaluate.js'

/** One balance identity. */
export interface Equation {
  /** The rule it belongs to (RULES.md), e.g. `applications-balance`. */
  ruleId: string
  /** What distinguishes this equation within its rule: the column or row it is about. */
  scope: string
  /** Keys summed on the left. */
  left: readonly string[]
  /** Keys summed on the right. */
  right: readonly string[]
  /** `left` then `right`: every key the identity involves. */
  operands: readonly string[]
}

const applicantParts = applicantColumns.filter((column) => column !== 'total')
const appealParts = appealColumns.filter((column) => column !== 'total')

/** Keys of table 三's result rows (（一）…（六）), as row key prefixes. */
function resultRows(format: Format): string[] {
  const table = templates[format].tables.find((candidate) => candidate.id === 'applications')
  if (table === undefined) return []
  const rows = table.rows.map((row) => row.key)
  const first = rows.indexOf('applications.granted')
  const last = rows.indexOf('applications.totalHandled')
  return rows.slice(first, last)
}

/** Rows of table 三, as key prefixes. */
function applicationRows(format: Format): string[] {
  return templates[format].tables.find((table) => table.id === 'applications')?.rows.map((row) => row.key) ?? []
}

const cache = new Map<Format, readonly Equation[]>()
const byKeyCache = new Map<Format, ReadonlyMap<string, readonly Equation[]>>()

/** Build an equation, with its operands listed once. */
export function equation(ruleId: string, scope: string, left: readonly string[], right: readonly string[]): Equation {
  return { ruleId, scope, left, right, operands: [...left, ...right] }
}

/** Every balance identity of a format, in rule order. */
export function equations(format: Format): readonly Equation[] {
  const cached = cache.get(format)
  if (cached !== undefined) return cached
  const list: Equation[] = []
  for (const column of applicantColumns) {
    list.push(
      equation(
        'applications-balance',
        column,
        [`applications.newRequests.${column}`, `applications.carriedOver.${column}`],
        [`applications.totalHandled.${column}`, `applications.carriedForward.${column}`],
      ),
    )
  }
  const results = resultRows(format)
  for (const column of applicantColumns) {
    list.push(equation('applications-results-sum', column, [`applications.totalHandled.${column}`], results.map((row) => `${row}.${column}`)))
  }
  for (const row of applicationRows(format)) {
    list.push(equation('applications-row-total', row.slice('applications.'.length), [`${row}.total`], applicantParts.map((column) => `${row}.${column}`)))
  }
  for (const group of ['review', 'lawsuit', 'lawsuitAfterReview']) {
    list.push(equation('appeals-total', group, [`appeals.${group}.total`], appealParts.map((outcome) => `appeals.${group}.${outcome}`)))
  }
  cache.set(format, list)
  return list
}

/** The identities each key takes part in. */
export function equationsByKey(format: Format): ReadonlyMap<string, readonly Equation[]> {
  let index = byKeyCache.get(format)
  if (index === undefined) {
    const built = new Map<string, Equation[]>()
    for (const item of equations(format)) {
      for (const key of item.operands) {
        const list = built.get(key)
        if (list === undefined) built.set(key, [item])
        else if (!list.includes(item)) list.push(item)
      }
    }
    index = built
    byKeyCache.set(format, index)
  }
  return index
}

/** What an equation says about some values: it holds, it fails, or a blank leaves it open. */
export type Verdict = 'holds' | 'fails' | 'open'

/**
 * Evaluate `equation` with `value(key)`: `open` when any operand is `null` or missing.
 * Allocation-free: the solver calls it in loops. (The arithmetic is `evaluate.ts`'s, which
 * the validator uses too.)
 */
export function verdict(equation: Equation, value: Lookup): Verdict {
  const difference = residual(equation, value)
  if (Number.isNaN(difference)) return 'open'
  return isBalanced(difference) ? 'holds' : 'fails'
}

/** The equations whose every key is in `keys`. */
export function equationsWithin(format: Format, keys: ReadonlySet<string>): Equation[] {
  const index = equationsByKey(format)
  const within: Equation[] = []
  for (const key of keys) {
    for (const item of index.get(key) ?? []) {
      if (!within.includes(item) && item.operands.every((operand) => keys.has(operand))) within.push(item)
    }
  }
  return within
}
