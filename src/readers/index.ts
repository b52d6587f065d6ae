/**
 * The default readers and the choice among them.
 */
import { alignedReader } from './aligned.js'
import { cellsReader } from './cells.js'
import { concatenatedReader } from './concatenated.js'
import { markdownReader } from './markdown.js'
import { pipeReader } from './pipe.js'
import { tabReader } from './tab.js'
import type { Reader } from './types.js'

export type { Reader } from './types.js'
export { alignedReader, cellsReader, concatenatedReader, markdownReader, pipeReader, tabReader }

/** The readers `parseReport` uses unless told otherwise, in order of preference on ties. */
export const defaultReaders: readonly Reader[] = [markdownReader, tabReader, pipeReader, alignedReader, concatenatedReader, cellsReader]

/** Below this confidence a layout is not taken; the last reader then reads anyway. */
const FLOOR = 0.15

/**
 * The reader most confident about `text[start, end)`. Ties go to the earlier reader; when
 * no reader reaches the floor, the last one (the most forgiving) reads.
 */
export function pickReader(readers: readonly Reader[], text: string, start: number, end: number): Reader | undefined {
  let best: Reader | undefined
  let bestScore = FLOOR
  for (const reader of readers) {
    const score = reader.detect(text, start, end)
    if (score > bestScore) {
      best = reader
      bestScore = score
    }
  }
  return best ?? readers[readers.length - 1]
}
