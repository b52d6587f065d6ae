/**
 * Token lists: what the matcher reads a table's cells from.
 *
 * For a large region (see `readTokens` in `readers/define.ts`) the built-in readers write
 * their cells into a {@link CompactTokens}, four typed arrays (kind, start, end, row) rather
 * than an object and a string per cell: 13 bytes a cell against some 80. A table of
 * millions of cells kept millions of objects alive through the match, and the garbage
 * collector's work grew faster than the text: per byte, a 10 MB table read twice as slowly
 * as a 1 MB one (typed arrays: the same speed at every size). A cell's text is the
 * normalized text between its bounds, sliced when asked for.
 *
 * A report's tables, a few hundred cells, are read faster as {@link Token} objects, as are
 * the cells of readers from elsewhere (the markup entries, users' readers):
 * {@link ArrayTokens} presents those the same way.
 */
import { readNumber, type CellNumber, type Token, type TokenKind } from './tokens.js'

/** The cells of one table region, in reading order, however they are stored. */
export interface Tokens {
  readonly length: number
  kind(index: number): TokenKind
  text(index: number): string
  start(index: number): number
  end(index: number): number
  /** The row the reader put the cell in, `undefined` when the reader does not know rows. */
  row(index: number): number | undefined
  /** The cell as a {@link Token} object (made on each call for a compact list). */
  token(index: number): Token
}

/** The number a `number` cell holds and its unit, as {@link readNumber} reads its text; `null` for any other cell. */
export function numberAt(tokens: Tokens, index: number): CellNumber | null {
  return tokens.kind(index) === 'number' ? readNumber(tokens.text(index)) : null
}

/** Where a reader writes the cells it finds. */
export interface TokenSink {
  /**
   * The cell `text[start, end)` (trimmed already) of kind `kind`, in row `row` when known;
   * `cell` is its text when the caller has sliced it already.
   */
  add(kind: TokenKind, start: number, end: number, row?: number, cell?: string): void
}

/** Token kinds by their code in a compact list. */
const KINDS: readonly TokenKind[] = ['label', 'number', 'blank', 'empty', 'prose', 'digits']
const CODES: Readonly<Record<TokenKind, number>> = { label: 0, number: 1, blank: 2, empty: 3, prose: 4, digits: 5 }

/** The row of a cell whose reader knows none (rows are offsets or indexes, never negative). */
const NO_ROW = -1

/** Cells made room for at first; the columns double as they fill. */
const INITIAL_CAPACITY = 128

/** Bytes a cell takes: start, end and row as 32-bit integers, and its kind's code. */
const CELL_BYTES = 13

/** Cells of `source` in typed arrays (see the module comment). */
export class CompactTokens implements Tokens, TokenSink {
  length = 0
  // Four columns over one buffer: one ArrayBuffer to make (each costs ~0.8 µs), views over it.
  private starts: Int32Array
  private ends: Int32Array
  private rows: Int32Array
  private kinds: Uint8Array

  constructor(private readonly source: string) {
    ;[this.starts, this.ends, this.rows, this.kinds] = columns(INITIAL_CAPACITY)
  }

  add(kind: TokenKind, start: number, end: number, row?: number): void {
    if (this.length === this.kinds.length) this.grow()
    const index = this.length++
    this.kinds[index] = CODES[kind]
    this.starts[index] = start
    this.ends[index] = end
    this.rows[index] = row ?? NO_ROW
  }

  kind(index: number): TokenKind {
    return KINDS[this.kinds[index] as number] as TokenKind
  }

  text(index: number): string {
    return this.source.slice(this.starts[index], this.ends[index])
  }

  start(index: number): number {
    return this.starts[index] as number
  }

  end(index: number): number {
    return this.ends[index] as number
  }

  row(index: number): number | undefined {
    const row = this.rows[index] as number
    return row === NO_ROW ? undefined : row
  }

  token(index: number): Token {
    return { kind: this.kind(index), text: this.text(index), start: this.start(index), end: this.end(index), row: this.row(index) }
  }

  private grow(): void {
    const [starts, ends, rows, kinds] = columns(this.kinds.length * 2)
    starts.set(this.starts)
    ends.set(this.ends)
    rows.set(this.rows)
    kinds.set(this.kinds)
    ;[this.starts, this.ends, this.rows, this.kinds] = [starts, ends, rows, kinds]
  }
}

/** The four columns of `capacity` cells, over one buffer (the 32-bit ones first, aligned). */
function columns(capacity: number): [Int32Array, Int32Array, Int32Array, Uint8Array] {
  const buffer = new ArrayBuffer(capacity * CELL_BYTES)
  return [new Int32Array(buffer, 0, capacity), new Int32Array(buffer, capacity * 4, capacity), new Int32Array(buffer, capacity * 8, capacity), new Uint8Array(buffer, capacity * 12, capacity)]
}

/** Cells given as {@link Token} objects, presented as {@link Tokens}. */
export class ArrayTokens implements Tokens {
  constructor(private readonly tokens: readonly Token[]) {}

  get length(): number {
    return this.tokens.length
  }

  kind(index: number): TokenKind {
    return (this.tokens[index] as Token).kind
  }

  text(index: number): string {
    return (this.tokens[index] as Token).text
  }

  start(index: number): number {
    return (this.tokens[index] as Token).start
  }

  end(index: number): number {
    return (this.tokens[index] as Token).end
  }

  row(index: number): number | undefined {
    return (this.tokens[index] as Token).row
  }

  token(index: number): Token {
    return this.tokens[index] as Token
  }
}
