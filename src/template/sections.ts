/**
 * Finding the six sections by what their headings say, not by their numerals: numbering
 * shifts when a body adds a section, and headings carry typos (`行政法复议`).
 *
 * A title counts as a heading when a numeral and `、` open it (`二、主动公开政府信息情况`,
 * also inside text run together on one line), or when it stands on a short line of its own
 * (`## 总体情况`). Sections are taken from the last one backwards, each the last heading
 * before the next section's: a table of contents at the top of a report names every
 * section too, and would otherwise win.
 */
import { sections as sectionSpecs } from './shared.js'
import type { SectionId } from './types.js'

/** Where a section is: its heading, and its content up to the next section found. */
export interface Region {
  id: SectionId
  /** Offset of the heading (its numbering included). */
  heading: number
  /** Offset after the heading's title: the content starts here. */
  start: number
  /** Offset of the next section's heading, or the end of the text. */
  end: number
}

const NUMERALS = '一二三四五六七八九十'
/** How far before a title its numbering may sit (`四、政府信息公开` + title). */
const LOOKBACK = 16
/** Longest rest of a line after a title for the line to pass as a heading. */
const HEADING_TAIL = 12

function isMarkupOrSpace(code: number): boolean {
  return code <= 0x20 || code === 0x23 /* # */ || code === 0x2a /* * */ || code === 0x3e /* > */
}

/**
 * If a heading opens at or before `at` (numeral + `、`, or line start), its offset;
 * otherwise -1.
 */
function headingStart(text: string, at: number, titleEnd: number): number {
  const floor = Math.max(0, at - LOOKBACK)
  for (let index = at - 1; index >= floor; index--) {
    const code = text.charCodeAt(index)
    if (code === 0x0a) break
    // Sentence punctuation between numbering and title: this is running text.
    if (code === 0x3002 /* 。 */ || code === 0x2c /* , */ || code === 0x3b /* ; */) return -1
    if ((code === 0x3001 /* 、 */ || code === 0x2e /* . */) && index > 0 && NUMERALS.includes(text[index - 1] as string)) {
      let numeral = index - 1
      while (numeral > 0 && NUMERALS.includes(text[numeral - 1] as string)) numeral--
      return numeral
    }
  }
  // No numbering: accept a short line that begins with the title.
  let lineStart = at
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a) lineStart--
  for (let index = lineStart; index < at; index++) if (!isMarkupOrSpace(text.charCodeAt(index))) return -1
  let lineEnd = text.indexOf('\n', titleEnd)
  if (lineEnd === -1) lineEnd = text.length
  return lineEnd - titleEnd <= HEADING_TAIL ? lineStart : -1
}

/**
 * The last heading that opens before `bound`, trying the titles in order: the template's
 * wording first, variants only when it is absent (each try may scan the whole text).
 */
function lastHeading(text: string, titles: readonly string[], bound: number): { heading: number; start: number } | undefined {
  for (const title of titles) {
    if (bound < title.length) continue
    let at = text.lastIndexOf(title, bound - title.length)
    while (at !== -1) {
      const heading = headingStart(text, at, at + title.length)
      if (heading !== -1) return { heading, start: at + title.length }
      at = at === 0 ? -1 : text.lastIndexOf(title, at - 1)
    }
  }
  return undefined
}

/**
 * The heading's start with the markup before it on its line (`## 二、…`), so that the
 * previous section's prose does not end with it.
 */
function withMarkup(text: string, heading: number): number {
  let at = heading
  while (at > 0 && isMarkupOrSpace(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 0x0a) at--
  return at === 0 || text.charCodeAt(at - 1) === 0x0a ? at : heading
}

/** Find the sections of `text` (normalized). Sections not found are absent. */
export function findSections(text: string): Partial<Record<SectionId, Region>> {
  const found: Partial<Record<SectionId, Region>> = {}
  let bound = text.length
  for (let index = sectionSpecs.length - 1; index >= 0; index--) {
    const spec = sectionSpecs[index]
    if (spec === undefined) continue
    const hit = lastHeading(text, spec.titles, bound)
    if (hit === undefined) continue
    const heading = withMarkup(text, hit.heading)
    found[spec.id] = { id: spec.id, heading, start: hit.start, end: bound }
    bound = heading
  }
  return found
}
