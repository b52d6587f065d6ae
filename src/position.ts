/**
 * Places in the user's text.
 *
 * The location contract, field by field (as unist and vfile use it, so a place converts
 * to a `VFileMessage` place without translation):
 *
 * - `offset`: 0-based index in UTF-16 code units into the string the user passed;
 * - `line`: 1-based line number; a line ends at `\n` (a `\r` before it belongs to the line);
 * - `column`: 1-based, counted in UTF-16 code units from the start of the line.
 *
 * Normalization never moves a character (see `normalize.ts`), so every offset computed on
 * the normalized text is an offset into the original.
 */

/** One point in the text. */
export interface Point {
  /** 1-based line. */
  line: number
  /** 1-based column, in UTF-16 code units. */
  column: number
  /** 0-based offset, in UTF-16 code units. */
  offset: number
}

/** A span of text: `start` is inclusive, `end` exclusive. */
export interface Position {
  start: Point
  end: Point
}

/** Turns offsets into points; built once per text, each lookup is a binary search. */
export interface Locator {
  point(offset: number): Point
  position(start: number, end: number): Position
}

/** Lines looked at one by one after the last lookup's, before a binary search. */
const NEAR_LINES = 4

/** The texts whose line starts were found last, with them (see {@link lineStarts}). */
const lineCache: { text: string; starts: readonly number[] }[] = []

/**
 * Where each line of `text` starts (0 first), found once for the last two texts asked about:
 * the locator (on the user's text) and the line-based readers (on its normalized copy, whose
 * lines are the same) of one parse share them instead of each searching every newline again.
 */
export function lineStarts(text: string): readonly number[] {
  for (const entry of lineCache) if (entry.text === text) return entry.starts
  const starts: number[] = [0]
  let index = text.indexOf('\n')
  while (index !== -1) {
    starts.push(index + 1)
    index = text.indexOf('\n', index + 1)
  }
  remember(text, starts)
  return starts
}

function remember(text: string, starts: readonly number[]): void {
  if (lineCache.length >= 2) lineCache.shift()
  lineCache.push({ text, starts })
}

/**
 * Let `copy` share the line starts of `text`, whose line breaks it has where `text` has
 * them: its normalization (`normalize` moves nothing, and makes no `\n` nor takes one away).
 * A report with many short lines (one cell a line) would otherwise be searched for each
 * of them twice.
 */
export function shareLineStarts(copy: string, text: string): void {
  if (copy === text) return
  const starts = lineStarts(text)
  remember(copy, starts)
}

/**
 * The index of the line holding `offset`, by binary search in `starts` (see
 * {@link lineStarts}) from line `low` on, which must start at or before `offset`.
 */
export function lineAt(starts: readonly number[], offset: number, low = 0): number {
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] as number) <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** Build a {@link Locator} for `text` in one pass over it. */
export function createLocator(text: string): Locator {
  return new TextLocator(text)
}

/**
 * The locator {@link createLocator} makes. A class, not closures made per text (see
 * `SplitWalk` in `solve/split.ts` for why).
 */
class TextLocator implements Locator {
  private readonly starts: readonly number[]
  /**
   * The line of the last lookup. Offsets mostly come in reading order: that line and the few
   * after it are tried (a table with one cell a line moves a line a value) before searching.
   */
  private last = 0

  constructor(private readonly text: string) {
    this.starts = lineStarts(text)
  }

  /** The place of `offset`, clamped into the text. */
  point(offset: number): Point {
    const { starts, text } = this
    const clamped = offset < 0 ? 0 : offset > text.length ? text.length : offset
    let low = 0
    const last = this.last
    if (clamped >= (starts[last] as number)) {
      const near = Math.min(last + NEAR_LINES, starts.length - 1)
      let line = last
      while (line < near && (starts[line + 1] as number) <= clamped) line++
      if (line < near || line === starts.length - 1 || clamped < (starts[line + 1] as number)) {
        this.last = line
        return { line: line + 1, column: clamped - (starts[line] as number) + 1, offset: clamped }
      }
      low = line
    }
    const found = lineAt(starts, clamped, low)
    this.last = found
    return { line: found + 1, column: clamped - (starts[found] as number) + 1, offset: clamped }
  }

  /** The places of `start` and `end`. */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }
}
