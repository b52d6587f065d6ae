/**
 * The report's title, organ, year and publication date.
 *
 * - **title**: a `标题` metadata field when the page has one (`标 题 | … |`, `标题: …`),
 *   otherwise the first line naming a 年度报告; when that line starts with the year and no
 *   body (`2024 年政府信息公开工作年度报告` under `淮安市人民政府`), the short line above
 *   it is the body's name and is joined to it. Whitespace and markup are removed.
 * - **organ**: the title without its year and the words 政府信息公开工作年度报告.
 * - **year**: the four digits before 年 in the title, else the 统计期限 the text states.
 * - **publishedAt**: a date after 发布日期 / 发文日期 / 发布时间 / 时间 …, else a line that
 *   holds only a date under the title or in the signature at the end.
 */
import { isBlankCode, normalize } from './normalize.js'
import type { Locator, Position } from './position.js'
import type { Region } from './template/sections.js'
import type { SectionId } from './template/types.js'

/** What `readMetadata` finds, with where each came from. */
export interface Metadata {
  title: string | null
  organ: string | null
  year: number | null
  publishedAt: string | null
  sources: Record<string, Position>
}

/** How much of the text before the first section the metadata may come from. */
const HEAD_LIMIT = 4000
/** Longest line taken for a title. */
const TITLE_MAX = 100
const DATE_LABELS = ['发布日期', '发文日期', '发布时间', '成文日期', '印发日期', '公开日期', '生成日期', '时间', '日期']

/** A line: its bounds in the text. */
interface Line {
  start: number
  end: number
}

function linesOf(text: string, start: number, end: number): Line[] {
  const lines: Line[] = []
  let at = start
  while (at < end) {
    let newline = text.indexOf('\n', at)
    if (newline === -1 || newline > end) newline = end
    lines.push({ start: at, end: newline })
    at = newline + 1
  }
  return lines
}

/**
 * `text` without whitespace (U+3000 and the like included) and the markup around titles
 * (`#`, `*`, `|`). Kept characters are copied a run at a time, not one string per character.
 */
function compact(text: string): string {
  let result = ''
  let run = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // A surrogate pair is one character, judged by its first unit.
    const next = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(index + 1) : 0
    const width = next >= 0xdc00 && next <= 0xdfff ? 2 : 1
    if (isBlankCode(code) || code === 0x23 /* # */ || code === 0x2a /* * */ || code === 0x7c /* | */ || code === 0x3e /* > */) {
      if (index > run) result += text.slice(run, index)
      run = index + width
    }
    index += width - 1
  }
  return run === 0 ? text : result + text.slice(run)
}

/** Read the metadata of a report. `original` is the user's text, `text` its normalization. */
export function readMetadata(
  original: string,
  text: string,
  sections: Partial<Record<SectionId, Region>>,
  locator: Locator,
): Metadata {
  let firstSection = text.length
  for (const region of Object.values(sections)) firstSection = Math.min(firstSection, region.heading)
  const headEnd = Math.min(firstSection, HEAD_LIMIT)
  const head = linesOf(text, 0, headEnd)
  const sources: Record<string, Position> = {}

  const title = findTitle(original, text, head)
  if (title !== null) sources.title = locator.position(title.start, title.end)
  const titleText = title?.text ?? null

  // The year as digits, whatever their width (`２０２４年`).
  let year = titleText === null ? null : yearIn(normalize(titleText))
  if (year === null) {
    const stated = statedYear(text)
    if (stated !== null) {
      year = stated.year
      sources.year = locator.position(stated.start, stated.end)
    }
  } else if (title !== null) sources.year = sources.title as Position

  const date = findDate(text, head, headEnd)
  if (date !== null) sources.publishedAt = locator.position(date.start, date.end)

  return { title: titleText, organ: titleText === null ? null : organOf(titleText), year, publishedAt: date?.value ?? null, sources }
}

interface Found {
  text: string
  start: number
  end: number
}

function findTitle(original: string, text: string, head: readonly Line[]): Found | null {
  // A metadata field `标题`: only a line whose first character (spaces and tabs aside) is 标
  // can be one, and only such a line is sliced and squeezed.
  for (const line of head) {
    let first = line.start
    while (first < line.end && (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09)) first++
    if (first === line.end || text.charCodeAt(first) !== 0x6807 /* 标 */) continue
    const raw = text.slice(line.start, line.end)
    const squeezed = raw.replaceAll(' ', '').replaceAll('\t', '')
    if (!squeezed.startsWith('标题:') && !squeezed.startsWith('标题|')) continue
    const label = raw.indexOf('题')
    let valueStart = label + 1
    while (valueStart < raw.length && (raw[valueStart] === ' ' || raw[valueStart] === ':' || raw[valueStart] === '|' || raw[valueStart] === '\t')) valueStart++
    let valueEnd = raw.indexOf('|', valueStart)
    if (valueEnd === -1) valueEnd = raw.length
    const value = compact(original.slice(line.start + valueStart, line.start + valueEnd))
    if (value.includes('报告')) return { text: value, start: line.start + valueStart, end: line.start + valueEnd }
  }
  // The first line naming the report. A line without 告 cannot name it (年度报告): the next 告
  // is kept between lines, and lines before it are passed over without being compacted.
  const headOriginal = original.slice(0, head.at(-1)?.end ?? 0)
  let report = headOriginal.indexOf('告')
  for (let index = 0; index < head.length && report !== -1; index++) {
    const line = head[index] as Line
    if (report < line.start) report = headOriginal.indexOf('告', line.start)
    if (report === -1 || report >= line.end) continue
    const value = compact(original.slice(line.start, line.end))
    if (value.length === 0 || value.length > TITLE_MAX || !value.includes('年度报告')) continue
    if (value.includes('。') || value.startsWith('根据') || value.startsWith('本报告') || value.startsWith('依据')) continue
    if (needsOrgan(value)) {
      const above = previousLine(head, index, original)
      if (above !== null) return { text: above.text + value, start: above.start, end: line.end }
    }
    return { text: value, start: line.start, end: line.end }
  }
  return null
}

/** Does a title start with its year and lack the body's name (`2024年政府信息公开…`). */
function needsOrgan(title: string): boolean {
  const year = leadingYear(title)
  if (year === -1) return title.startsWith('政府信息公开')
  let rest = title.slice(year)
  if (rest.startsWith('度')) rest = rest.slice(1)
  return rest.startsWith('政府信息公开')
}

/** If `title` opens with `2024年`, the index after `年`; else -1. */
function leadingYear(title: string): number {
  if (title.length < 5 || title[4] !== '年') return -1
  for (let index = 0; index < 4; index++) if (!(title[index] as string >= '0' && (title[index] as string) <= '9')) return -1
  return 5
}

/** The nearest non-blank line above `index`, when it is short enough to be a body's name. */
function previousLine(head: readonly Line[], index: number, original: string): Found | null {
  for (let above = index - 1; above >= 0; above--) {
    const line = head[above] as Line
    const value = compact(original.slice(line.start, line.end))
    if (value.length === 0) continue
    if (value.length > 30 || /[,，。:：;；]/.test(value)) return null
    return { text: value, start: line.start, end: line.end }
  }
  return null
}

function yearIn(title: string): number | null {
  const match = /(\d{4})年/.exec(title)
  if (match === null) return null
  const year = Number(match[1])
  return year >= 2000 && year <= 2100 ? year : null
}

function organOf(title: string): string | null {
  const match = /\d{4}年度?/.exec(title)
  let organ: string
  if (match === null) organ = title
  else if (match.index > 0) organ = title.slice(0, match.index)
  else organ = title.slice(match[0].length)
  const cut = organ.indexOf('政府信息公开')
  if (cut !== -1) organ = organ.slice(0, cut)
  organ = organ.replace(/(关于)?$/, '')
  return organ.length > 0 ? organ : null
}

/** `统计期限…2024年1月1日`: the year the statistics cover. */
function statedYear(text: string): { year: number; start: number; end: number } | null {
  const at = text.indexOf('统计')
  if (at === -1) return null
  const window = text.slice(at, at + 60)
  const match = /(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec(window)
  if (match === null) return null
  const year = Number(match[1])
  if (year < 2000 || year > 2100) return null
  return { year, start: at + match.index, end: at + match.index + match[0].length }
}

interface FoundDate {
  value: string
  start: number
  end: number
}

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/

/** A valid `YYYY-MM-DD` from the three parts, or `null`. */
function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year)
  const m = Number(month)
  const d = Number(day)
  if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}

/**
 * The date labels by their last two characters (`日期`, `时间`), each with its index in
 * `DATE_LABELS`: the head is searched for those two words only, and the labels ending at
 * each occurrence are tried, instead of searching the head once per label.
 */
const LABELS_BY_END = new Map<string, { label: string; rank: number }[]>()
DATE_LABELS.forEach((label, rank) => {
  const end = label.slice(-2)
  LABELS_BY_END.set(end, [...(LABELS_BY_END.get(end) ?? []), { label, rank }])
})

/** No label starts more than this before the end of its last two characters. */
const LONGEST_LABEL = Math.max(...DATE_LABELS.map((label) => label.length))

function findDate(text: string, head: readonly Line[], headEnd: number): FoundDate | null {
  const best = labelledDate(text.slice(0, headEnd))
  if (best !== null) return best
  // A line that is only a date: under the title, or the signature at the end.
  for (const lines of [head, lastLines(text, Math.max(0, text.length - 600), 8)]) {
    for (const line of lines) {
      if (!mayBeDate(text, line.start)) continue
      const raw = text.slice(line.start, line.end).trim()
      const inner = raw.replace(/^[([【]/, '').replace(/[)\]】]$/, '').trim()
      const match = DATE.exec(inner)
      if (match === null || match.index !== 0 || match[0].length < inner.length - 1) continue
      const value = isoDate(match[1] as string, match[2] as string, match[3] as string)
      if (value === null) continue
      const start = line.start + text.slice(line.start, line.end).indexOf(match[0])
      return { value, start, end: start + match[0].length }
    }
  }
  return null
}

/**
 * The labelled date of the head that comes first: the label that starts first and has a
 * date after it (at one start, the label first in `DATE_LABELS`).
 */
function labelledDate(head: string): FoundDate | null {
  let best: FoundDate | null = null
  let bestAt = Infinity
  let bestRank = Infinity
  for (const [end, labels] of LABELS_BY_END) {
    // The line around an occurrence, sliced once for the occurrences on it.
    let lineStart = 0
    let lineEnd = -1
    let raw = ''
    for (let at = head.indexOf(end); at !== -1 && at + end.length - LONGEST_LABEL <= bestAt; at = head.indexOf(end, at + 1)) {
      const after = at + end.length
      for (const { label, rank } of labels) {
        const start = after - label.length
        if (start < 0 || start > bestAt || (start === bestAt && rank > bestRank) || !head.startsWith(label, start)) continue
        if (at >= lineEnd) {
          lineStart = at === 0 ? 0 : head.lastIndexOf('\n', at - 1) + 1
          lineEnd = head.indexOf('\n', at)
          if (lineEnd === -1) lineEnd = head.length
          raw = head.slice(lineStart, lineEnd)
        }
        const found = dateAfterLabel(raw, after - lineStart, label.length <= 2)
        if (found === null) continue
        best = { value: found.value, start: lineStart + found.start, end: lineStart + found.end }
        bestAt = start
        bestRank = rank
      }
    }
  }
  return best
}

/**
 * The last `count` lines of `linesOf(text, start, text.length)`, found back from the end
 * rather than by splitting the whole stretch (searched as a slice: a text without a
 * newline is not searched back to its start).
 */
function lastLines(text: string, start: number, count: number): Line[] {
  const lines: Line[] = []
  const stretch = text.slice(start)
  if (stretch.length === 0) return lines
  // No empty line after a final newline, as in `linesOf`.
  let end = stretch.endsWith('\n') ? stretch.length - 1 : stretch.length
  while (lines.length < count) {
    const lineStart = end > 0 ? stretch.lastIndexOf('\n', end - 1) + 1 : 0
    lines.unshift({ start: start + lineStart, end: start + end })
    if (lineStart === 0) break
    end = lineStart - 1
  }
  return lines
}

/**
 * Blanks, an opening bracket and blanks, then a digit: how a line that is a date starts.
 * Blanks other than a newline: the test stays on the line (a run of empty lines is not
 * read again from each).
 */
const DATE_START = /[^\S\n]*(?:[([【][^\S\n]*)?\d/y

/**
 * Can the line at `start` be only a date: does it start with a digit, blanks and one
 * opening bracket aside. A cheap test, so that most lines are not sliced, trimmed and
 * matched: one starting with an ideograph is passed over at once.
 */
function mayBeDate(text: string, start: number): boolean {
  const first = text.charCodeAt(start)
  // From U+3400 on, only U+FEFF is a blank (\s), and no character opens a bracket.
  if (first >= 0x3400 && first !== 0xfeff) return false
  DATE_START.lastIndex = start
  return DATE_START.test(text)
}

/** A date right after a label (`: `, `| ` between); generic labels need the separator. */
function dateAfterLabel(raw: string, from: number, needsSeparator: boolean): { value: string; start: number; end: number } | null {
  let at = from
  let separated = false
  while (at < raw.length && (raw[at] === ' ' || raw[at] === ':' || raw[at] === '|' || raw[at] === '\t')) {
    if (raw[at] !== ' ' && raw[at] !== '\t') separated = true
    at++
  }
  if (needsSeparator && !separated) return null
  const match = DATE.exec(raw.slice(at, at + 24))
  if (match === null || match.index !== 0) return null
  const value = isoDate(match[1] as string, match[2] as string, match[3] as string)
  return value === null ? null : { value, start: at, end: at + match[0].length }
}
