/**
 * Bytes to text, or the reason there is no text.
 *
 * Government sites publish reports in UTF-8, in GBK/GB18030 (older systems, files saved
 * from Windows), and now and then in UTF-16 (Word's "Unicode text"). The order of the
 * checks matters:
 *
 * 1. **A byte-order mark** says it all: UTF-8, UTF-16LE or UTF-16BE (UTF-32 marks are
 *    refused: no report comes that way and `TextDecoder` cannot read it).
 * 2. **Binary formats** by their magic numbers (`%PDF-`, ZIP for docx/xlsx/ofd, OLE for
 *    doc/xls/wps, images), then any NUL byte: text never holds one, and decoding a PDF
 *    "successfully" would produce garbage that the parser might read numbers from.
 * 3. **Strict UTF-8.** Valid UTF-8 that is not meant as UTF-8 is vanishingly rare for
 *    Chinese text, so a clean decode is trusted.
 * 4. **GB18030** (a superset of GBK and GB2312), only when the bytes decode cleanly *and*
 *    look like Chinese. GB18030 maps nearly every byte pair to some character, so a clean
 *    decode alone proves nothing: Latin-1, Big5 or a truncated UTF-8 file decode "cleanly"
 *    into nonsense. Real Chinese prose, though, is written almost entirely with the 6,763
 *    characters and the punctuation of GB2312, whose two bytes both lie in `A1–FE` (lead up
 *    to `F7`). Other byte streams land there far less often, so the share of such pairs is
 *    a sharp test.
 * 5. Otherwise the file is **undecodable**: an error record, never a guess.
 */
import { TextDecoder } from 'node:util'
import type { ReadFailure } from './types.js'
import { decodeUtf8 } from './utf8.js'

/** The encoding a text was decoded from. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'

/** Decoded text, or why there is none. */
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; failure: ReadFailure }

/** Magic numbers of the binary formats reports are found in, and their names. */
const MAGIC: readonly (readonly [readonly number[], string])[] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP (docx, xlsx, ofd…)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'OLE (doc, xls, wps)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z'],
]

/** How far to look for NUL bytes: enough for any binary format to show one. */
const NUL_WINDOW = 8192

/** Share of GB2312 pairs above which GB18030-decodable bytes are taken as Chinese text. */
const GB2312_SHARE = 0.9

/** A decoder per encoding, made once: `fatal` so that bad bytes fail instead of becoming U+FFFD. */
const decoders = new Map<string, TextDecoder>()
function decoder(label: string): TextDecoder {
  let found = decoders.get(label)
  if (found === undefined) {
    found = new TextDecoder(label, { fatal: true })
    decoders.set(label, found)
  }
  return found
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false
  for (let index = 0; index < prefix.length; index++) if (bytes[index] !== prefix[index]) return false
  return true
}

/** Decode or say why not; `undefined` when `label` cannot decode `bytes` strictly. */
function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  // Most files are UTF-8: see utf8.ts for why not TextDecoder.
  if (label === 'utf-8') return decodeUtf8(bytes)
  try {
    return decoder(label).decode(bytes)
  } catch {
    return undefined
  }
}

/** The name of the binary format `bytes` are in, or `undefined` for what may be text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [magic, name] of MAGIC) if (startsWith(bytes, magic)) return name
  // indexOf runs natively: a loop over the window cost more than decoding the file.
  return bytes.subarray(0, NUL_WINDOW).indexOf(0) === -1 ? undefined : 'NUL bytes'
}

/**
 * The share of GB2312 characters among the multi-byte characters of a GB18030 byte
 * stream (1 when there are none). See the module comment for why this tells Chinese text
 * from other bytes.
 */
export function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0
  let gb2312 = 0
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] as number
    if (lead < 0x80) {
      index++
      continue
    }
    const trail = bytes[index + 1] ?? 0
    pairs++
    if (trail >= 0x30 && trail <= 0x39) {
      // A four-byte GB18030 sequence: outside GB2312.
      index += 4
      continue
    }
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gb2312++
    index += 2
  }
  return pairs === 0 ? 1 : gb2312 / pairs
}

/** Decode a file's bytes as described in the module comment. */
export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, failure: { code: 'undecodable', detail: 'UTF-32' } }
  }
  const bom: [readonly number[], string, Encoding][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8', 'utf-8-bom'],
    [[0xff, 0xfe], 'utf-16le', 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be', 'utf-16be'],
  ]
  for (const [mark, label, encoding] of bom) {
    if (!startsWith(bytes, mark)) continue
    // The decoder drops the mark itself, so offsets start at the first character.
    const text = tryDecode(label, bytes)
    return text === undefined ? { ok: false, failure: { code: 'undecodable', detail: `invalid ${label.toUpperCase()}` } } : { ok: true, text, encoding }
  }
  const binary = binaryKind(bytes)
  if (binary !== undefined) return { ok: false, failure: { code: 'binary', detail: binary } }
  const utf8 = tryDecode('utf-8', bytes)
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' }
  const gb = tryDecode('gb18030', bytes)
  if (gb !== undefined && gb2312Share(bytes) >= GB2312_SHARE) return { ok: true, text: gb, encoding: 'gb18030' }
  return { ok: false, failure: { code: 'undecodable', detail: 'not UTF-8, UTF-16 or GB18030 Chinese' } }
}
