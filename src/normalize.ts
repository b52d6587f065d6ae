/**
 * Normalization that moves nothing.
 *
 * Reports mix full-width and half-width forms freely (`（一）`/`(一)`, `０`/`0`), and pad
 * with NBSP, U+3000 and zero-width characters. Every replacement here maps one UTF-16 code
 * unit to one code unit, so the normalized text has the same length as the input and an
 * offset in one is an offset in the other: positions cost nothing downstream.
 */

/** Code unit → replacement code unit, for the few units outside the full-width block. */
const SINGLE: ReadonlyMap<number, number> = new Map([
  [0x00a0, 0x20], // NBSP
  [0x3000, 0x20], // ideographic space
  [0x200b, 0x20], // zero-width space
  [0x200c, 0x20], // zero-width non-joiner
  [0x200d, 0x20], // zero-width joiner
  [0x2060, 0x20], // word joiner
  [0x202f, 0x20], // narrow no-break space
  [0x205f, 0x20], // medium mathematical space
  [0x1680, 0x20], // ogham space mark
  [0xfeff, 0x20], // BOM / zero-width no-break space
  [0x201c, 0x22], // “
  [0x201d, 0x22], // ”
  [0x2018, 0x27], // ‘
  [0x2019, 0x27], // ’
  [0x2014, 0x2d], // — em dash: a "not applicable" mark in cells
  [0x2013, 0x2d], // – en dash
  [0x2212, 0x2d], // − minus sign
  [0x2015, 0x2d], // ― horizontal bar
  [0x3001, 0x3001], // 、 stays: it is part of numbering and labels
])

/** Does normalization turn `code` into a space (ASCII controls and space included)? */
export function isBlankCode(code: number): boolean {
  if (code <= 0x20) return true
  // Ideographs (most of a report) are past every blank but the BOM: no lookup for them.
  if (code > 0x3000 && code !== 0xfeff) return false
  return (code >= 0x2000 && code <= 0x200a) || SINGLE.get(code) === 0x20
}

/**
 * The normalized code unit of `code` (see {@link normalize}): for code that builds a text
 * one unit at a time and needs to classify it as `normalize` would.
 */
export function normalizeCode(code: number): number {
  // Ranges first: most code units of a report are ideographs, which need no lookup.
  if (code < 0x00a0 || (code >= 0x3400 && code < 0xfeff)) return code // ASCII and ideographs (and what lies between them and the full-width block)
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0
  if (code >= 0x2000 && code <= 0x200a) return 0x20 // en quad … hair space
  return SINGLE.get(code) ?? code
}

/**
 * Every code unit that {@link normalizeCode} changes, as one character class: the regex
 * engine finds them far faster than a loop over every unit (most of a report needs
 * nothing). Kept in step with `SINGLE` and the ranges above by a test.
 */
const CHANGED = /[\u00a0\u1680\u2000-\u200d\u2013-\u2015\u2018\u2019\u201c\u201d\u202f\u205f\u2060\u2212\u3000\ufeff\uff01-\uff5e]/g

/** The replacement of one matched unit. */
function replaceUnit(unit: string): string {
  return String.fromCharCode(normalizeCode(unit.charCodeAt(0)))
}

/**
 * Normalize `text` for reading: full-width ASCII → ASCII, odd spaces → space, curly quotes
 * → straight, dashes → `-`. The result has exactly `text.length` code units.
 */
export function normalize(text: string): string {
  return text.replace(CHANGED, replaceUnit)
}

/** The part of the WHATWG TextDecoder used here (a global in every runtime; not in the ES lib). */
interface Utf16Decoder {
  decode(input: Uint16Array): string
}
declare const TextDecoder: (new (label: string, options?: { ignoreBOM?: boolean }) => Utf16Decoder) | undefined

/** Is this platform little-endian (every JavaScript platform in practice is): the order UTF-16LE decoding reads code units in. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
let decoder: Utf16Decoder | undefined

/**
 * Decode UTF-16 code units into a string: with TextDecoder where the byte order allows (five
 * times faster), else in chunks (spreading a huge array overflows the stack).
 */
export function decodeUnits(codes: Uint16Array): string {
  if (LITTLE_ENDIAN && typeof TextDecoder === 'function') {
    // `ignoreBOM`: a leading U+FEFF is text here, and was already mapped to a space.
    decoder ??= new TextDecoder('utf-16le', { ignoreBOM: true })
    return decoder.decode(codes)
  }
  const chunk = 0x2000
  let result = ''
  for (let start = 0; start < codes.length; start += chunk) {
    result += String.fromCharCode.apply(null, codes.subarray(start, start + chunk) as unknown as number[])
  }
  return result
}
