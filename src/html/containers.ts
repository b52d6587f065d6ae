/**
 * The spans of the page's container elements (`div`, `section`, `td` …), from start tag to
 * end tag: enough of the document's structure to find the element that holds the article
 * (see `chrome.ts`) without building a tree. Ends HTML leaves implied are implied here the
 * same way for cells (`<td>` closes the open `<td>`); an end tag with no open element of
 * its name is ignored, and what is still open at the end of the page ends there.
 */
import type { Span } from './spaces.js'

const CONTAINERS = new Set(['article', 'blockquote', 'body', 'center', 'div', 'main', 'section', 'table', 'td', 'th'])

/** Records container spans as tags go by. */
export interface ContainerTracker {
  start(name: string, at: number): void
  end(name: string, at: number, after: number): void
  /** Close what is still open at `length`; every container span, in no particular order. */
  finish(length: number): Span[]
}

/** Create a {@link ContainerTracker}. */
export function createContainerTracker(): ContainerTracker {
  const open: { name: string; start: number }[] = []
  const spans: Span[] = []

  /** Close the innermost open element named `name` (and what is open inside it) at `end`. */
  function close(name: string | ((name: string) => boolean), end: number, stopAtTable: boolean): void {
    for (let index = open.length - 1; index >= 0; index--) {
      const element = open[index] as { name: string; start: number }
      if (typeof name === 'string' ? element.name === name : name(element.name)) {
        while (open.length > index) spans.push({ start: (open.pop() as { start: number }).start, end })
        return
      }
      if (stopAtTable && element.name === 'table') return
    }
  }

  const isCell = (name: string): boolean => name === 'td' || name === 'th'

  return {
    start(name, at) {
      // A new cell or row ends the open cell of the same table.
      if (isCell(name) || name === 'tr' || name === 'tbody' || name === 'thead' || name === 'tfoot') close(isCell, at, true)
      if (CONTAINERS.has(name)) open.push({ name, start: at })
    },
    end(name, at, after) {
      if (name === 'tr' || name === 'tbody' || name === 'thead' || name === 'tfoot') close(isCell, at, true)
      else if (isCell(name)) close(name, after, true)
      else if (CONTAINERS.has(name)) close(name, after, false)
    },
    finish(length) {
      while (open.length > 0) spans.push({ start: (open.pop() as { start: number }).start, end: length })
      return spans
    },
  }
}
