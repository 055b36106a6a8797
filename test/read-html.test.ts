import {describe, expect, it} from 'vitest'
import {readInput} from '../src/read/index.js'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

const page = [
  '<!DOCTYPE html>',
  '<html><head><title>网站标题</title><style>p { margin: 0 }</style><script>var x = "<p>不是正文</p>"</script></head>',
  '<body>',
  '<nav><a href="/">首页</a> &gt; <a href="/zw">政务公开</a></nav>',
  '<div role="navigation">站点导航</div>',
  '<h1>区政府常务会议纪要</h1>',
  '<h2>一、审议《社区养老服务方案》</h2>',
  '<p>会议<strong>原则同意</strong>该《方案》，&nbsp;由区民政局&amp;区财政局<br>负责落实。</p>',
  '<p hidden>隐藏的段落</p>',
  '<div>会议强调，<span>（一）要加强统筹。</span></div>',
  '</body></html>'
].join('\n')

describe('readInput: HTML', () => {
  it('should take the page text in reading order, dropping scripts, styles and navigation', async () => {
    const input = await readInput(encode(page), {path: 'page.html'})
    expect(input.format).toBe('html')
    expect(input.positionsRefer).toBe('source')
    expect(input.text).toBe(
      '区政府常务会议纪要\n一、审议《社区养老服务方案》\n会议原则同意该《方案》，\u00a0由区民政局&区财政局\n负责落实。\n会议强调，（一）要加强统筹。'
    )
  })

  it('should tie every character to the same character in the HTML, and entities to the whole entity', async () => {
    const input = await readInput(encode(page), {path: 'page.htm'})
    const {source, starts, ends} = input.origin ?? {source: '', starts: [], ends: []}
    for (let index = 0; index < input.text.length; index++) {
      if (/[\u4e00-\u9fff]/.test(input.text[index])) expect(source.slice(starts[index], ends[index])).toBe(input.text[index])
    }
    const ampersand = input.text.indexOf('&')
    expect(source.slice(starts[ampersand], ends[ampersand])).toBe('&amp;')
    const heading = input.text.indexOf('一、')
    expect(source.slice(starts[heading], ends[heading + 1])).toBe('一、')
    expect(source.slice(starts[heading] - 4, starts[heading])).toBe('<h2>')
  })

  it('should drop page headers, footers, sidebars and furniture named by class or id, but keep an article header', async () => {
    const site = [
      '<body><header><img alt="logo">某市人民政府门户网站</header>',
      '<div id="nav"><a>首页</a><a>政务公开</a></div>',
      '<div class="crumb">当前位置：首页 &gt; 会议纪要</div>',
      '<main><article><header><h1>区政府常务会议纪要</h1></header>',
      '<div class="article-header">发布日期：2024-03-06</div>',
      '<p>一、审议《社区养老服务方案》</p></article></main>',
      '<aside>相关链接</aside><div class="footer">主办单位：某市人民政府办公室</div>',
      '<footer>网站标识码</footer></body>'
    ].join('')
    const input = await readInput(encode(site), {from: 'html'})
    expect(input.text).toBe('区政府常务会议纪要\n发布日期：2024-03-06\n一、审议《社区养老服务方案》')
  })

  it('should collapse white space inside a block, and drop a line break between Chinese characters', async () => {
    const input = await readInput(encode('<p>\n  会议强调，由市发改\n  委牵头。  Mr.  Li\n  Ming 到会。\n</p>'), {from: 'html'})
    expect(input.text).toBe('会议强调，由市发改委牵头。 Mr. Li Ming 到会。')
    const {source, starts} = input.origin ?? {source: '', starts: []}
    expect(source[starts[input.text.indexOf('委')]]).toBe('委')
  })

  it('should sniff HTML on stdin from a tag at the start', async () => {
    const input = await readInput(encode('  <p>一、甲</p><p>乙</p>'))
    expect([input.format, input.text]).toEqual(['html', '一、甲\n乙'])
  })

  it('should believe a declared charset when the bytes are not UTF-8', async () => {
    // BB E1 is 会 in GB18030, which detection alone picks; the page says Big5.
    const page = (head: string): Uint8Array => new Uint8Array([...encode(`${head}<p>`), 0xbb, 0xe1, ...encode('</p>')])
    const detected = await readInput(page(''), {path: 'a.html'})
    expect([detected.text, detected.encoding]).toEqual(['会', 'gb18030'])
    const declared = await readInput(page('<meta http-equiv="Content-Type" content="text/html; charset=big5">'), {path: 'a.html'})
    expect([declared.text, declared.encoding]).toEqual([new TextDecoder('big5').decode(new Uint8Array([0xbb, 0xe1])), 'big5'])
  })

  it('should prefer valid UTF-8 over a declared charset', async () => {
    const input = await readInput(encode('<meta charset="gb2312"><p>甲</p>'), {path: 'a.html'})
    expect([input.text, input.encoding]).toEqual(['甲', 'utf-8'])
  })

  it('should sniff an XHTML page with an XML declaration on stdin', async () => {
    const input = await readInput(encode('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html><body><p>甲</p></body></html>'))
    expect([input.format, input.text]).toEqual(['html', '甲'])
  })

  it('should read a GB18030 page', async () => {
    // `<p>甲</p>`: 甲 is BC D7.
    const input = await readInput(new Uint8Array([0x3c, 0x70, 0x3e, 0xbc, 0xd7, 0x3c, 0x2f, 0x70, 0x3e]), {path: 'a.html'})
    expect([input.text, input.encoding]).toEqual(['甲', 'gb18030'])
  })
})
