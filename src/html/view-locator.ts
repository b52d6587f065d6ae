/**
 * Places in the page for offsets into the view (`view.ts`): the view's text is what the
 * readers see, and each of its characters remembers where it came from in the HTML.
 */
import { createLocator, type Locator, type Point, type Position } from '../position.js'

const SPACE = 0x20

/** Where the view's characters came from. */
export interface ViewMap {
  starts: Int32Array
  ends: Int32Array
  /** Number of characters of the view. */
  length: number
}

/**
 * A {@link Locator} for `view.slice(from, to)` that places its offsets in the HTML: a span
 * is cut to its text first (whitespace at either end stands for markup and is not placed),
 * then runs from where its first character starts in the HTML to where its last ends. An
 * empty span is placed after the character before it (an empty cell: after its `<td>`).
 */
export function createViewLocator(html: string, view: string, map: ViewMap, from: number, to: number): Locator {
  return new ViewLocator(createLocator(html), view, map, from, to)
}

/**
 * The locator {@link createViewLocator} makes. A class, not closures made per page (see
 * `SplitWalk` in `solve/split.ts` for why).
 */
class ViewLocator implements Locator {
  private readonly starts: Int32Array
  private readonly ends: Int32Array
  /** End of the placed part of the view (absolute): `to`, within the map. */
  private readonly last: number

  constructor(
    private readonly locator: Locator,
    private readonly view: string,
    map: ViewMap,
    private readonly from: number,
    to: number,
  ) {
    this.starts = map.starts
    this.ends = map.ends
    this.last = Math.min(to, map.length)
  }

  /** The place in the HTML of the view character at `offset`. */
  point(offset: number): Point {
    return this.locator.point(this.startOf(this.from + Math.max(0, offset)))
  }

  /** The span of the HTML the text of `[start, end)` stands for (see {@link createViewLocator}). */
  position(start: number, end: number): Position {
    const { from, last, view, locator } = this
    let first = from + Math.max(0, start)
    let after = from + Math.max(0, end)
    if (after > last) after = last
    if (first > after) first = after
    while (first < after && view.charCodeAt(first - from) <= SPACE) first++
    while (after > first && view.charCodeAt(after - 1 - from) <= SPACE) after--
    if (first === after) {
      const at = locator.point(this.endOf(first))
      return { start: at, end: at }
    }
    return { start: locator.point(this.startOf(first)), end: locator.point(this.endOf(after)) }
  }

  /** HTML offset where the view character at `at` (absolute) starts. */
  private startOf(at: number): number {
    return at < this.last ? (this.starts[at] as number) : this.endOf(at)
  }

  /** HTML offset where the view character before `at` (absolute) ends. */
  private endOf(at: number): number {
    const { from, last } = this
    if (at > last) at = last
    if (at > from) return this.ends[at - 1] as number
    return from < last ? (this.starts[from] as number) : 0
  }
}
