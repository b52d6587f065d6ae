/**
 * Messages of the findings only a page can have, in both locales.
 */
import type { Message } from '../diagnostics.js'

/** No table of the report is a `<table>` of the page. */
export const noReportTables: Message<{ tables: number; images: number }> = {
  'zh-CN': ({ tables, images }) =>
    (tables === 0 ? '网页中没有表格（<table>）' : `网页中的 ${tables} 个表格都不在报告的第二、三、四部分中`) +
    '，无法读取报告的表格' +
    (images > 0 ? `；页面中有 ${images} 张图片，表格可能是图片` : '；表格可能是图片或附件（PDF、Word）'),
  en: ({ tables, images }) =>
    (tables === 0 ? 'The page has no table (<table>)' : `None of the page's ${tables} tables is in sections 2, 3 or 4 of the report`) +
    ', so the report\'s tables cannot be read' +
    (images > 0 ? `; the page holds ${images} images, which may be the tables` : '; they may be images or attachments (PDF, Word)'),
}
