/**
 * The view of a page: its text as a browser shows it, with where each character came from.
 *
 * ```
 * html  <h1>年度报告</h1>\n<p>规章 <b>5</b>&nbsp;件</p><td> 1<br>2 </td>
 * view  年度报告\n规章 5␣件\n1 2
 * ```
 *
 * Markup is left out; a block boundary (`<p>`, `</p>`, `<br>`, `<tr>`, `<div>` …) is one
 * `\n`; references are decoded; whitespace is collapsed as CSS collapses it — a run of
 * spaces, tabs and line breaks is one space, or nothing at the start or end of a line or
 * where it holds a line break between two Chinese characters (a segment break there is no
 * space). NBSP and the other non-ASCII spaces are not collapsible and stay (`␣` above).
 * Inside `<pre>`, `<listing>`, `<xmp>` and `<plaintext>` the text stays as written.
 *
 * Each character of the view keeps the span of the HTML it stands for (`starts`, `ends`):
 * itself, a whole reference (`&nbsp;`), the first character of a collapsed run, or the tag
 * of a block boundary. So a span of the view maps back to the exact characters of the page
 * (`view-locator.ts`), and the core reads a short text while every position it reports
 * stays an offset in the HTML.
 *
 * The view is written into typed arrays as the tokenizer goes, so that what must be undone
 * (chrome that turns out to be chrome when it closes) or rewritten (a table cell's text,
 * collapsed as the cell reads) is cut or rewritten in place.
 */
import { isWide } from '../markup/collapse.js'
import { decodeUnits, normalizeCode } from '../normalize.js'
import { createReferenceDecoder, type ReferenceDecoder } from './decode.js'

const LINE_FEED = 0x0a
const SPACE = 0x20
const AMPERSAND = 0x26

/**
 * How a run of text is written: `normal` (references decoded, whitespace collapsed), `pre`
 * (references decoded, whitespace as written) or `raw` (as written, references too: the
 * content of `<xmp>` and `<plaintext>`).
 */
export type Flow = 'normal' | 'pre' | 'raw'

/** Is `code` HTML whitespace (space, tab, LF, FF, CR). */
function isSpace(code: number): boolean {
  return code === SPACE || code === LINE_FEED || code === 0x09 || code === 0x0d || code === 0x0c
}

/** Is `code` a line break in the source (LF or CR). */
function isBreak(code: number): boolean {
  return code === LINE_FEED || code === 0x0d
}

/** Are `before` and `after` both wide once normalized: a segment break between them is nothing. */
function joins(before: number, after: number): boolean {
  return isWide(normalizeCode(before)) && isWide(normalizeCode(after))
}

/** The state of a {@link ViewBuilder} at one moment. */
export interface ViewMark {
  length: number
  space: number
  spaceBreaks: boolean
  breakStart: number
  breakEnd: number
  separate: boolean
}

/** Builds the view of one page. */
export class ViewBuilder {
  /** The view's code units, the HTML span each stands for, and how many there are. */
  codes: Uint16Array
  starts: Int32Array
  ends: Int32Array
  length = 0
  private readonly html: string
  private readonly decoder: ReferenceDecoder
  /** A block boundary waiting for text (its tag's span), or -1. */
  private breakStart = -1
  private breakEnd = -1
  /** Collapsible whitespace waiting for text: where it starts, -1 when none, and whether it holds a line break. */
  private space = -1
  private spaceBreaks = false
  /** An empty cell ends the view: the next line break is written even after another. */
  private separate = false

  constructor(html: string) {
    this.html = html
    const capacity = Math.max(64, html.length >> 2)
    const arrays = spare !== null && spare.codes.length >= capacity ? spare : null
    spare = null
    this.codes = arrays?.codes ?? new Uint16Array(capacity)
    this.starts = arrays?.starts ?? new Int32Array(capacity)
    this.ends = arrays?.ends ?? new Int32Array(capacity)
    this.decoder = createReferenceDecoder(html)
  }

  /** The last code unit written, or LF when none (the start of the view is a line start). */
  get last(): number {
    return this.length === 0 ? LINE_FEED : (this.codes[this.length - 1] as number)
  }

  /** Make room for `count` more code units. */
  private reserve(count: number): void {
    if (this.length + count <= this.codes.length) return
    const capacity = Math.max(this.codes.length * 2, this.length + count)
    const codes = new Uint16Array(capacity)
    const starts = new Int32Array(capacity)
    const ends = new Int32Array(capacity)
    codes.set(this.codes)
    starts.set(this.starts)
    ends.set(this.ends)
    this.codes = codes
    this.starts = starts
    this.ends = ends
  }

  /** Write one code unit standing for `html[start, end)`, as is. */
  private put(code: number, start: number, end: number): void {
    this.reserve(1)
    const at = this.length++
    this.codes[at] = code
    this.starts[at] = start
    this.ends[at] = end
  }

  /** Write what waits before text `next`: the block boundary, else the collapsed whitespace. */
  private flush(next: number): void {
    const last = this.last
    if (this.breakStart !== -1) {
      if (last !== LINE_FEED || this.separate) this.put(LINE_FEED, this.breakStart, this.breakEnd)
    } else if (last !== LINE_FEED && !(this.spaceBreaks && joins(last, next))) {
      this.put(SPACE, this.space, this.space + 1)
    }
    this.breakStart = -1
    this.space = -1
    this.separate = false
  }

  /** Write visible text `code` standing for `html[start, end)`. */
  private char(code: number, start: number, end: number): void {
    if (this.breakStart !== -1 || this.space !== -1) this.flush(code)
    this.put(code, start, end)
  }

  /** Write the text `html[from, to)` between two pieces of markup. */
  text(from: number, to: number, flow: Flow): void {
    // Each unit of the HTML gives at most one unit of the view (a reference is never shorter
    // than its text), and what waited one more.
    this.reserve(to - from + 1)
    const { html, codes, starts, ends, decoder } = this
    const collapse = flow === 'normal'
    const decode = flow !== 'raw'
    let index = from
    while (index < to) {
      let code = html.charCodeAt(index)
      if (collapse && code <= SPACE && isSpace(code)) {
        if (this.space === -1) {
          this.space = index
          this.spaceBreaks = false
        }
        if (isBreak(code)) this.spaceBreaks = true
        index++
        continue
      }
      if (decode && code === AMPERSAND) {
        const length = decoder.decode(index, to)
        if (length > 0) {
          const decoded = decoder.decoded
          for (let unit = 0; unit < decoded.length; unit++) this.char(decoded.charCodeAt(unit), index, index + length)
          index += length
          continue
        }
      }
      if (this.breakStart !== -1 || this.space !== -1) this.flush(code)
      // A run of characters read as they are, written in one loop.
      let at = this.length
      for (;;) {
        codes[at] = code
        starts[at] = index
        ends[at] = ++index
        at++
        if (index === to) break
        code = html.charCodeAt(index)
        if ((collapse && code <= SPACE && isSpace(code)) || (decode && code === AMPERSAND)) break
      }
      this.length = at
    }
  }

  /** A block boundary at the tag `html[start, end)`: a line break before the next text. */
  lineBreak(start: number, end: number): void {
    if (this.breakStart === -1) {
      this.breakStart = start
      this.breakEnd = end
    }
  }

  /**
   * A table cell starts at the tag `html[start, end)`: a line break written now, even after
   * another, so that the cell's content starts at an offset of its own whose preceding
   * character stands for its tag (an empty cell is placed right after its `<td>`).
   */
  cellBreak(start: number, end: number): void {
    this.breakStart = -1
    this.space = -1
    this.separate = false
    this.put(LINE_FEED, start, end)
  }

  /**
   * An empty cell ended the view: the line that follows starts after a line break of its
   * own, so that the cell's empty span is not the start of that line.
   */
  endEmpty(): void {
    this.separate = true
  }

  /** Where the view stands, to come back to with {@link ViewBuilder.restore}. */
  mark(): ViewMark {
    return { length: this.length, space: this.space, spaceBreaks: this.spaceBreaks, breakStart: this.breakStart, breakEnd: this.breakEnd, separate: this.separate }
  }

  /**
   * Leave out everything written since `mark` (chrome): the view and what waited are as they
   * were then, with a line break waiting if what is left out held one.
   */
  restore(mark: ViewMark): void {
    if (mark.length >= this.length) return
    let breakStart = this.breakStart
    let breakEnd = this.breakEnd
    for (let index = mark.length; index < this.length && breakStart === -1; index++) {
      if (this.codes[index] === LINE_FEED) {
        breakStart = this.starts[index] as number
        breakEnd = this.ends[index] as number
      }
    }
    this.length = mark.length
    this.space = mark.space
    this.spaceBreaks = mark.spaceBreaks
    this.breakStart = mark.breakStart
    this.breakEnd = mark.breakEnd
    this.separate = mark.separate
    if (breakStart !== -1) this.lineBreak(breakStart, breakEnd)
  }

  /**
   * Collapse `[from, length)` (a table cell's content) as the cell reads — whitespace,
   * NBSP included, removed at both ends and between two wide characters, one space
   * elsewhere (`collapse`), judged on normalized characters — if that leaves at most `max`
   * code units; a cell of blanks only (`&nbsp;`) keeps them, trimmed of ASCII whitespace.
   * Returns what was done: `no` (too long), `text` or `blanks`.
   */
  collapseCell(from: number, max: number): 'no' | 'text' | 'blanks' {
    const { codes, starts, ends } = this
    const end = this.length
    // A cell whose view is longer than `max` may still collapse to `max`: count first.
    if (end - from > max && collapsedLength(codes, from, end, max) > max) return 'no'
    // In place: what is written never passes what is read.
    let write = from
    let blank = -1
    for (let index = from; index < end; index++) {
      const code = codes[index] as number
      if (normalizeCode(code) <= SPACE) {
        if (blank === -1) blank = index
        continue
      }
      if (blank !== -1 && write > from && !joins(codes[write - 1] as number, code)) {
        codes[write] = SPACE
        starts[write] = starts[blank] as number
        ends[write] = ends[blank] as number
        write++
      }
      blank = -1
      codes[write] = code
      starts[write] = starts[index] as number
      ends[write] = ends[index] as number
      write++
    }
    if (write > from) {
      this.length = write
      return 'text'
    }
    // Blanks only, left as they were: keep them, so that the cell is placed on its `&nbsp;`.
    let first = from
    let last = end
    while (first < last && (codes[first] as number) <= SPACE) first++
    while (last > first && (codes[last - 1] as number) <= SPACE) last--
    this.move(first, last, from)
    return 'blanks'
  }

  /** Move `[from, to)` to `at` (≤ `from`) and end the view there. */
  private move(from: number, to: number, at: number): void {
    if (from !== at) {
      this.codes.copyWithin(at, from, to)
      this.starts.copyWithin(at, from, to)
      this.ends.copyWithin(at, from, to)
    }
    this.length = at + (to - from)
  }

  /** The view as a string. */
  finish(): string {
    return decodeUnits(this.codes.subarray(0, this.length))
  }

  /** The view normalized (`normalize`): from its code units, without reading the string. */
  normalized(): string {
    const length = this.length
    const codes = this.codes
    if (scratch.length < length) scratch = new Uint16Array(Math.max(length, scratch.length * 2))
    const normalized = scratch
    for (let index = 0; index < length; index++) normalized[index] = normalizeCode(codes[index] as number)
    const text = decodeUnits(normalized.subarray(0, length))
    if (scratch.length > SPARE_MAX) scratch = new Uint16Array(0)
    return text
  }

  /**
   * Hand the arrays to the next view built, once nothing reads this one any more (its map
   * and locators included): pages are read one at a time, and allocating the arrays for
   * each costs more than the text written into them.
   */
  release(): void {
    if (this.codes.length <= SPARE_MAX) spare = { codes: this.codes, starts: this.starts, ends: this.ends }
  }
}

/** The arrays of the last view released, if any, and the largest kept. */
let spare: { codes: Uint16Array; starts: Int32Array; ends: Int32Array } | null = null
const SPARE_MAX = 1 << 20
/** Room for the normalized view, decoded into a string at once. */
let scratch = new Uint16Array(0)

/** The length of `codes[from, to)` collapsed as a cell (see `collapseCell`), counted up to `max + 1`. */
function collapsedLength(codes: Uint16Array, from: number, to: number, max: number): number {
  let count = 0
  let kept = 0
  let pending = false
  for (let index = from; index < to && count <= max; index++) {
    const code = codes[index] as number
    if (normalizeCode(code) <= SPACE) {
      pending = count > 0
      continue
    }
    if (pending && !joins(kept, code)) count++
    pending = false
    kept = code
    count++
  }
  return count
}
