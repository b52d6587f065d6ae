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

/** Every balance identity of a format, in rule order. */
export function equations(format: Format): readonly Equation[] {
  const cached = cache.get(format)
  if (cached !== undefined) return cached
  const list: Equation[] = []
  for (const column of applicantColumns) {
    list.push({
      ruleId: 'applications-balance',
      scope: column,
      left: [`applications.newRequests.${column}`, `applications.carriedOver.${column}`],
      right: [`applications.totalHandled.${column}`, `applications.carriedForward.${column}`],
    })
  }
  const results = resultRows(format)
  for (const column of applicantColumns) {
    list.push({
      ruleId: 'applications-results-sum',
      scope: column,
      left: [`applications.totalHandled.${column}`],
      right: results.map((row) => `${row}.${column}`),
    })
  }
  for (const row of applicationRows(format)) {
    list.push({
      ruleId: 'applications-row-total',
      scope: row.slice('applications.'.length),
      left: [`${row}.total`],
      right: applicantParts.map((column) => `${row}.${column}`),
    })
  }
  for (const group of ['review', 'lawsuit', 'lawsuitAfterReview']) {
    list.push({
      ruleId: 'appeals-total',
      scope: group,
      left: [`appeals.${group}.total`],
      right: appealParts.map((outcome) => `appeals.${group}.${outcome}`),
    })
  }
  cache.set(format, list)
  return list
}

/** What an equation says about some values: it holds, it fails, or a blank leaves it open. */
export type Verdict = 'holds' | 'fails' | 'open'

/**
 * Evaluate `equation` with `value(key)`: `open` when any operand is `null` or missing.
 * Allocation-free: the solver calls it in loops.
 */
export function verdict(equation: Equation, value: (key: string) => number | null | undefined): Verdict {
  let left = 0
  let right = 0
  for (const key of equation.left) {
    const operand = value(key)
    if (operand === null || operand === undefined) return 'open'
    left += operand
  }
  for (const key of equation.right) {
    const operand = value(key)
    if (operand === null || operand === undefined) return 'open'
    right += operand
  }
  // Amounts may be decimal: compare with a tolerance far below a cent.
  return Math.abs(left - right) < 1e-6 ? 'holds' : 'fails'
}

/** The equations whose every key is in `keys`. */
export function equationsWithin(format: Format, keys: ReadonlySet<string>): Equation[] {
  return equations(format).filter((equation) => equation.left.every((key) => keys.has(key)) && equation.right.every((key) => keys.has(key)))
}
