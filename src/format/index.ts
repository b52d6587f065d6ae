/**
 * `formatReport`: a report model back to text, in any of the layouts the readers know.
 *
 * To publish the template's tables from data (a web team's numbers, a CSV row), to turn a
 * report read from a scraped page into a clean markdown or HTML table, or to produce test
 * input for a reader of your own: the text `formatReport` writes reads back with
 * `parseReport` to the same values.
 */
import { describe } from '../parse.js'
import { writeAligned } from './aligned.js'
import { writeCells } from './cells.js'
import { writeConcatenated } from './concatenated.js'
import { documentBlocks, type Block } from './document.js'
import { writeHtml } from './html.js'
import { writeMarkdown } from './markdown.js'
import { writePipe } from './pipe.js'
import { writeTab } from './tab.js'

/** The layouts `formatReport` writes: those of LAYOUTS.md, named as the readers name them. */
export type FormatLayout = 'pipe' | 'tab' | 'cells' | 'markdown' | 'concatenated' | 'aligned' | 'html'

const writers: Readonly<Record<FormatLayout, (blocks: readonly Block[]) => string>> = {
  pipe: writePipe,
  tab: writeTab,
  cells: writeCells,
  markdown: writeMarkdown,
  concatenated: writeConcatenated,
  aligned: writeAligned,
  html: writeHtml,
}

/**
 * Every layout `formatReport` can write. (A literal, not `Object.keys(writers)`: a call at
 * module level would keep every writer in bundles that never format.)
 */
export const formatLayouts: readonly FormatLayout[] = ['pipe', 'tab', 'cells', 'markdown', 'concatenated', 'aligned', 'html']

/** Options of {@link formatReport}. */
export interface FormatOptions {
  /**
   * How a `null` cell is written. Default `—` in the text layouts (it reads back as
   * `null`; an empty cell may vanish, as in `concatenated`), an empty cell in `html`.
   */
  blank?: string
}

/**
 * Write `report` as text in `layout`: the title, the six sections with the template's
 * headings and the report's prose, and the three tables with the template's headers and
 * labels (2021 template, or the 2019 trial template when `report.format` is `'2019'`).
 *
 * `report` is a report as `parseReport` returns it (or read back from JSON), or a flat row
 * keyed by the FIELDS keys, as `flattenReport` returns it or a CSV row has it. A `null` or
 * missing value is written `options.blank`.
 *
 * Throws a `TypeError` when `report` is not an object or `layout` is not one of
 * `formatLayouts`.
 *
 * @example
 * ```js
 * import { formatReport, parseReport } from 'zfxxgk'
 * const markdown = formatReport(parseReport(text), 'markdown')
 * ```
 */
export function formatReport(report: object, layout: FormatLayout, options?: FormatOptions): string {
  if (report === null || typeof report !== 'object' || Array.isArray(report)) throw new TypeError(`formatReport expects a report object, got ${describe(report)}`)
  const writer = Object.hasOwn(writers, layout) ? writers[layout] : undefined
  if (writer === undefined) throw new TypeError(`formatReport: layout must be one of ${formatLayouts.join(', ')}, got ${String(layout)}`)
  if (options !== undefined && (options === null || typeof options !== 'object')) throw new TypeError(`formatReport: options must be an object, got ${describe(options)}`)
  const blank = options?.blank ?? (layout === 'html' ? '' : '—')
  if (typeof blank !== 'string') throw new TypeError(`formatReport: options.blank must be a string, got ${describe(blank)}`)
  return writer(documentBlocks(report as Record<string, unknown>, blank))
}
