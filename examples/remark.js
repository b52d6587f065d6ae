// examples/remark.js
import { readFileSync } from 'node:fs'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { remarkZfxxgk } from 'zfxxgk/markdown'

const path = 'examples/markdown/004_3f00e38b5daa275f.md'
const file = new VFile({ path, value: readFileSync(path, 'utf8') })
await unified().use(remarkParse).use(remarkGfm).use(remarkZfxxgk, { locale: 'en' }).use(remarkStringify).process(file)

const report = file.data.zfxxgk
console.log(report.title, report.layout, report.applications.carriedForward.total)
console.log(reporter(file, { color: false }))
