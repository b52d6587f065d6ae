/**
 * The spans of the page's container elements (`div`, `section`, `td` …), from start tag to
 * end tag: enough of the document's structure to find the element that holds the article
 * (see `chrome.ts`) without building a tree. Ends HTML leaves implied are implied here the
 * same way for cells (`<td>` closes the open `<td>`); an end tag with no open element of
 * its name is ignored, and what is still open at the end of the page ends there.
 */
import type { Span } from './spaces.js'

const CONTAINERS = new Set(['article', 'blockquote', 'body', 'center', 'div', 'main', 'section', 'table', 'td', 'th'])
/** Tags that end the open cell of their table (as start tags; `</tr>` … as end tags too). */
const ENDS_CELL = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'])

/** Records container spans as tags go by. */
export interface ContainerTracker {
  start(name: string, at: number): void
  end(name: string, at: number, after: number): void
  /** Close what is still open at `length`; every container span, in no particular order. */
  finish(length: number): Span[]
}

/** Create a {@link ContainerTracker}. */
export function createContainerTracker(): ContainerTracker {
  const names: string[] = []
  const starts: number[] = []
  const spans: Span[] = []
  // How many elements of each name are open: a stray end tag costs nothing (it would
  // otherwise search the whole stack, and a page of them would take quadratic time).
  const counts = new Map<string, number>()

  /** Close the element open at `index` and everything open inside it, at `end`. */
  function closeFrom(index: number, end: number): void {
    while (names.length > index) {
      const name = names.pop() as string
      counts.set(name, (counts.get(name) ?? 1) - 1)
      spans.push({ start: starts.pop() as number, end })
    }
  }

  /** Close the open cell of the innermost table, if any. */
  function closeCell(end: number): void {
    for (let index = names.length - 1; index >= 0; index--) {
      const name = names[index]
      if (name === 'td' || name === 'th') return closeFrom(index, end)
      if (name === 'table') return
    }
  }

  /** Close the innermost open element named `name` (not past a table for cells). */
  function close(name: string, end: number): void {
    if ((counts.get(name) ?? 0) === 0) return
    const cell = name === 'td' || name === 'th'
    for (let index = names.length - 1; index >= 0; index--) {
      if (names[index] === name) return closeFrom(index, end)
      if (cell && names[index] === 'table') return
    }
  }

  return {
    start(name, at) {
      // A new cell, row or row group ends the open cell of the same table.
      if (ENDS_CELL.has(name)) closeCell(at)
      if (CONTAINERS.has(name)) {
        names.push(name)
        starts.push(at)
        counts.set(name, (counts.get(name) ?? 0) + 1)
      }
    },
    end(name, at, after) {
      if (ENDS_CELL.has(name) && name !== 'td' && name !== 'th') closeCell(at)
      else if (CONTAINERS.has(name)) close(name, after)
    },
    finish(length) {
      closeFrom(0, length)
      return spans
    },
  }
}
