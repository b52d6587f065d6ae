/**
 * Places in the page for offsets into the view (`view.ts`): the view's text is what the
 * readers see, and each of its characters remembers where it came from in the HTML.
 */
import { createLocator, type Locator, type Point } from '../position.js'

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
  const locator = createLocator(html)
  const { starts, ends } = map
  const last = Math.min(to, map.length)
  /** HTML offset where the view character at `at` (absolute) starts. */
  const startOf = (at: number): number => (at < last ? (starts[at] as number) : endOf(at))
  /** HTML offset where the view character before `at` (absolute) ends. */
  function endOf(at: number): number {
    if (at > last) at = last
    if (at > from) return ends[at - 1] as number
    return from < last ? (starts[from] as number) : 0
  }
  const point = (offset: number): Point => locator.point(startOf(from + Math.max(0, offset)))
  return {
    point,
    position(start, end) {
      let first = from + Math.max(0, start)
      let after = from + Math.max(0, end)
      if (after > last) after = last
      if (first > after) first = after
      while (first < after && view.charCodeAt(first - from) <= SPACE) first++
      while (after > first && view.charCodeAt(after - 1 - from) <= SPACE) after--
      if (first === after) {
        const at = locator.point(endOf(first))
        return { start: at, end: at }
      }
      return { start: locator.point(startOf(first)), end: locator.point(endOf(after)) }
    },
  }
}
