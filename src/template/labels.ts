/**
 * Label matching: how the matcher decides that a cell names a template row.
 *
 * Labels are compared by their *core*: only CJK ideographs, ASCII letters and digits
 * survive, so spacing (`规 章`), widths, quotes (`“三安全一稳定”`), punctuation and markup
 * (`**`, `#`) do not matter. Leading numbering (`一、`, `（三）`, `1.`, `1、`) is dropped.
 * What remains is compared with the row's labels:
 *
 * - equal — `予以公开`;
 * - ends with the label — a group label glued before it (`不予公开属于国家秘密`, cells
 *   run together);
 * - starts with the label — a note after it (`部分公开（区分处理的…）`);
 * - a prefix of the label, five characters or more — a label cut short or wrapped
 *   (`申请人无正当理由逾期不补`).
 *
 * Generic labels (`其他`, `总计`), which are also column headers, only name a row together
 * with their numbering (`3.其他`, `（七）总计`).
 */
import type { TemplateRow, TemplateTable } from './types.js'

const NUMERALS = '一二三四五六七八九十'

/** What {@link squeeze} drops: anything but CJK ideographs (basic, extension A, compatibility), ASCII letters and digits. */
const NOT_KEPT = /[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Z0-9]/gi

/** Keep ideographs, letters and digits of `text`: the comparable part of a label. */
export function squeeze(text: string): string {
  // One native pass: the regex engine scans far faster than a loop building the string.
  return text.replace(NOT_KEPT, '')
}

/** Drop leading numbering (numerals and digits) from a squeezed label. */
export function stripNumbering(squeezed: string): string {
  let index = 0
  while (index < squeezed.length) {
    const char = squeezed[index] as string
    if (NUMERALS.includes(char) || (char >= '0' && char <= '9')) index++
    else break
  }
  return index === 0 ? squeezed : squeezed.slice(index)
}

/** A row's labels, squeezed once. */
interface PreparedRow {
  cores: readonly string[]
  /** For generic labels: numbering + label, squeezed (`3其他`). */
  numbered: readonly string[]
}

const prepared = new WeakMap<TemplateTable, readonly PreparedRow[]>()

function prepare(table: TemplateTable): readonly PreparedRow[] {
  let rows = prepared.get(table)
  if (rows === undefined) {
    rows = table.rows.map((row: TemplateRow) => ({
      cores: row.numbering === undefined ? row.labels.map(squeeze) : [],
      numbered: row.numbering === undefined ? [] : row.labels.map((label) => squeeze(row.numbering + label)),
    }))
    prepared.set(table, rows)
  }
  return rows
}

/** Rows by the last and by the first character of their labels. */
interface CharIndex {
  byLast: Map<string, number[]>
  byFirst: Map<string, number[]>
}

const charIndexes = new WeakMap<TemplateTable, CharIndex>()

function charIndex(table: TemplateTable): CharIndex {
  let index = charIndexes.get(table)
  if (index === undefined) {
    const built: CharIndex = { byLast: new Map(), byFirst: new Map() }
    const add = (map: Map<string, number[]>, char: string | undefined, row: number) => {
      if (char === undefined) return
      const rows = map.get(char)
      if (rows === undefined) map.set(char, [row])
      else if (rows[rows.length - 1] !== row) rows.push(row)
    }
    prepare(table).forEach((row, at) => {
      for (const label of [...row.cores, ...row.numbered]) add(built.byLast, label[label.length - 1], at)
      for (const label of row.cores) add(built.byFirst, label[0], at)
    })
    index = built
    charIndexes.set(table, index)
  }
  return index
}

const NONE: readonly number[] = []

/**
 * The rows at or after `from` that a label could name, in order: every way of naming a row
 * (equal, ending with, starting with, a prefix of its label) shares the label's last or
 * first character. Rows outside these cannot score, so they are not tried.
 */
export function candidateRows(table: TemplateTable, core: string, from: number): number[] {
  if (core.length === 0) return []
  const { byLast, byFirst } = charIndex(table)
  const last = byLast.get(core[core.length - 1] as string) ?? NONE
  const first = byFirst.get(core[0] as string) ?? NONE
  const rows: number[] = []
  let a = 0
  let b = 0
  // Merge the two sorted lists, dropping duplicates and rows before `from`.
  while (a < last.length || b < first.length) {
    const x = last[a] ?? Infinity
    const y = first[b] ?? Infinity
    const row = x < y ? x : y
    if (x === row) a++
    if (y === row) b++
    if (row >= from) rows.push(row)
  }
  return rows
}

/** Shortest cut-short label still taken for the row it begins. */
const PREFIX_MIN = 5

/**
 * How well the label `text` names row `index` of `table`: 4 equal, 3 ends with the row's
 * label, 2 starts with it, 1 is a prefix of it, 0 not at all.
 */
export function labelScore(table: TemplateTable, index: number, squeezed: string, core: string): number {
  const row = prepare(table)[index]
  if (row === undefined || core.length === 0) return 0
  for (const label of row.numbered) if (squeezed.endsWith(label)) return 3
  let best = 0
  for (const label of row.cores) {
    if (core === label) return 4
    if (core.endsWith(label)) best = Math.max(best, 3)
    else if (core.startsWith(label)) best = Math.max(best, 2)
    else if (core.length >= PREFIX_MIN && label.startsWith(core)) best = Math.max(best, 1)
  }
  return best
}

/** Shortest label taken for a row glued before another: shorter ones are words of headers too. */
const GLUED_MIN = 4

/**
 * The rows before `index`, down to `from`, whose labels the label `core` holds, in order,
 * before row `index`'s own (`行政处罚无行政强制`, `行政许可第二十条第六项…行政处罚`): a
 * row whose only cell is a mark glued between two labels, taken for text. They are named
 * too, and hold no value of their own. Returned in the template's order; empty when `core`
 * does not end with a label of row `index`.
 */
export function gluedBefore(table: TemplateTable, index: number, core: string, from: number): number[] {
  const rows = prepare(table)
  const own = rows[index]?.cores.find((label) => core.length > label.length && core.endsWith(label))
  if (own === undefined) return []
  const glued: number[] = []
  let end = core.length - own.length
  for (let row = index - 1; row >= from && end >= GLUED_MIN; row--) {
    for (const label of rows[row]?.cores ?? []) {
      if (label.length < GLUED_MIN || label.length > end) continue
      const at = core.lastIndexOf(label, end - label.length)
      if (at === -1) continue
      glued.unshift(row)
      end = at
      break
    }
  }
  return glued
}
