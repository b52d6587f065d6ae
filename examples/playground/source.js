// The source view: the text as read, with a finding's place shaded and the cells it names
// marked. Places are UTF-16 offsets into the text (zfxxgk normalizes without moving
// anything), so slicing the string at them is exact.

/** Does `outer` hold `inner`. */
const holds = (outer, inner) => outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset

/**
 * Show `text` in `view` (a <pre>): `place` shaded (<span class="place">) and each of `spots`
 * (the sources of the cells a finding names) marked (<mark>); when no spot lies in the place,
 * the place itself is marked. Scrolls the place into view; returns the marks.
 */
export function showSource(document, view, text, place, spots = []) {
  view.replaceChildren()
  if (place === null || place === undefined) {
    view.textContent = text
    return []
  }
  const marked = spots.some((spot) => holds(place, spot)) ? spots : [place, ...spots]
  const cuts = [...new Set([0, text.length, ...[place, ...marked].flatMap((range) => [range.start.offset, range.end.offset])])].sort((a, b) => a - b)
  const covers = (range, offset) => range.start.offset <= offset && offset < range.end.offset
  const marks = []
  let first
  for (let index = 0; index < cuts.length; index += 1) {
    const from = cuts[index]
    // An empty place (a cell that is missing) still shows where it is.
    if (from === place.start.offset && place.start.offset === place.end.offset) {
      const mark = document.createElement('mark')
      mark.textContent = '\u200b'
      marks.push(mark)
      view.append(mark)
      first = mark
    }
    if (index + 1 === cuts.length) break
    const piece = text.slice(from, cuts[index + 1])
    let node = piece
    if (marked.some((range) => covers(range, from))) {
      node = document.createElement('mark')
      marks.push(node)
    } else if (covers(place, from)) {
      node = document.createElement('span')
      node.className = 'place'
    }
    if (typeof node !== 'string') {
      node.textContent = piece
      if (first === undefined && covers(place, from)) first = node
    }
    view.append(node)
  }
  first?.scrollIntoView({ block: 'center', inline: 'nearest' })
  return marks
}

/** “line 51, column 19 – 75:15”. */
export function describePlace(place) {
  const { start, end } = place
  const from = `第 ${start.line} 行第 ${start.column} 列 (line ${start.line}, column ${start.column})`
  return start.line === end.line && end.column - start.column <= 1 ? from : `${from} – ${end.line}:${end.column}`
}
