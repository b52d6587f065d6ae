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
import type { Format, Layouts, Prose, Report } from './model.js'
import { normalize } from './normalize.js'
import { setPath } from './paths.js'
import { createLocator, type Position } from './position.js'
import { defaultReaders, pickReader } from './readers/index.js'
import type { Reader } from './readers/types.js'
import { sectionMissing, sectionNames, unsupportedFormat } from './template/findings.js'
import { detectFormat, fieldKeys, templates } from './template/index.js'
import { matchTable, type Cell, type MatchContext } from './template/match.js'
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

/** The model's values of `format`: what `cells` settled, `null` for the rest, in template order. */
function buildValues(format: Format, cells: ReadonlyMap<string, Cell>): Record<string, unknown> {
  const model: Record<string, unknown> = {}
  for (const key of fieldKeys(format)) setPath(model, key, cells.get(key)?.value ?? null)
  if (format === '2019') setPath(model, 'active.procurement.amountUnit', cells.get('active.procurement.amount')?.unit ?? null)
  return model
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
 * - `normalized`: a same-length normalization of `original` (or of a same-length view of
 *   it, such as HTML with its tags blanked out), in which sections, labels and numbers are
 *   found;
 * - `display`: a same-length string from which the title and prose are cut for the user
 *   (`original` for text; the blanked view for markup).
 */
export interface ReadInput {
  original: string
  normalized: string
  display: string
}

/**
 * The whole pipeline over prepared input; `parseReport` is this with `display` and
 * `original` the user's text. Used by the subpath entries with their own readers.
 */
export function readReport(input: ReadInput, readers: readonly Reader[], locale: Locale): Report {
  const { original, normalized, display } = input
  const locator = createLocator(original)
  const diagnostics: Diagnostic[] = []
  const sections = findSections(normalized)
  const format = detectFormat(normalized)
  const template = templates[format ?? '2021']
  let hints: ReadonlyMap<string, Hint> | undefined
  const context: MatchContext = {
    locator,
    locale,
    diagnostics,
    format: template.format,
    hints: () => (hints ??= findHints(normalized, sections, template.format)),
  }
  const metadata = readMetadata(display, normalized, sections, locator)
  // One object, written in order: spreading a 200-key object costs a hundred times more.
  const sources: Record<string, Position> = metadata.sources
  const layouts: Layouts = { active: null, applications: null, appeals: null }
  const settled = new Map<string, Cell>()

  if (format === null) {
    diagnostics.push(
      diagnostic('unsupported-format', 'error', unsupportedFormat, { hint: locale === 'en' ? 'no table of the template was found' : '未找到模板中的任何表格' }, locale),
    )
  } else {
    for (const table of template.tables) {
      const region = sections[table.section]
      if (region === undefined) {
        diagnostics.push(diagnostic('section-missing', 'warning', sectionMissing, { section: (sectionNames[table.section] as Record<Locale, string>)[locale] }, locale, { path: [table.section] }))
        continue
      }
      const reader = pickReader(readers, normalized, region.start, region.end)
      if (reader === undefined) continue
      layouts[table.id] = reader.name
      const cells = matchTable(table, reader.read(normalized, region.start, region.end), context)
      for (const [key, cell] of cells) {
        settled.set(key, cell)
        sources[key] = locator.position(cell.token.start, cell.token.end)
      }
    }
  }

  const values = buildValues(template.format, settled)
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
  return readReport({ original: text, normalized: normalize(text), display: text }, readers, locale)
}

export type { SectionId }
