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

/**
 * Records container spans as tags go by (elements by parse5's tag id, see `tags.ts`). A
 * class, not closures made per page (see `SplitWalk` in `solve/split.ts` for why).
 */
export class ContainerTracker {
  /** The open elements' ids and where they start in the view, innermost last. */
  private readonly ids: number[] = []
  private readonly starts: number[] = []
  private readonly spans: Span[] = []
  // How many elements of each id are open: a stray end tag costs nothing (it would
  // otherwise search the whole stack, and a page of them would take quadratic time).
  private readonly counts = new Int32Array(256)

  /** A start tag of element `id`, with the view at `at`. */
  start(id: number, at: number): void {
    const flags = tagFlags(id)
    // A new cell, row or row group ends the open cell of the same table.
    if ((flags & ENDS_CELL) !== 0) this.closeCell(at)
    if ((flags & CONTAINER) !== 0) {
      this.ids.push(id)
      this.starts.push(at)
      this.counts[id] = (this.counts[id] as number) + 1
    }
  }

  /** An end tag of element `id`, with the view at `at`. */
  end(id: number, at: number): void {
    const flags = tagFlags(id)
    if ((flags & ENDS_CELL) !== 0 && id !== TD && id !== TH) this.closeCell(at)
    else if ((flags & CONTAINER) !== 0) this.close(id, at)
  }

  /** How many spans are closed so far. */
  get closed(): number {
    return this.spans.length
  }

  /**
   * The view was cut back to `at` (chrome left out): drop the spans closed since `closed`
   * was `from` that start in what was left out, and keep the rest inside the view.
   */
  truncate(from: number, at: number): void {
    const { spans, starts } = this
    let kept = from
    for (let index = from; index < spans.length; index++) {
      const span = spans[index] as Span
      if (span.start >= at) continue
      if (span.end > at) span.end = at
      spans[kept++] = span
    }
    spans.length = kept
    for (let index = 0; index < starts.length; index++) if ((starts[index] as number) > at) starts[index] = at
  }

  /** Close what is still open at `length`; every container span, in no particular order. */
  finish(length: number): Span[] {
    this.closeFrom(0, length)
    return this.spans
  }

  /** Close the element open at `index` and everything open inside it, at `end`. */
  private closeFrom(index: number, end: number): void {
    const { ids, starts, counts } = this
    while (ids.length > index) {
      const id = ids.pop() as number
      counts[id] = (counts[id] as number) - 1
      this.spans.push({ start: starts.pop() as number, end })
    }
  }

  /** Close the open cell of the innermost table, if any. */
  private closeCell(end: number): void {
    const ids = this.ids
    for (let index = ids.length - 1; index >= 0; index--) {
      const id = ids[index]
      if (id === TD || id === TH) return this.closeFrom(index, end)
      if (id === TABLE) return
    }
  }

  /** Close the innermost open element `id` (not past a table for cells). */
  private close(id: number, end: number): void {
    if (this.counts[id] === 0) return
    const ids = this.ids
    const cell = id === TD || id === TH
    for (let index = ids.length - 1; index >= 0; index--) {
      if (ids[index] === id) return this.closeFrom(index, end)
      if (cell && ids[index] === TABLE) return
    }
  }
}
