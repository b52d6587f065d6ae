/**
 * Rule `report-malformed`: the report object cannot be checked as it stands.
 *
 * `validateReport` accepts what `parseReport` returns and the same read back from JSON, or
 * built by hand. Before any rule runs, the report is inspected: its `format` must be
 * `"2021"`, `"2019"` or `null`; its tables `active`, `applications` and `appeals` must be
 * objects; every cell of the format's template must be present and hold a number or `null`.
 * Each problem is one diagnostic (an `error`), and the cells concerned are then treated as
 * blank, so the rules over them are not assessed rather than wrongly failed. A report with
 * `format: null` (no template was recognized) gets one `info` diagnostic and no check.
 *
 * Never throws: a malformed report is what this rule describes.
 */
import { diagnostic, listKeys, RULES_URL, type Diagnostic, type Locale, type Message } from '../diagnostics.js'
import type { Format, StatedClaim } from '../model.js'
import type { Position } from '../position.js'
import { layoutOf, type Layout } from './layout.js'
import type { Lookup } from './evaluate.js'
import { placesOf, type Places } from './places.js'

/** This rule's id. */
export const id = 'report-malformed'

const url = `${RULES_URL}${id}.md`

/** `format` is neither `"2021"`, `"2019"` nor `null`. */
export const formatInvalid: Message<{ value: string }> = {
  'zh-CN': ({ value }) => `报告的 format 应为 "2021"、"2019" 或 null，实际为 ${value}，无法核对`,
  en: ({ value }) => `The report's format must be "2021", "2019" or null, got ${value}; nothing can be checked`,
}

/** `format` is `null`: the parser recognized no template. */
export const formatUnknown: Message<Record<string, never>> = {
  'zh-CN': () => '未识别出报告所用的模板（format 为 null），未作任何核对',
  en: () => 'No template was recognized in the report (format is null); nothing was checked',
}

/** A table object is missing. */
export const sectionMissing: Message<{ section: string }> = {
  'zh-CN': ({ section }) => `报告缺少 ${section}（或不是对象），其中的数值按空白处理`,
  en: ({ section }) => `The report has no ${section} object; its values are treated as blank`,
}

/** Cells of the template are missing. */
export const valuesMissing: Message<{ keys: string[] }> = {
  'zh-CN': ({ keys }) => `报告缺少 ${keys.length} 个单元格，按空白处理：${listKeys(keys)}`,
  en: ({ keys }) => `The report lacks ${keys.length} cells, treated as blank: ${listKeys(keys)}`,
}

/** A cell holds something other than a number or `null`. */
export const valueInvalid: Message<{ key: string; value: string }> = {
  'zh-CN': ({ key, value }) => `${key} 应为数字或 null，实际为 ${value}，按空白处理`,
  en: ({ key, value }) => `${key} must be a number or null, got ${value}; treated as blank`,
}

/** A metadata field has the wrong type. */
export const metadataInvalid: Message<{ key: string; expected: string; value: string }> = {
  'zh-CN': ({ key, expected, value }) => `${key} 应为${expected === 'number' ? '数字' : '字符串'}或 null，实际为 ${value}，已忽略`,
  en: ({ key, expected, value }) => `${key} must be a ${expected} or null, got ${value}; ignored`,
}

/** The three prose sections, as far as they are strings. */
export interface ProseSections {
  overview: string | null
  problems: string | null
  otherMatters: string | null
}

/** A report as the rules see it: values by key, places, and what was wrong with it. */
export interface Inspected {
  /** `null` when there is nothing to check (the format is unknown or invalid). */
  format: Format | null
  title: string | null
  year: number | null
  /** The value of a cell: a finite number or `null` (blank, missing or malformed). */
  lookup: Lookup
  /** The format compiled for checking, and every cell's value at its index (`NaN`: none). */
  layout: Layout | null
  values: Float64Array
  places: Places
  prose: ProseSections
  /** The claims the parser read, when the report carries them well-formed; else `null` (read from the prose). */
  claims: StatedClaim[] | null
  /** Cells already reported missing or malformed: rules do not report them again as blank. */
  unreadable: ReadonlySet<string>
  /** This rule's findings. */
  findings: Diagnostic[]
}

/** Describe a value for a message: JSON where it has one, else its type. */
function show(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (typeof value === 'number') return String(value)
  try {
    const json = JSON.stringify(value)
    if (json === undefined) return typeof value
    return json.length > 40 ? `${json.slice(0, 40)}…` : json
  } catch {
    return typeof value
  }
}

/** The object at `path` in `report`, or `undefined`. */
function rowObject(report: Record<string, unknown>, path: readonly string[]): unknown {
  let current: unknown = report
  for (const part of path) {
    if (!isObject(current)) return undefined
    current = current[part]
  }
  return current
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

const sections = ['active', 'applications', 'appeals'] as const

/**
 * Inspect a report object (anything non-null and object-typed): read every cell of its
 * template into a lookup, and describe what is missing or malformed.
 */
export function inspectReport(report: Record<string, unknown>, locale: Locale): Inspected {
  const findings: Diagnostic[] = []
  const unreadable = new Set<string>()
  const places = placesOf(report.sources)
  const raw = report.format
  const emptyProse: ProseSections = { overview: null, problems: null, otherMatters: null }
  const nothing: Inspected = { format: null, title: null, year: null, lookup: () => null, layout: null, values: new Float64Array(0), places, prose: emptyProse, claims: null, unreadable, findings }

  if (raw === null) {
    findings.push(diagnostic(id, 'info', formatUnknown, {}, locale, { path: ['format'], url }))
    return nothing
  }
  if (raw !== '2021' && raw !== '2019') {
    findings.push(diagnostic(id, 'error', formatInvalid, { value: show(raw) }, locale, { path: ['format'], url }))
    return nothing
  }
  const format: Format = raw

  const title = metadata(report, 'title', 'string', findings, locale)
  const year = metadata(report, 'year', 'number', findings, locale)

  const layout = layoutOf(format)
  // NaN marks a blank, missing or malformed cell; `unreadable` tells the latter two apart.
  const values = new Float64Array(layout.keys.length).fill(Number.NaN)
  const missingSections = new Set<string>()
  for (const section of sections) {
    if (isObject(report[section])) continue
    missingSections.add(section)
    findings.push(diagnostic(id, 'error', sectionMissing, { section }, locale, { path: [section], url }))
  }
  const missing = new Map<string, string[]>()
  // Read row objects, not key by key: a report has 40-odd rows and 200-odd cells.
  for (const row of layout.rows) {
    const section = row.path[0] as string
    if (missingSections.has(section)) {
      for (let column = 0; column < row.columns.length; column++) unreadable.add(layout.keys[row.first + column] as string)
      continue
    }
    // Looked up once a row: this loop runs for every cell of every report checked.
    const object = rowObject(report, row.path)
    const cells = isObject(object) ? object : undefined
    for (let column = 0; column < row.columns.length; column++) {
      const at = row.first + column
      const key = layout.keys[at] as string
      const value = cells === undefined ? undefined : cells[row.columns[column] as string]
      if (value === null) continue
      if (typeof value === 'number' && Number.isFinite(value)) {
        values[at] = value
      } else if (value === undefined) {
        unreadable.add(key)
        const list = missing.get(section) ?? []
        list.push(key)
        missing.set(section, list)
      } else {
        unreadable.add(key)
        findings.push(diagnostic(id, 'error', valueInvalid, { key, value: show(value) }, locale, { path: [key], place: places.of(key), actual: typeof value === 'string' ? value : show(value), url }))
      }
    }
  }
  for (const keys of missing.values()) {
    findings.push(diagnostic(id, 'error', valuesMissing, { keys }, locale, { path: keys, url }))
  }

  return {
    format,
    title,
    year,
    lookup: (key) => {
      const at = layout.index.get(key)
      if (at === undefined) return undefined
      const value = values[at] as number
      return value === value ? value : null
    },
    layout,
    values,
    places,
    prose: proseOf(report.prose),
    claims: claimsOf(report.claims),
    unreadable,
    findings,
  }
}

function isPoint(value: unknown): boolean {
  return isObject(value) && Number.isFinite(value.line) && Number.isFinite(value.column) && Number.isFinite(value.offset)
}

function isPosition(value: unknown): value is Position {
  return isObject(value) && isPoint(value.start) && isPoint(value.end)
}

/** Is `value` a claim as `parseReport` writes it. */
function isClaim(value: unknown): value is StatedClaim {
  if (!isObject(value)) return false
  const { section, quantity, value: number, quote, place, percent } = value
  if (section !== 'overview' && section !== 'problems' && section !== 'otherMatters') return false
  if (typeof quantity !== 'string' || typeof quote !== 'string' || typeof number !== 'number' || !Number.isFinite(number) || !isPosition(place)) return false
  return percent === null || (isObject(percent) && Number.isFinite(percent.value) && Number.isFinite(percent.decimals) && isPosition(percent.place))
}

/**
 * The report's claims when it carries them and every one is well-formed; otherwise `null`,
 * and the narrative check reads the prose itself (a report built by hand or by another tool).
 */
function claimsOf(claims: unknown): StatedClaim[] | null {
  return Array.isArray(claims) && claims.every(isClaim) ? claims : null
}

function metadata<T extends 'string' | 'number'>(
  report: Record<string, unknown>,
  key: string,
  expected: T,
  findings: Diagnostic[],
  locale: Locale,
): (T extends 'string' ? string : number) | null {
  const value = report[key]
  if (value === null || value === undefined) return null
  if (typeof value === expected && (expected === 'string' || Number.isFinite(value))) return value as T extends 'string' ? string : number
  findings.push(diagnostic(id, 'error', metadataInvalid, { key, expected, value: show(value) }, locale, { path: [key], url }))
  return null
}

/** The prose sections that are strings; anything else is left out (the narrative check skips it). */
function proseOf(prose: unknown): ProseSections {
  const result: ProseSections = { overview: null, problems: null, otherMatters: null }
  if (!isObject(prose)) return result
  for (const part of ['overview', 'problems', 'otherMatters'] as const) {
    const text = prose[part]
    if (typeof text === 'string') result[part] = text
  }
  return result
}
