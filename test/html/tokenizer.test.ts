/**
 * Both tokenizers of the scan — parse5's without location info, and the direct one — must
 * emit the markup parse5 emits, placed exactly where parse5's own location info does.
 */
import fc from 'fast-check'
import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5'
import { describe, expect, it } from 'vitest'
import { DirectTokenizer, type TextMode } from '../../src/html/direct-tokenizer.js'
import { MarkupTokenizer } from '../../src/html/tokenizer.js'
import { fixtures } from '../helpers/fixtures.js'
import { propertyOptions } from '../helpers/property.js'

const TEXT_MODES: Record<string, TextMode> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  noscript: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
}

/** The attributes our tokenizer keeps; it may drop any other. */
const READ = ['rowspan', 'colspan', 'style']

/** Who reads the markup: our parse5 tokenizer, the direct one, or parse5 with its location info. */
type Reader = 'ours' | 'direct' | 'parse5'

/**
 * Every tag, comment and doctype of `html` with its span and the attributes in {@link READ},
 * as `reader` reads them; `null` when the direct tokenizer leaves the page to parse5.
 */
function markup(html: string, reader: Reader): string[] | null {
  const found: string[] = []
  // Set once the tokenizer is made, before it emits anything.
  let spans: { markupStart: number; markupEnd: number } = { markupStart: -1, markupEnd: -1 }
  let enter: (mode: TextMode) => void = () => undefined
  const record = (kind: string) => (token?: Token.TagToken | Token.CommentToken | Token.DoctypeToken) => {
    const name = token !== undefined && 'tagName' in token ? token.tagName : ''
    const attrs = token !== undefined && 'attrs' in token ? token.attrs.filter((attr) => READ.includes(attr.name)).map((attr) => ` ${attr.name}=${JSON.stringify(attr.value)}`) : []
    // parse5 ends a comment or doctype the input ends in one unit past the input.
    const span = reader === 'parse5' ? [token?.location?.startOffset, Math.min(token?.location?.endOffset ?? 0, html.length)] : [spans.markupStart, Math.min(spans.markupEnd, html.length)]
    found.push(`${kind}${name}${attrs.join('')}@${span.join('-')}`)
    const mode = name !== '' && kind === '<' ? TEXT_MODES[name] : undefined
    if (mode !== undefined) enter(mode)
  }
  const ignore = (): void => undefined
  // Its methods take the token parse5 passes, which the direct tokenizer does not pass for comments.
  const handler = {
    onStartTag: record('<'),
    onEndTag: record('</'),
    onComment: record('!--'),
    onDoctype: record('!doctype'),
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  } satisfies TokenHandler
  if (reader === 'direct') {
    const direct = new DirectTokenizer(html, handler, READ)
    spans = direct
    enter = (mode) => (direct.state = mode)
    return direct.run() ? found : null
  }
  const tokenizer = reader === 'ours' ? new MarkupTokenizer(handler, READ) : new Tokenizer({ sourceCodeLocationInfo: true }, handler)
  if (tokenizer instanceof MarkupTokenizer) spans = tokenizer
  enter = (mode) => (tokenizer.state = mode)
  tokenizer.write(html, true)
  return found
}

/** Does `html` hold what the direct tokenizer leaves to parse5: `<plaintext>`. */
function leftToParse5(html: string): boolean {
  return /<plaintext/i.test(html)
}

describe('the tokenizers', () => {
  it('places the markup of the corpus pages as parse5 does, past the buffer parse5 drops', () => {
    for (const page of fixtures('corpus').filter((fixture) => fixture.extension === 'html')) {
      // Three times over: longer than parse5's 64 KB buffer.
      const html = page.input.repeat(3)
      const expected = markup(html, 'parse5')
      expect(expected?.length).toBeGreaterThan(1000)
      expect(markup(html, 'ours')).toEqual(expected)
      expect(markup(html, 'direct')).toEqual(expected)
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
      // Comments that end early, late or not at all; Word's conditional markup.
      '<!-->', '<!--->', '<!--!>', '<!---!>', '<!----!>', '--!-->', '<![if !supportLists]>', '<![endif]>', '<!--[if gte mso 9]><xml>', '</xml><![endif]-->',
      // Kept values with references, line breaks and NUL; spaces around `=`; names odd or cut off.
      '<p class=MsoNormal style=\'mso-x:"a"\'>', '<td style="font:&quot;宋体&quot;;&#x41;&notit;&amp=x">', '<td rowspan=&#50;>', '<td rowspan="2\r\n">',
      '<td ROWSPAN = "3" >', '<td rowspan =2 colspan= 3>', '<td =x rowspan>', '<td rowspan', '<td style="', "<td style='", '<p a=b/>', '<p / >', '<p/x>',
      '<td rowspan=2\u0000>', '<t\u0000d>', '<td \u0000rowspan=2 style=a\u0000b>', '<td\fstyle=a>', '<p\tstyle=x>', '<td style=\u0000>',
      // Text elements, their end tags in capitals, with attributes, or not quite theirs.
      '<SCRIPT>', '</SCRIPT >', '</script/>', '</script x="</script>">', '<style>', '</style', '</stylex>', '<noscript>', '</noscript>',
      '<textarea>', '</textarea>', '<iframe>', '</iframe>', '<!--<script>',
      // A script's escaped and double escaped text.
      '<script><!--', '<script', '</script', '<!--', '-->', '--', '-', '<!-->', '<!-', '</scripT\t', '<scriptx>', '</>', '<sCript/', '</script>-->',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), fc.boolean(), (pieces, long) => {
        // Some inputs start past parse5's buffer, so that the offsets count what it dropped.
        const html = (long ? 'x'.repeat(66_000) : '') + pieces.join('')
        const expected = markup(html, 'parse5')
        expect(markup(html, 'ours')).toEqual(expected)
        const direct = markup(html, 'direct')
        // The direct tokenizer reads every page but those it leaves to parse5.
        if (direct === null) expect(leftToParse5(html)).toBe(true)
        else expect(direct).toEqual(expected)
      }),
      propertyOptions(400),
    )
  })
})
