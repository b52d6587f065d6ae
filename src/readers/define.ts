/**
 * Built-in readers: one function that finds the cells and writes them into a sink, serving
 * both the public `read` (an array of {@link Token} objects) and the parser, which takes a
 * large region's cells as a compact list (`token-list.ts`).
 */
import { ArrayTokens, CompactTokens, type TokenSink, type Tokens } from '../token-list.js'
import { ArraySink, type Token } from '../tokens.js'
import type { Reader } from './types.js'

/** How a built-in reader finds the cells of `text[start, end)`. */
export type Collect = (sink: TokenSink, text: string, start: number, end: number) => void

/**
 * Regions of at least this many characters are read into compact lists, shorter ones into
 * Token objects (see {@link readTokens}).
 */
let compactFrom = 64 * 1024

/**
 * Set the size from which regions are read compactly; returns the previous one. For the
 * tests, which read every fixture both ways and compare.
 */
export function setCompactFrom(size: number): number {
  const previous = compactFrom
  compactFrom = size
  return previous
}

/** The compact way of the readers that have one. */
const collectors = new WeakMap<Reader, Collect>()

/** A reader named `name` that detects with `detect` and finds its cells with `collect`. */
export function defineReader(name: string, detect: Reader['detect'], collect: Collect): Reader {
  const reader: Reader = {
    name,
    detect,
    read(text, start, end) {
      const tokens: Token[] = []
      collect(new ArraySink(tokens, text), text, start, end)
      return tokens
    },
  }
  collectors.set(reader, collect)
  return reader
}

/**
 * `wrapper`, which reads what `reader` reads (it only changes `detect`), takes its cells
 * compactly too.
 */
export function readsAs(wrapper: Reader, reader: Reader): Reader {
  const collect = collectors.get(reader)
  if (collect !== undefined) collectors.set(wrapper, collect)
  return wrapper
}

/**
 * The cells `reader` finds in `text[start, end)`: compact for a built-in reader and a large
 * region. A report's table is read faster into objects (its text sliced once, no buffer to
 * set up: measured 3–15% of a parse); a table of megabytes, where objects cost the garbage
 * collector more per cell the more of them there are, compactly.
 */
export function readTokens(reader: Reader, text: string, start: number, end: number): Tokens {
  const collect = collectors.get(reader)
  if (collect === undefined || end - start < compactFrom) return new ArrayTokens(reader.read(text, start, end))
  const tokens = new CompactTokens(text)
  collect(tokens, text, start, end)
  return tokens
}
