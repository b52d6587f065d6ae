/**
 * `parseReport`: text in, report model out.
 *
 * ```
 * text ──normalize──▶ text' (same length, same offsets)
 *      ──sections───▶ regions of 二, 三, 四 (by what their headings say)
 *      ──reader─────▶ tokens, per region, by the reader most confident about it
 *      ──template───▶ values + where each came from + what could not be read
 * ```
 */
import { diagnostic, type Diagnostic, type Locale } from './diagnostics.js'
import { readMetadata } from './metadata.js'
import type { Format, Layouts, Prose, Report, StatedClaim } from './model.js'
import { extractNormalizedClaims } from './narrative/claims.js'
import { normalize } from './normalize.js'
import { setPath } from './paths.js'
import { createLocator, shareLineStarts, type Locator, type Position } from './position.js'
import { defaultReaders, pickReader } from './readers/index.js'
import { readTokens } from './readers/define.js'
import type { Reader } from './readers/types.js'
import { sectionMissing, sectionNames, unsupportedFormat } from './template/findings.js'
import { detectFormat, templates } from './template/index.js'
import { cellKeys } from './template/types.js'
import { matchTable, type Cell, type MatchContext } from './template/match.js'
import { tableRegions } from './template/regions.js'
import { findSections, type Region } from './template/sections.js'
import { findHints, type Hint } from './solve/hints.js'
import type { SectionId } from './template/types.js'

/** Options of {@link parseReport}. */
export interface ParseOptions {
  /**
   * The layout readers to choose from, replacing the defaults. To add one, pass
   * `[...defaultReaders, myReader]`.
   */
  readers?: readonly Reader[]
  /** Language of the diagnostics' messages: `zh-CN` (default) or `en`. */
  locale?: Locale
}

/** Describe a value for a TypeError message. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`}`
}

export function checkOptions(options: unknown, caller = 'parseReport'): { readers: readonly Reader[]; locale: Locale } {
  if (options === undefined) return { readers: defaultReaders, locale: 'zh-CN' }
  if (options === null || typeof options !== 'object') throw new TypeError(`${caller}: options must be an object, got ${describe(options)}`)
  const { readers = defaultReaders, locale = 'zh-CN' } = options as ParseOptions
  if (!Array.isArray(readers) || readers.length === 0) throw new TypeError(`${caller}: options.readers must be a non-empty array of readers`)
  for (const reader of readers as unknown[]) {
    const candidate = reader as Partial<Reader> | null
    if (candidate === null || typeof candidate !== 'object' || typeof candidate.name !== 'string' || typeof candidate.detect !== 'function' || typeof candidate.read !== 'function') {
      throw new TypeError(`${caller}: every reader needs a name, a detect(text, start, end) and a read(text, start, end)`)
    }
  }
  if (locale !== 'zh-CN' && locale !== 'en') throw new TypeError(`${caller}: options.locale must be "zh-CN" or "en", got ${String(locale)}`)
  return { readers, locale }
}

/**
 * The model's values of `format`: what `cells` settled, `null` for the rest, in template
 * order, row by row; and, in the same walk, where each settled value is, into `sources`
 * (one lookup per key instead of one per key for each).
 */
function buildValues(format: Format, cells: ReadonlyMap<string, Cell>, locator: Locator, sources: Record<string, Position>): Record<string, unknown> {
  const model: Record<string, unknown> = {}
  for (const table of templates[format].tables) {
    for (const row of table.rows) {
      const object: Record<string, number | string | null> = {}
      const keys = cellKeys(row)
      for (let column = 0; column < keys.length; column++) {
        const key = keys[column] as string
        const cell = cells.get(key)
        object[row.columns[column] as string] = cell === undefined ? null : cell.value
        if (cell !== undefined) sources[key] = locator.position(cell.start, cell.end)
      }
      if (row.key === 'active.procurement') object.amountUnit = cells.get('active.procurement.amount')?.unit ?? null
      setPath(model, row.key, object)
    }
  }
  return model
}

/** What a claim's quote leaves out: spaces and control characters, and `*` (markdown emphasis). */
const NOT_QUOTED = /[^\u0021-\u0029\u002b-\uffff]/g

/** The claims of the prose sections, with places in the user's text. */
function readClaims(
  display: string,
  normalized: string,
  sections: Partial<Record<SectionId, Region>>,
  format: Format,
  year: number | null,
  locator: Locator,
): StatedClaim[] {
  const claims: StatedClaim[] = []
  for (const section of ['overview', 'problems', 'otherMatters'] as const) {
    const region = sections[section]
    if (region === undefined) continue
    // Read from the text normalized once; quote from the text as the user wrote it.
    const prose = display.slice(region.start, region.end)
    for (const claim of extractNormalizedClaims(normalized.slice(region.start, region.end), section, { format, year })) {
      const at = (span: readonly [number, number]) => locator.position(region.start + span[0], region.start + span[1])
      // The words as written, without the spaces and markdown emphasis that may sit inside them.
      const quote = prose.slice(claim.words[0], claim.words[1]).replace(NOT_QUOTED, '')
      claims.push({
        section,
        quantity: claim.quantity,
        value: claim.value,
        quote,
        place: at(claim.number),
        percent: claim.percent === null ? null : { value: claim.percent.value, decimals: claim.percent.decimals, place: at(claim.percent.span) },
      })
    }
  }
  return claims
}

/** Bounds of a section's prose: after the heading's trailing marks, trimmed. */
function proseBounds(display: string, region: Region | undefined): [number, number] | null {
  if (region === undefined) return null
  let start = region.start
  let end = region.end
  while (start < end && /[\s:：。.*#]/.test(display[start] as string)) start++
  while (end > start && /\s/.test(display[end - 1] as string)) end--
  return end > start ? [start, end] : null
}

/**
 * What the pipeline reads. Subpath entries (HTML, mdast) build these from their markup.
 *
 * - `original`: the string the user passed; every position points into it;
 * - `normalized`: a same-length normalization of `display`, in which sections, labels and
 *   numbers are found;
 * - `display`: the string from which the title and prose are cut for the user: `original`
 *   for text, a view of it for markup (the text of a page, whose offsets `locator` maps
 *   back onto the page).
 */
export interface ReadInput {
  original: string
  normalized: string
  display: string
  /**
   * Turns offsets in `normalized`/`display` into positions in `original`. By default
   * `createLocator(original)`, for when the view has the original's length. A view that is
   * shorter (the text of a page, without its markup) maps its offsets back through its own
   * locator.
   */
  locator?: Locator
}

/**
 * The whole pipeline over prepared input; `parseReport` is this with `display` and
 * `original` the user's text. Used by the subpath entries with their own readers.
 */
export function readReport(input: ReadInput, readers: readonly Reader[], locale: Locale): Report {
  const { original, normalized, display } = input
  const locator = input.locator ?? createLocator(original)
  const diagnostics: Diagnostic[] = []
  const sections = findSections(normalized)
  const firstTable = Math.min(sections.active?.heading ?? Infinity, sections.applications?.heading ?? Infinity, sections.appeals?.heading ?? Infinity)
  const format = detectFormat(normalized, Number.isFinite(firstTable) ? firstTable : 0)
  const template = templates[format ?? '2021']
  const metadata = readMetadata(display, normalized, sections, locator)
  const claims = readClaims(display, normalized, sections, template.format, metadata.year, locator)
  let hints: ReadonlyMap<string, Hint> | undefined
  const context: MatchContext = {
    locator,
    locale,
    diagnostics,
    format: template.format,
    hints: () => (hints ??= findHints(claims, template.format)),
  }
  // One object, written in order: spreading a 200-key object costs a hundred times more.
  const sources: Record<string, Position> = metadata.sources
  const layouts: Layouts = { active: null, applications: null, appeals: null }
  const settled = new Map<string, Cell>()

  if (format === null) {
    diagnostics.push(
      diagnostic('unsupported-format', 'error', unsupportedFormat, { hint: locale === 'en' ? 'no table of the template was found' : '未找到模板中的任何表格' }, locale),
    )
  } else {
    const regions = tableRegions(normalized, sections, template.tables)
    for (const table of template.tables) {
      const region = regions.get(table)
      if (region === undefined || !region.headed) {
        // Found by its opening words, the table is still read; the finding is then only informative.
        const severity = region === undefined ? 'warning' : 'info'
        diagnostics.push(diagnostic('section-missing', severity, sectionMissing, { section: (sectionNames[table.section] as Record<Locale, string>)[locale] }, locale, { path: [table.section] }))
        if (region === undefined) continue
      }
      const reader = pickReader(readers, normalized, region.start, region.end)
      if (reader === undefined) continue
      layouts[table.id] = reader.name
      matchTable(table, readTokens(reader, normalized, region.start, region.end), context, settled)
    }
  }

  // Values and their sources, in template order.
  const values = buildValues(template.format, settled, locator, sources)
  const prose: Prose = { overview: null, problems: null, otherMatters: null }
  for (const id of ['overview', 'problems', 'otherMatters'] as const) {
    const bounds = proseBounds(display, sections[id])
    if (bounds === null) continue
    prose[id] = display.slice(bounds[0], bounds[1])
    // `prose.overview` etc.: where the prose is, so that a claim in it can be placed.
    sources[`prose.${id}`] = locator.position(bounds[0], bounds[1])
  }
  const report = {
    format,
    title: metadata.title,
    organ: metadata.organ,
    year: metadata.year,
    publishedAt: metadata.publishedAt,
    ...values,
    prose,
    claims,
    layout: layouts.applications ?? layouts.active ?? layouts.appeals,
    layouts,
    sources,
    diagnostics,
  }
  return report as unknown as Report
}

/**
 * Read a 政府信息公开工作年度报告 from text in any supported layout.
 *
 * Never throws on a string: what cannot be read is `null`, and `report.diagnostics` says
 * what and where. Throws a `TypeError` when `text` is not a string or the options are
 * malformed.
 *
 * @example
 * ```js
 * import { parseReport } from 'zfxxgk'
 * const report = parseReport(text)
 * report.applications.newRequests.total // 99
 * report.sources['applications.newRequests.total'] // { start: { line, column, offset }, end: … }
 * ```
 */
export function parseReport(text: string, options?: ParseOptions): Report {
  if (typeof text !== 'string') throw new TypeError(`parseReport expects the report's text as a string, got ${describe(text)}`)
  const { readers, locale } = checkOptions(options)
  return readReport(textInput(text), readers, locale)
}

/**
 * The input of a report given as text: the text itself, shown and placed, and its
 * normalization, which shares the text's line starts (its line breaks are the text's).
 */
export function textInput(text: string): ReadInput {
  const normalized = normalize(text)
  shareLineStarts(normalized, text)
  return { original: text, normalized, display: text }
}

export type { SectionId }
