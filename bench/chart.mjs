// The benchmark's chart: for each layout, parseReport's time as a multiple of the bare pass
// (with the target line), drawn as plain SVG — no dependency, readable on GitHub.

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** SVG of `results` (see bench/run.mjs). */
export function chart(results) {
  const rows = results.layouts
  const width = 640
  const barHeight = 26
  const left = 120
  const top = 48
  const plot = width - left - 80
  const max = Math.max(5, ...rows.map((row) => row.ratio)) * 1.1
  const x = (value) => left + (value / max) * plot
  const height = top + rows.length * (barHeight + 10) + 40
  const bars = rows
    .map((row, index) => {
      const y = top + index * (barHeight + 10)
      const color = row.ratio <= 4 ? '#2f7d4a' : '#b23b3b'
      return [
        `<text x="${left - 8}" y="${y + barHeight * 0.68}" text-anchor="end" font-size="13">${escape(row.layout)}</text>`,
        `<rect x="${left}" y="${y}" width="${(x(row.ratio) - left).toFixed(1)}" height="${barHeight}" fill="${color}" rx="3"/>`,
        `<text x="${(x(row.ratio) + 6).toFixed(1)}" y="${y + barHeight * 0.68}" font-size="12">${row.ratio.toFixed(2)}× · ${row.meanUs.toFixed(0)} µs</text>`,
      ].join('')
    })
    .join('\n')
  const target = x(4)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
<text x="${left}" y="22" font-size="15" font-weight="600">parseReport time ÷ bare pass, per layout (lower is better)</text>
<text x="${left}" y="38" font-size="11" fill="#555">${escape(results.machine)} · Node ${escape(results.node)}</text>
${bars}
<line x1="${target}" y1="${top - 6}" x2="${target}" y2="${height - 30}" stroke="#333" stroke-dasharray="4 3"/>
<text x="${target}" y="${height - 14}" text-anchor="middle" font-size="11">target 4×</text>
</svg>
`
}
