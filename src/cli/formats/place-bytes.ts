/**
 * The fixed fragments of a place in JSON, written byte by byte as constants: V8 compiles
 * each to one store. A loop over a fragment's bytes, in a function V8 did not inline, took a
 * quarter of a JSON record's time; copies unrolled still cost a load and a bounds check a
 * byte (callgrind, a record of the fixtures: 1.54 M instructions with loops, 1.20 M with
 * unrolled copies, 1.13 M with these stores). The tests compare every record with JSON.stringify.
 */

/** Write `,"column":` at `at`; returns the offset after it. */
export function putColumnKey(buffer: Uint8Array, at: number): number {
  buffer[at] = 0x2c // ,
  buffer[at + 1] = 0x22 // "
  buffer[at + 2] = 0x63 // c
  buffer[at + 3] = 0x6f // o
  buffer[at + 4] = 0x6c // l
  buffer[at + 5] = 0x75 // u
  buffer[at + 6] = 0x6d // m
  buffer[at + 7] = 0x6e // n
  buffer[at + 8] = 0x22 // "
  buffer[at + 9] = 0x3a // :
  return at + 10
}

/** Write `,"offset":` at `at`; returns the offset after it. */
export function putOffsetKey(buffer: Uint8Array, at: number): number {
  buffer[at] = 0x2c // ,
  buffer[at + 1] = 0x22 // "
  buffer[at + 2] = 0x6f // o
  buffer[at + 3] = 0x66 // f
  buffer[at + 4] = 0x66 // f
  buffer[at + 5] = 0x73 // s
  buffer[at + 6] = 0x65 // e
  buffer[at + 7] = 0x74 // t
  buffer[at + 8] = 0x22 // "
  buffer[at + 9] = 0x3a // :
  return at + 10
}

/** Write `},"end":{"line":` at `at`; returns the offset after it. */
export function putEndKey(buffer: Uint8Array, at: number): number {
  buffer[at] = 0x7d // }
  buffer[at + 1] = 0x2c // ,
  buffer[at + 2] = 0x22 // "
  buffer[at + 3] = 0x65 // e
  buffer[at + 4] = 0x6e // n
  buffer[at + 5] = 0x64 // d
  buffer[at + 6] = 0x22 // "
  buffer[at + 7] = 0x3a // :
  buffer[at + 8] = 0x7b // {
  buffer[at + 9] = 0x22 // "
  buffer[at + 10] = 0x6c // l
  buffer[at + 11] = 0x69 // i
  buffer[at + 12] = 0x6e // n
  buffer[at + 13] = 0x65 // e
  buffer[at + 14] = 0x22 // "
  buffer[at + 15] = 0x3a // :
  return at + 16
}
