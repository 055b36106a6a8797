/**
 * The text as jiyao reads it: the source, a normalized view for matching, and
 * the maps between them.
 *
 * Matching runs on the normalized view, where full-width forms are half-width
 * (`（一）` → `(一)`, `：` → `:`, `，` → `,`), traditional characters are
 * simplified (`會議` → `会议`), and converter residue such as the pinyin in
 * `區(qū)` is dropped. Values and positions always come from the source, so
 * they stay as written.
 */

import type {Point, Position} from './tree.js'

const traditional =
  '會議區縣鎮鄉辦團門務廳財規劃審聽論討決強調認為確關於實現發導經濟書記員長題報傳達學習專項計進業產數據統總設築環護範衛檢査執責們這個來時後麼對將與從還無開間問機構體處應動場點級給結組織維網線園圍國際創優勢戰節營運備層證讓請該說讀課談諾誤識變觀買賣資貨費貿貴質購貸負貢賬錢鐵銀鋼錯鎖鍵閉閱闊隊陽陰陳險雖雙難電靜領頭預頻顧顯風飛飯館馬驗驅黨齊龍龜萬兩嚴麗舉義樂亂爭虧雲亞畝親億僅侖倉價眾傘偉傷倫偽餘傭僉俠侶僥偵側僑儉債傾兒蘭興養獸內岡冊寫軍農馮沖況凍淨淒涼減湊凜幾鳳憑凱擊鑿芻劉則剛刪別剎劑剮劍劇勸勱勵勁勞勛勻匯匱協卻廠歷厲壓厭廁廂參敘疊葉號嘆嘰嚇呂嗎噸啟吳嘔響啞喚圓圖聖壞塊堅壇壩塢墳墜壟壘墾堊壯聲殼壺復夠誇夾奪奮獎妝婦媽嫵嬌孫寧寶寵憲宮寬賓寢尋壽爾塵堯屬嶼歲豈嶺嶽巖幣帥師帳帶幫幹庫廢廣廟異棄張彌彎歸當錄彥徹徑徵憶懷態憐懇惡悅懸驚懼慘慚憤戲戶拋掛擴掃揚擾撫搶擔擬攏揀擁攔擰撥擇掙擠揮損撿換擄擺攜搖攝敵斂齋斬斷舊曠暢曉暫曆東條楊極槍櫃檸標棧樹樣檔橋樁夢樓權橫歡歐殘殺毀氣漢湯溝沒灃滬濘潑淚濃濤漁測渾濁滅湧濕溫灣滿濾濫灘潛澤潔灑澆獨獄獲貓璽瑪畫畢盡監盤睜礦碼磚礎禮禍禦離種稱穩積窮竊竅筆簡籌簽籃類糧緊紅約紀純紙紛納紐練細終絡絕絲綠綜綱緒編緣縮績繪繼續纏罰羅聯聰職聳腦膠脅臉艦藝藥蘇蔣蕭薦蟲術衝襲裝製複覺視覽訂訪許診註詞評試詩話詳誠語誰諸謀講謝譯讚豐貝販貪賀賠賞賢賽贈贏趙趕趨躍踐車軌軟轉輕載較輔輛輸輪辭邊遷過遠違連遲適選遺鄧鄭醫釋針釣鈔錦鍛鏡鐘鑒閃閑閣階隨隱雜雞霧靈韓頁頂順須頒額顏願飄飲飾騎騰髮鬥鬧魚鮮鳥鳴鴻鵬麥黃齡並貫屆彙準週裏著隻瞭憂療癥傑軒華慶勝紹廬濱礙擱衆鬆覈檯颱臺託麵係繫佈汙裡盃'
const simplified =
  '会议区县镇乡办团门务厅财规划审听论讨决强调认为确关于实现发导经济书记员长题报传达学习专项计进业产数据统总设筑环护范卫检查执责们这个来时后么对将与从还无开间问机构体处应动场点级给结组织维网线园围国际创优势战节营运备层证让请该说读课谈诺误识变观买卖资货费贸贵质购贷负贡账钱铁银钢错锁键闭阅阔队阳阴陈险虽双难电静领头预频顾显风飞饭馆马验驱党齐龙龟万两严丽举义乐乱争亏云亚亩亲亿仅仑仓价众伞伟伤伦伪余佣佥侠侣侥侦侧侨俭债倾儿兰兴养兽内冈册写军农冯冲况冻净凄凉减凑凛几凤凭凯击凿刍刘则刚删别刹剂剐剑剧劝劢励劲劳勋匀汇匮协却厂历厉压厌厕厢参叙叠叶号叹叽吓吕吗吨启吴呕响哑唤圆图圣坏块坚坛坝坞坟坠垄垒垦垩壮声壳壶复够夸夹夺奋奖妆妇妈妩娇孙宁宝宠宪宫宽宾寝寻寿尔尘尧属屿岁岂岭岳岩币帅师帐带帮干库废广庙异弃张弥弯归当录彦彻径征忆怀态怜恳恶悦悬惊惧惨惭愤戏户抛挂扩扫扬扰抚抢担拟拢拣拥拦拧拨择挣挤挥损捡换掳摆携摇摄敌敛斋斩断旧旷畅晓暂历东条杨极枪柜柠标栈树样档桥桩梦楼权横欢欧残杀毁气汉汤沟没沣沪泞泼泪浓涛渔测浑浊灭涌湿温湾满滤滥滩潜泽洁洒浇独狱获猫玺玛画毕尽监盘睁矿码砖础礼祸御离种称稳积穷窃窍笔简筹签篮类粮紧红约纪纯纸纷纳纽练细终络绝丝绿综纲绪编缘缩绩绘继续缠罚罗联聪职耸脑胶胁脸舰艺药苏蒋萧荐虫术冲袭装制复觉视览订访许诊注词评试诗话详诚语谁诸谋讲谢译赞丰贝贩贪贺赔赏贤赛赠赢赵赶趋跃践车轨软转轻载较辅辆输轮辞边迁过远违连迟适选遗邓郑医释针钓钞锦锻镜钟鉴闪闲阁阶随隐杂鸡雾灵韩页顶顺须颁额颜愿飘饮饰骑腾发斗闹鱼鲜鸟鸣鸿鹏麦黄龄并贯届汇准周里着只了忧疗症杰轩华庆胜绍庐滨碍搁众松核台台台托面系系布污里杯'


/**
 * The normal form of every code unit, as the difference to add (mod 2^16):
 * one typed-array read per character. Traditional characters (from U+3400)
 * become simplified, full-width forms half-width, the ideographic space a
 * space.
 *
 * Differences rather than normal forms because a new typed array is already
 * all zeros, the difference of every unchanged code: only the ~800 codes
 * that change are written. Filling a table of normal forms walked all
 * 65,536 codes, which in a cold process runs unoptimized and cost ~9 ms of a
 * ~60 ms CLI start. Later writes win where rules overlap.
 */
let deltaTable: Uint16Array | null = null

function getDeltaTable(): Uint16Array {
  if (!deltaTable) {
    const table = new Uint16Array(0x10000)
    // Straight from the two strings, with no map between them for every start to build; a
    // character listed twice takes its last form, as a map would.
    for (let index = 0; index < traditional.length; index++) {
      const code = traditional.charCodeAt(index)
      if (code >= 0x3400) table[code] = (simplified.charCodeAt(index) - code) & 0xffff
    }
    for (let code = 0xff01; code <= 0xff5e; code++) table[code] = -0xfee0 & 0xffff
    table[0x3000] = (0x20 - 0x3000) & 0xffff
    deltaTable = table
  }
  return deltaTable
}

/** Tone-marked vowels, which tell converter pinyin from ordinary bracketed Latin. */
const toneVowels = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ'
const residueMaxLength = 8

/** A text with its normalized view. */
export interface Doc {
  /** The source, as given. */
  source: string
  /** The normalized view. */
  norm: string
  /** Source offset of a normalized offset (`norm.length` maps to the end). */
  toSource(normOffset: number): number
  /** Normalized offset of a source offset (inside dropped residue: the next kept character). */
  toNorm(sourceOffset: number): number
  /** The unist point of a source offset. */
  point(sourceOffset: number): Point
  /** The unist position of a source span. */
  position(sourceStart: number, sourceEnd: number): Position
  /** The unist position of a normalized span. */
  normPosition(normStart: number, normEnd: number): Position
}

/**
 * Map one character code to its normalized form.
 *
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   The normalized code unit.
 */
export function normalizeCode(code: number): number {
  return (code + getDeltaTable()[code]) & 0xffff
}

/**
 * Whether a code unit is a CJK ideograph (basic block and extension A).
 *
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   Whether it is one.
 */
export function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)
}

/**
 * Length of converter residue (`(qū)`) at `index`, or 0.
 */
function residueAt(source: string, index: number): number {
  const open = source.charCodeAt(index)
  if ((open !== 0x28 && open !== 0xff08) || index === 0 || !isIdeograph(source.charCodeAt(index - 1))) return 0
  let tone = false
  let cursor = index + 1
  for (; cursor < source.length && cursor - index <= residueMaxLength; cursor++) {
    const code = source.charCodeAt(cursor)
    if (code === 0x29 || code === 0xff09) break
    if (toneVowels.includes(source.charAt(cursor))) tone = true
    else if (!(code >= 0x61 && code <= 0x7a) && code !== 0xfc) return 0
  }
  const close = source.charCodeAt(cursor)
  if (!tone || cursor === index + 1 || (close !== 0x29 && close !== 0xff09)) return 0
  return cursor + 1 - index
}

/** Whether typed arrays are little-endian here, as Node's `utf16le` decoding reads them. */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/**
 * Decode UTF-16 code units to a string, lone surrogates kept. Under Node,
 * `Buffer` does it 5–7× faster than `String.fromCharCode` (in chunks, to stay
 * under the argument limit), which is the way elsewhere and for short runs.
 */
function decodeUnits(codes: Uint16Array, length: number): string {
  if (length > 64 && littleEndian && typeof Buffer === 'function') {
    return Buffer.from(codes.buffer, codes.byteOffset, length * 2).toString('utf16le')
  }
  let text = ''
  const chunk = 8192
  for (let index = 0; index < length; index += chunk) {
    text += String.fromCharCode.apply(null, codes.subarray(index, Math.min(length, index + chunk)) as unknown as number[])
  }
  return text
}

/**
 * Room for the code units of a view, reused from doc to doc: a typed array
 * per doc is memory outside the heap, and allocating one per line or task
 * made the collector run a third of the time. Decoding copies out of it.
 */
let scratch = new Uint16Array(1024)

function scratchFor(length: number): Uint16Array {
  // A big text gets its own array, so that a 100 MB file leaves no 200 MB buffer behind.
  if (length > 0x10000) return new Uint16Array(length)
  if (scratch.length < length) scratch = new Uint16Array(0x10000)
  return scratch
}

/** Offsets where lines start: after `\n`, `\r\n` and a lone `\r`. */
function findLineStarts(source: string): number[] {
  const lineStarts = [0]
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 10) lineStarts.push(index + 1)
    else if (code === 13 && source.charCodeAt(index + 1) !== 10) lineStarts.push(index + 1)
  }
  return lineStarts
}

/**
 * Make the normalized view of a text, with the maps between the two.
 *
 * @param source
 *   The text.
 * @param joins
 *   Source spans to leave out of the view, `[from, to)` pairs in order: the
 *   line ends of a hard-wrapped text (see `wrapJoins`).
 * @returns
 *   The doc.
 */
export function createDoc(source: string, joins: readonly number[] = []): Doc {
  const delta = getDeltaTable()
  const codes = scratchFor(source.length)
  let sourceOf: Uint32Array | null = null
  let length = 0
  // Whether the view differs from the source: when not, the source is the view, with no copy.
  let changed = false
  let join = 0
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    let dropped = 0
    if (join < joins.length && index === joins[join]) {
      dropped = joins[join + 1] - index
      join += 2
    } else if ((code === 0x28 || code === 0xff08) && index > 0) {
      dropped = residueAt(source, index)
    }
    if (dropped > 0) {
      if (!sourceOf) {
        sourceOf = new Uint32Array(source.length + 1)
        for (let kept = 0; kept < length; kept++) sourceOf[kept] = kept
      }
      index += dropped - 1
      changed = true
      continue
    }
    if (sourceOf) sourceOf[length] = index
    const normal = (code + delta[code]) & 0xffff
    if (normal !== code) changed = true
    codes[length++] = normal
  }
  const norm = changed ? decodeUnits(codes, length) : source
  if (sourceOf) sourceOf[length] = source.length

  let normOf: Uint32Array | null = null
  if (sourceOf) {
    normOf = new Uint32Array(source.length + 1)
    let kept = 0
    for (let index = 0; index <= source.length; index++) {
      while (kept < length && sourceOf[kept] < index) kept++
      normOf[index] = kept
    }
  }

  // Line starts, found on the first point asked for: docs made for a line or a task never need them.
  let lineStarts: number[] = []
  let lineCount = 0

  const toSource = sourceOf ? (offset: number) => sourceOf[offset] : (offset: number) => offset
  const toNorm = normOf ? (offset: number) => normOf[offset] : (offset: number) => offset

  // Points are mostly asked for in order, near the last one: try its line and the next before searching.
  let lastLine = 0

  function lineOf(offset: number): number {
    if (lineCount === 0) {
      lineStarts = findLineStarts(source)
      lineCount = lineStarts.length
    }
    if (offset >= lineStarts[lastLine]) {
      if (lastLine + 1 === lineCount || offset < lineStarts[lastLine + 1]) return lastLine
      if (lastLine + 2 === lineCount || offset < lineStarts[lastLine + 2]) return ++lastLine
    }
    let low = 0
    let high = lineCount - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle] <= offset) low = middle
      else high = middle - 1
    }
    lastLine = low
    return low
  }

  function point(offset: number): Point {
    const line = lineOf(offset)
    return {line: line + 1, column: offset - lineStarts[line] + 1, offset}
  }

  function position(start: number, end: number): Position {
    return {start: point(start), end: point(end)}
  }

  const doc: Doc = {
    source,
    norm,
    toSource,
    toNorm,
    point,
    position,
    normPosition: (start, end) => position(toSource(start), end === start ? toSource(start) : toSource(end - 1) + 1)
  }
  return doc
}
