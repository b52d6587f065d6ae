/**
 * UTF-8 output written piece by piece into one buffer that grows as needed: how a worker
 * encodes a batch.
 *
 * Why piece by piece: the pieces of a batch joined into one string first make a rope of
 * thousands of parts (a JSON line is itself built from hundreds), and encoding it flattens
 * the whole rope into a new string of megabytes. Measured on a batch of 32 JSON lines: 200 µs
 * a report that way, 100 µs encoding each line as it comes.
 *
 * Bytes can also be written directly, without a string at all: a report's places, most of
 * a JSON line, are written that way, fragments and digits (`formats/json.ts`).
 */

/** Size of a buffer made from nothing: enough for most batches of text or CSV. */
const INITIAL_BYTES = 64 * 1024

/** Largest integer written digit by digit (callers leave larger ones, and fractions, to `String` or JSON). */
const MAX_DIGITS_INTEGER = 0x7fffffff

/** Bytes an integer up to {@link MAX_DIGITS_INTEGER} takes at most. */
export const INTEGER_BYTES = 10

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

  /**
   * Room for `count` more bytes, for a writer that fills it itself (`formats/json.ts` writes
   * a place in one go): the buffer, to fill from {@link end} on; then {@link commit} the new end.
   */
  claim(count: number): Uint8Array {
    this.reserve(count)
    return this.buffer
  }

  /** Where the next byte goes. */
  get end(): number {
    return this.length
  }

  /** The end after filling a {@link claim}ed buffer (at most the room claimed). */
  commit(end: number): void {
    this.length = end
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

/** Is `value` an integer written digit by digit (see {@link putInteger}). */
export function isDigitInteger(value: number): boolean {
  // `| 0` keeps the digits in 32-bit integers, where dividing by 10 is a multiplication.
  return value >= 0 && value <= MAX_DIGITS_INTEGER && (value | 0) === value
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

/**
 * Write the digits of `value` ({@link isDigitInteger}, with {@link INTEGER_BYTES} of room)
 * into `buffer` at `at`; where they end.
 */
export function putInteger(buffer: Uint8Array, at: number, value: number): number {
  const end = at + digitCount(value)
  let position = end
  let rest = value | 0
  do {
    const next = (rest / 10) | 0
    buffer[--position] = DIGIT_ZERO + rest - next * 10
    rest = next
  } while (rest > 0)
  return end
}

/** `text` as UTF-8 bytes, for pieces written again and again (see `formats/json.ts`). */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text)
}
