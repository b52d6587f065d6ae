/**
 * UTF-8 output written piece by piece into one buffer that grows as needed: how a worker
 * encodes a batch.
 *
 * Why piece by piece: the pieces of a batch joined into one string first make a rope of
 * thousands of parts (a JSON line is itself built from hundreds), and encoding it flattens
 * the whole rope into a new string of megabytes. Measured on a batch of 32 JSON lines: 200 µs
 * a report that way, 100 µs encoding each line as it comes.
 *
 * ASCII fragments and integers can also be written as bytes directly, without a string at
 * all: a report's places, most of a JSON line, are written that way (`formats/json.ts`).
 */

/** Size of a buffer made from nothing: enough for most batches of text or CSV. */
const INITIAL_BYTES = 64 * 1024

/** Largest integer written digit by digit (larger ones, and fractions, go through `String`). */
const MAX_DIGITS_INTEGER = 0x7fffffff

/** Bytes an integer up to {@link MAX_DIGITS_INTEGER} takes at most. */
const INTEGER_BYTES = 10

const DIGIT_ZERO = 0x30

const encoder = new TextEncoder()

/**
 * A growing UTF-8 buffer (see the module comment). A class, not closures made per batch
 * (see `SplitWalk` in `solve/split.ts` for why).
 */
export class ByteWriter {
  private buffer: Uint8Array
  private length = 0

  /** A writer filling `spare` (a buffer already written out, see `recycle.ts`) or a new buffer. */
  constructor(spare?: ArrayBuffer) {
    this.buffer = new Uint8Array(spare ?? new ArrayBuffer(INITIAL_BYTES))
  }

  /** Append `text`, encoded. */
  write(text: string): void {
    // A UTF-16 unit takes at most three bytes: with that much room the text goes in at once.
    this.reserve(text.length * 3)
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written
  }

  /** Append `bytes` as they are. */
  writeBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length)
    this.buffer.set(bytes, this.length)
    this.length += bytes.length
  }

  /** Append the number as `String(value)` (and JSON, for a finite number) writes it. */
  writeNumber(value: number): void {
    // `| 0` keeps the digits in 32-bit integers, where dividing by 10 is a multiplication.
    if (!(value >= 0 && value <= MAX_DIGITS_INTEGER && (value | 0) === value)) {
      this.write(String(value))
      return
    }
    this.reserve(INTEGER_BYTES)
    const { buffer } = this
    let at = this.length + digitCount(value)
    this.length = at
    let rest = value | 0
    do {
      const next = (rest / 10) | 0
      buffer[--at] = DIGIT_ZERO + rest - next * 10
      rest = next
    } while (rest > 0)
  }

  /** What was written so far, a view of the buffer (no copy). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length)
  }

  /** Make room for `count` more bytes. */
  private reserve(count: number): void {
    const needed = this.length + count
    if (needed <= this.buffer.length) return
    const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2))
    grown.set(this.buffer.subarray(0, this.length))
    this.buffer = grown
  }
}

/** Digits of a non-negative 32-bit integer (places are mostly short numbers: compared, not divided). */
function digitCount(value: number): number {
  if (value < 10) return 1
  if (value < 100) return 2
  if (value < 1000) return 3
  if (value < 10000) return 4
  let digits = 5
  for (let rest = (value / 100000) | 0; rest > 0; rest = (rest / 10) | 0) digits++
  return digits
}

/** A writer filling `spare` (a buffer already written out, see `recycle.ts`) or a new buffer. */
export function createByteWriter(spare?: ArrayBuffer): ByteWriter {
  return new ByteWriter(spare)
}

/** `text`, which must be ASCII, as bytes (for fragments written again and again). */
export function asciiBytes(text: string): Uint8Array {
  return encoder.encode(text)
}
