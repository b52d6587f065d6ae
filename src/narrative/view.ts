/**
 * The prose as claims are read from it: normalized (full-width digits and punctuation to
 * ASCII), with whitespace and emphasis marks removed, and for each remaining character the
 * index in the prose string it came from.
 *
 * Reports break lines anywhere, mid-word and between a number and its unit
 * (`尚\n未审结 37 件`, `351\n件`: text from PDFs), and pad numbers with spaces
 * (`申请 4 件`); reading the compact view makes all of these `尚未审结37件`.
 */
/** The compact view of a prose string. */
export interface View {
  /** The prose without whitespace and `*`, normalized. */
  text: string
  /** `at[i]` is the index in the prose of `text[i]`. */
  at: Int32Array
}

/**
 * The compact view of `normalized[start, end)`, with `at` giving indexes in `normalized`
 * (which are indexes in the prose: normalization moves nothing).
 */
export function compactRange(normalized: string, start: number, end: number): View {
  const at = new Int32Array(end - start)
  let text = ''
  let length = 0
  let runStart = start
  for (let index = start; index <= end; index++) {
    const code = index < end ? normalized.charCodeAt(index) : 0
    // Whitespace, and markdown emphasis (`**做好政策解读**`), say nothing.
    if (index < end && code > 0x20 && code !== 0x2a /* * */) {
      at[length++] = index
      continue
    }
    // Copy kept characters a run at a time rather than one by one.
    if (index > runStart) text += normalized.slice(runStart, index)
    runStart = index + 1
  }
  return { text, at: at.subarray(0, length) }
}
