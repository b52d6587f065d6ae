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
 * A run of what the view leaves out: code units up to U+0020 (whitespace, controls) and `*`
 * (markdown emphasis, `**做好政策解读**`). Written as the complement of what stays
 * (`!`–`)` and `+` on) so as to name no control character. One character class: linear.
 */
const LEFT_OUT = /[^\x21-\x29\x2b-\uffff]+/g

/**
 * The compact view of `normalized[start, end)`, placing its characters by indexes in
 * `normalized` (which are indexes in the prose: normalization moves nothing).
 *
 * The runs left out are found by a regular expression (native) over the slice, not by a
 * loop over its characters: most sentences have none, and cost one failed search.
 */
export function compactRange(normalized: string, start: number, end: number): View {
  const slice = normalized.slice(start, end)
  LEFT_OUT.lastIndex = 0
  let run = LEFT_OUT.exec(slice)
  if (run === null) return { text: slice, pieces: [0, start] }
  let text = ''
  const pieces: number[] = []
  let kept = 0
  while (run !== null) {
    if (run.index > kept) {
      pieces.push(text.length, start + kept)
      text += slice.slice(kept, run.index)
    }
    kept = run.index + run[0].length
    run = LEFT_OUT.exec(slice)
  }
  if (kept < slice.length) {
    pieces.push(text.length, start + kept)
    text += slice.slice(kept)
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
