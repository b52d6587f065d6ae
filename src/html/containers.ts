/**
 * The spans of the page's container elements (`div`, `section`, `td` …) in the view, from
 * where the view stood at the start tag to where it stood at the end tag: enough of the
 * document's structure to find the element that holds the article (see `chrome.ts`)
 * without building a tree. Ends HTML leaves implied are implied here the
 * same way for cells (`<td>` closes the open `<td>`); an end tag with no open element of
 * its name is ignored, and what is still open at the end of the page ends there.
 */

/** A span: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number
  end: number
}

import { CONTAINER, ENDS_CELL, TABLE, TD, TH, tagFlags } from './tags.js'

/** Records container spans as tags go by (elements by parse5's tag id, see `tags.ts`). */
export interface ContainerTracker {
  start(id: number, at: number): void
  end(id: number, at: number): void
  /** How many spans are closed so far. */
  readonly closed: number
  /**
   * The view was cut back to `at` (chrome left out): drop the spans closed since `closed`
   * was `from` that start in what was left out, and keep the rest inside the view.
   */
  truncate(from: number, at: number): void
  /** Close what is still open at `length`; every container span, in no particular order. */
  finish(length: number): Span[]
}

/** Create a {@link ContainerTracker}. */
export function createContainerTracker(): ContainerTracker {
  const ids: number[] = []
  const starts: number[] = []
  const spans: Span[] = []
  // How many elements of each id are open: a stray end tag costs nothing (it would
  // otherwise search the whole stack, and a page of them would take quadratic time).
  const counts = new Int32Array(256)

  /** Close the element open at `index` and everything open inside it, at `end`. */
  function closeFrom(index: number, end: number): void {
    while (ids.length > index) {
      const id = ids.pop() as number
      counts[id] = (counts[id] as number) - 1
      spans.push({ start: starts.pop() as number, end })
    }
  }

  /** Close the open cell of the innermost table, if any. */
  function closeCell(end: number): void {
    for (let index = ids.length - 1; index >= 0; index--) {
      const id = ids[index]
      if (id === TD || id === TH) return closeFrom(index, end)
      if (id === TABLE) return
    }
  }

  /** Close the innermost open element `id` (not past a table for cells). */
  function close(id: number, end: number): void {
    if (counts[id] === 0) return
    const cell = id === TD || id === TH
    for (let index = ids.length - 1; index >= 0; index--) {
      if (ids[index] === id) return closeFrom(index, end)
      if (cell && ids[index] === TABLE) return
    }
  }

  return {
    get closed() {
      return spans.length
    },
    truncate(from, at) {
      let kept = from
      for (let index = from; index < spans.length; index++) {
        const span = spans[index] as Span
        if (span.start >= at) continue
        if (span.end > at) span.end = at
        spans[kept++] = span
      }
      spans.length = kept
      for (let index = 0; index < starts.length; index++) if ((starts[index] as number) > at) starts[index] = at
    },
    start(id, at) {
      const flags = tagFlags(id)
      // A new cell, row or row group ends the open cell of the same table.
      if ((flags & ENDS_CELL) !== 0) closeCell(at)
      if ((flags & CONTAINER) !== 0) {
        ids.push(id)
        starts.push(at)
        counts[id] = (counts[id] as number) + 1
      }
    },
    end(id, at) {
      const flags = tagFlags(id)
      if ((flags & ENDS_CELL) !== 0 && id !== TD && id !== TH) closeCell(at)
      else if ((flags & CONTAINER) !== 0) close(id, at)
    },
    finish(length) {
      closeFrom(0, length)
      return spans
    },
  }
}
