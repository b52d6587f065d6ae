/**
 * The tokenizer without location info must place markup exactly where parse5's own
 * location info does.
 */
import fc from 'fast-check'
import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5'
import { describe, expect, it } from 'vitest'
import { MarkupTokenizer } from '../../src/html/tokenizer.js'
import { fixtures } from '../helpers/fixtures.js'
import { propertyOptions } from '../helpers/property.js'

const TEXT_MODES: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
}

/** The attributes our tokenizer keeps; it may drop any other. */
const READ = ['rowspan', 'colspan', 'style']

/**
 * Every tag, comment and doctype of `html` with its span and the attributes in {@link READ},
 * from our tokenizer or from parse5's locations.
 */
function markup(html: string, ours: boolean): string[] {
  const found: string[] = []
  const record = (kind: string) => (token: Token.TagToken | Token.CommentToken | Token.DoctypeToken) => {
    const name = 'tagName' in token ? token.tagName : ''
    const attrs = 'attrs' in token ? token.attrs.filter((attr) => READ.includes(attr.name)).map((attr) => ` ${attr.name}=${JSON.stringify(attr.value)}`) : []
    // parse5 ends a comment or doctype the input ends in one unit past the input.
    const span = ours ? [mine.markupStart, Math.min(mine.markupEnd, html.length)] : [token.location?.startOffset, Math.min(token.location?.endOffset ?? 0, html.length)]
    found.push(`${kind}${name}${attrs.join('')}@${span.join('-')}`)
    const mode = 'tagName' in token && kind === '<' ? TEXT_MODES[name] : undefined
    if (mode !== undefined) tokenizer.state = mode
  }
  const ignore = (): void => undefined
  const handler: TokenHandler = {
    onStartTag: record('<'),
    onEndTag: record('</'),
    onComment: record('!--'),
    onDoctype: record('!doctype'),
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  }
  const mine = new MarkupTokenizer(handler, READ)
  const tokenizer = ours ? mine : new Tokenizer({ sourceCodeLocationInfo: true }, handler)
  tokenizer.write(html, true)
  return found
}

describe('MarkupTokenizer', () => {
  it('places the markup of the corpus pages as parse5 does, past the buffer parse5 drops', () => {
    for (const page of fixtures('corpus').filter((fixture) => fixture.extension === 'html')) {
      // Three times over: longer than parse5's 64 KB buffer.
      const html = page.input.repeat(3)
      const ours = markup(html, true)
      expect(ours.length).toBeGreaterThan(1000)
      expect(ours).toEqual(markup(html, false))
    }
  })

  it('places any markup as parse5 does (property)', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<td rowspan="2">', '</td>', '<!--', '-->', '--!>', '<!---->', '<', '>', '&', '&amp;', '\r\n', '\r', '\n', '规章', '😀', '\ud83d', '\u0000',
      '<script>', '</script>', '<title>', '</title>', '<xmp>', '</xmp>', '<plaintext>', '<!DOCTYPE html>', '<!doctype', '<?x>', '</ x>', '</>',
      '<![CDATA[x]]>', '<a title="<b>">', '</p foo>', '<p/>', '<br/ >', '<p\r\nclass=x>',
      // Attributes kept and not, whole or not, duplicated; names in capitals or with a colon.
      '<td class="a" rowspan=2 style=\'x\'>', '<TD ROWSPAN=3 Width=4>', '<td width=5"x" colspan=2>', '<td rowspan="1" rowspan="2">',
      '<span lang=EN-US style=display:none>', '<p style="a&amp;b" class=x>', '<o:p>', '</o:p>', '<td colspan=2/>', ' rowspan=', 'class="', 'style=',
      '<Table>', '</TABLE >', '<h1>', '</h1\r\n>',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), fc.boolean(), (pieces, long) => {
        // Some inputs start past parse5's buffer, so that the offsets count what it dropped.
        const html = (long ? 'x'.repeat(66_000) : '') + pieces.join('')
        expect(markup(html, true)).toEqual(markup(html, false))
      }),
      propertyOptions(300),
    )
  })
})
