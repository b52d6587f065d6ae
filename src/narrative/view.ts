/**
 * The prose as claims are read from it: normalized (full-width digits and punctuation to
 * ASCII), with whitespace and emphasis marks removed, and a way back from each remaining
 * character to the index in the prose string it came from.
 *
 * Reports break lines anywhere, mid-word and between a number and its unit
 * (`尚\n未审结 37 件`, `351\n件`: text from PDFs), and pad numbers with spaces
 * (`申请 4 件`); reading the compact view makes all of these `尚未审结37件`.
 */
/** The compact view of a prose string. */
export interface View {
  /** The prose without whitespace and `*`, normalized. */
  text: string
  /**
   * The pieces `text` is made of, as pairs: where a piece starts in `text`, then where it
   * starts in the prose. One pair when nothing was removed. Only the few characters a claim
   * quotes are ever placed, so a table of every character's index would be wasted work.
   */
  pieces: number[]
}

/**
 * The compact view of `normalized[start, end)`, placing its characters by indexes in
 * `normalized` (which are indexes in the prose: normalization moves nothing). Kept
 * characters are copied a run at a time, and a sentence with nothing to leave out is
 * sliced whole.
 */
export function compactRange(normalized: string, start: number, end: number): View {
  const pieces: number[] = []
  let text = ''
  let kept = start
  for (let index = start; index < end; index++) {
    const code = normalized.charCodeAt(index)
    // Whitespace, and markdown emphasis (`**做好政策解读**`), say nothing.
    if (code > 0x20 && code !== 0x2a /* * */) continue
    if (index > kept) {
      pieces.push(text.length, kept)
      text += normalized.slice(kept, index)
    }
    kept = index + 1
  }
  if (kept === start) return { text: normalized.slice(start, end), pieces: [0, start] }
  if (end > kept) {
    pieces.push(text.length, kept)
    text += normalized.slice(kept, end)
  }
  return { text, pieces }
}

/**
 * The index in the prose of `view.text[index]`. A binary search over the pieces: a sentence
 * of a PDF's text may have thousands (a space around every number) and as many claims.
 */
export function proseIndex(view: View, index: number): number {
  const { pieces } = view
  let low = 0
  let high = pieces.length / 2 - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((pieces[middle * 2] as number) <= index) low = middle
    else high = middle - 1
  }
  return (pieces[low * 2 + 1] as number) + index - (pieces[low * 2] as number)
}
