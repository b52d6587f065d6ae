/**
 * The prose as claims are read from it: normalized (full-width digits and punctuation to
 * ASCII), with whitespace and emphasis marks removed, and for each remaining character the
 * index in the prose string it came from.
 *
 * Reports break lines anywhere, mid-word and between a number and its unit
 * (`尚\n未审结 37 件`, `351\n件`: text from PDFs), and pad numbers with spaces
 * (`申请 4 件`); reading the compact view makes all of these `尚未审结37件`.
 */
import { normalize } from '../normalize.js'

/** The compact view of a prose string. */
export interface View {
  /** The prose without whitespace and `*`, normalized. */
  text: string
  /** `at[i]` is the index in the prose of `text[i]`. */
  at: Int32Array
}

/** Build the compact view of `prose`. */
export function compactView(prose: string): View {
  const normalized = normalize(prose)
  const at = new Int32Array(normalized.length)
  let text = ''
  let length = 0
  for (let index = 0; index < normalized.length; index++) {
    const code = normalized.charCodeAt(index)
    // Whitespace, and markdown emphasis (`**做好政策解读**`), say nothing.
    if (code <= 0x20 || code === 0x2a /* * */) continue
    text += normalized[index]
    at[length++] = index
  }
  return { text, at: at.subarray(0, length) }
}
