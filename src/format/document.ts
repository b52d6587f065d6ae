/**
 * A report as the document an organ publishes, before any layout: the title, the six
 * sections' headings in the template's wording, their prose, and the three tables as grids.
 * Each layout writer turns this list of blocks into text.
 */
import type { Format } from '../model.js'
import { getPath } from '../paths.js'
import { templateGrids, type GridTable } from './grid.js'

/** One block of the document, in reading order. */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  /** One paragraph of prose (no line breaks). */
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: GridTable }

/** The six sections: heading, and where their content comes from. */
const SECTIONS = [
  { heading: '一、总体情况', prose: 'overview' },
  { heading: '二、主动公开政府信息情况', table: 'active' },
  { heading: '三、收到和处理政府信息公开申请情况', table: 'applications' },
  { heading: '四、政府信息公开行政复议、行政诉讼情况', table: 'appeals' },
  { heading: '五、存在的主要问题及改进情况', prose: 'problems' },
  { heading: '六、其他需要报告的事项', prose: 'otherMatters' },
] as const

/**
 * A number as a table writes it: digits, an optional sign and decimal part, never an
 * exponent (`1e21` would not read back as a number).
 */
export function writeNumber(value: number): string {
  const text = String(value)
  if (!text.includes('e')) return text
  if (Math.abs(value) >= 1) return BigInt(Math.round(value)).toString()
  // Tiny amounts: fixed notation without the trailing zeros.
  let fixed = value.toFixed(20)
  let end = fixed.length
  while (fixed.charCodeAt(end - 1) === 0x30 /* 0 */) end--
  fixed = fixed.slice(0, end)
  return fixed.endsWith('.') ? fixed.slice(0, -1) : fixed
}

/** The report's title, or one made from its organ and year, or `null`. */
function titleOf(report: Record<string, unknown>): string | null {
  if (typeof report.title === 'string' && report.title.trim() !== '') return report.title
  if (typeof report.year === 'number' && Number.isInteger(report.year)) {
    return `${typeof report.organ === 'string' ? report.organ : ''}${report.year}年政府信息公开工作年度报告`
  }
  return null
}

/** Paragraphs of a prose section: its lines, without the blank ones. */
function paragraphs(text: unknown): string[] {
  if (typeof text !== 'string') return []
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/**
 * The blocks of `report`: a report object of the model's shape, or a flat row keyed by
 * FIELDS keys. `null` and missing values are written `blank`.
 */
export function documentBlocks(report: Record<string, unknown>, blank: string): Block[] {
  const format: Format = report.format === '2019' ? '2019' : '2021'
  const unit = format === '2019' ? getPath(report, 'active.procurement.amountUnit') : null
  const write = (key: string): string => {
    // Nested as the model has it, or flat as `flattenReport` (or a CSV row) has it.
    const value = getPath(report, key) ?? report[key]
    if (typeof value !== 'number' || !Number.isFinite(value)) return blank
    return key === 'active.procurement.amount' && typeof unit === 'string' ? `${writeNumber(value)}${unit}` : writeNumber(value)
  }
  const tables = templateGrids(format, write)
  const prose = (report.prose ?? {}) as Record<string, unknown>
  const blocks: Block[] = []
  const title = titleOf(report)
  if (title !== null) blocks.push({ kind: 'title', text: title })
  for (const section of SECTIONS) {
    blocks.push({ kind: 'heading', text: section.heading })
    if ('prose' in section) {
      for (const text of paragraphs(prose[section.prose])) blocks.push({ kind: 'paragraph', text })
    } else {
      const table = tables.find((candidate) => candidate.id === section.table)
      if (table !== undefined) blocks.push({ kind: 'table', table })
    }
  }
  return blocks
}
