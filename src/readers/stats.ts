/**
 * What the built-in readers look for in a region, counted in one pass.
 *
 * `pickReader` asks every reader about every table region; each asking for its own walk
 * over the lines cost more than reading the table. The built-in readers' `detect` functions
 * read these counts instead, computed once per region (the last region is remembered).
 */
import { isDigit } from '../tokens.js'
import { lineSpans } from './lines.js'

/** Line counts of a region, each the signature of one layout. */
export interface RegionStats {
  /** Non-blank lines. */
  lines: number
  /** Lines with a tab (tab layout). */
  tab: number
  /** Lines ending with `|` that are not markdown rows, or made of pipes only (pipe layout). */
  pipe: number
  /** Lines starting with `|` and holding something besides pipes (markdown rows). */
  tableRow: number
  /** A markdown delimiter row (`|---|---|`) was seen. */
  delimiter: boolean
  /** Lines of three or more space-aligned cells, one a number, no tab (aligned layout). */
  aligned: number
  /** Lines holding one bare number (cells layout). */
  numberLine: number
  /** Lines where labels and digits run together (concatenated layout). */
  runTogether: number
}

let lastText: string | undefined
let lastStart = -1
let lastEnd = -1
let lastStats: RegionStats | undefined

/** The counts for `text[start, end)`, computed once however many readers ask. */
export function regionStats(text: string, start: number, end: number): RegionStats {
  if (lastStats !== undefined && lastText === text && lastStart === start && lastEnd === end) return lastStats
  const stats: RegionStats = { lines: 0, tab: 0, pipe: 0, tableRow: 0, delimiter: false, aligned: 0, numberLine: 0, runTogether: 0 }
  const lines = lineSpans(text, start, end)
  for (let line = 0; line < lines.length; line += 2) countLine(text, lines[line] as number, lines[line + 1] as number, stats)
  lastText = text
  lastStart = start
  lastEnd = end
  lastStats = stats
  return stats
}

const PIPE = 0x7c


/** Add one line's signatures to `stats`. */
function countLine(text: string, start: number, end: number, stats: RegionStats): void {
  let first = start
  while (first < end && text.charCodeAt(first) <= 0x20) first++
  let last = end
  while (last > first && text.charCodeAt(last - 1) <= 0x20) last--
  if (first === last) return
  stats.lines++

  let tabs = 0
  let dashes = 0
  let delimiterChars = true // only | - : and spaces
  let other = false // any character besides pipes and spaces
  let numeric = true // one bare number
  let digits = 0
  let spaceInside = false
  let glue = 0
  let longestGlued = 0
  // Aligned cells: a cell ends at two spaces or more.
  let cells = 0
  let numberCells = 0
  let cellStartsDigit = false
  let previousDigit = false
  let gap = 2
  // Digit runs (single spaces allowed inside) touching an ideograph.
  let runDigits = 0
  let runTouches = false

  // The class of the previous character, carried along rather than read again; and whether
  // the last character that was not a space was an ideograph (`总计 13028 135430…`: digits
  // run together after a label, with a stray space between).
  let beforeDigit = false
  let beforeIdeograph = false
  let labelBefore = false
  for (let index = first; index < last; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x20 || code === 0x09) {
      // Spaces (most of a pdftotext page) touch only the cell and run counts.
      spaceInside = true
      if (code === 0x09) tabs++
      // The second space in a row ends the cell (one space may sit inside it).
      if ((gap === 1 || code === 0x09) && previousDigit && cellStartsDigit) numberCells++
      gap = code === 0x09 ? 2 : gap + 1
      if (runDigits > 0 && !isDigit(text.charCodeAt(index + 1))) {
        if (runTouches && runDigits > longestGlued) longestGlued = runDigits
        runDigits = 0
      }
      beforeDigit = false
      beforeIdeograph = false
      continue
    }
    const digit = code >= 0x30 && code <= 0x39
    const ideograph = code >= 0x4e00 && code <= 0x9fff
    if (code !== PIPE) {
      other = true
      if (code === 0x2d) dashes++
      else if (code !== 0x3a) delimiterChars = false
    }
    if (digit) digits++
    else if (code !== 0x2e && code !== 0x2d && code !== 0x2c) numeric = false

    if (gap >= 2) {
      cells++
      cellStartsDigit = digit
    }
    gap = 0
    previousDigit = digit

    if ((beforeIdeograph && digit) || (beforeDigit && ideograph)) glue++
    if (digit) {
      if (runDigits === 0) runTouches = labelBefore
      runDigits++
    } else if (runDigits > 0) {
      if ((runTouches || ideograph) && runDigits > longestGlued) longestGlued = runDigits
      runDigits = 0
    }
    beforeDigit = digit
    beforeIdeograph = ideograph
    labelBefore = ideograph
  }
  if (previousDigit && cellStartsDigit) numberCells++
  if (runDigits > 0 && runTouches && runDigits > longestGlued) longestGlued = runDigits

  if (tabs > 0) stats.tab++
  const startsWithPipe = text.charCodeAt(first) === PIPE
  const endsWithPipe = text.charCodeAt(last - 1) === PIPE
  if (endsWithPipe && (!startsWithPipe || !other)) stats.pipe++
  if (startsWithPipe && other && last - first >= 2) {
    stats.tableRow++
    if (delimiterChars && dashes > 0) stats.delimiter = true
  }
  if (tabs === 0 && cells >= 3 && numberCells > 0) stats.aligned++
  // A bare number ends with a digit: a page footer `-4-` is not one.
  if (numeric && digits > 0 && !spaceInside && isDigit(text.charCodeAt(last - 1))) stats.numberLine++
  if (glue >= 6 || longestGlued >= 10) stats.runTogether++
}

/** Share of the region's lines with a signature. */
export function share(count: number, stats: RegionStats): number {
  return stats.lines === 0 ? 0 : count / stats.lines
}

/** The signatures counted per line. */
type Signature = 'tab' | 'pipe' | 'tableRow' | 'aligned' | 'numberLine' | 'runTogether'

/**
 * A reader's `detect`: the share of lines with `signature`, times `scale` (layouts where
 * only some lines carry it), at most 1.
 */
export function detectByShare(signature: Signature, scale = 1): (text: string, start: number, end: number) => number {
  return (text, start, end) => {
    const stats = regionStats(text, start, end)
    return Math.min(1, share(stats[signature], stats) * scale)
  }
}
