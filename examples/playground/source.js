// The source view: the text as read, with one place highlighted and scrolled into view.
// Places are UTF-16 offsets into the text (zfxxgk normalizes without moving anything), so
// slicing the string at them is exact.

/** Show `text` in `view` (a <pre>), with `place` highlighted when given. */
export function showSource(document, view, text, place) {
  view.replaceChildren()
  if (place === null || place === undefined) {
    view.textContent = text
    return undefined
  }
  const mark = document.createElement('mark')
  // An empty place (a missing cell) still shows where it is.
  mark.textContent = text.slice(place.start.offset, place.end.offset) || '\u200b'
  view.append(text.slice(0, place.start.offset), mark, text.slice(place.end.offset))
  mark.scrollIntoView({ block: 'center', inline: 'nearest' })
  return mark
}

/** “line 51, column 19 – line 75, column 15”. */
export function describePlace(place) {
  const { start, end } = place
  const from = `第 ${start.line} 行第 ${start.column} 列 (line ${start.line}, column ${start.column})`
  return start.line === end.line && end.column - start.column <= 1 ? from : `${from} – ${end.line}:${end.column}`
}
