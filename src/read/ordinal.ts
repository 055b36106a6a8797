/**
 * Word's number formats (`w:numFmt`) as the ordinals Word displays: a list
 * level in `chineseCounting` shows 十一 for 11, `decimalEnclosedCircle` ⑪.
 */

const chineseDigits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九']
/** Counting (一百零五) writes an inner zero 零, digit by digit (二〇二一) writes 〇. */
const countingDigits = ['零', ...chineseDigits.slice(1)]
const legalDigits = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖']
const legalUnits = ['', '拾', '佰', '仟']
const countingUnits = ['', '十', '百', '千']
const heavenlyStems = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸']
const earthlyBranches = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥']
const fullWidthDigits = '０１２３４５６７８９'
const romanNumerals: ReadonlyArray<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']
]

/** Formats and how they write a number; formats not listed are written in decimal. */
const formats: Readonly<Record<string, (number: number) => string>> = {
  decimal: String,
  decimalZero: (number) => String(number).padStart(2, '0'),
  decimalFullWidth: fullWidth,
  decimalFullWidth2: fullWidth,
  chineseCounting: (number) => counting(number, countingDigits, countingUnits, true),
  chineseCountingThousand: (number) => counting(number, countingDigits, countingUnits, true),
  taiwaneseCounting: (number) => counting(number, countingDigits, countingUnits, true),
  taiwaneseCountingThousand: (number) => counting(number, countingDigits, countingUnits, true),
  japaneseCounting: (number) => counting(number, countingDigits, countingUnits, true),
  chineseLegalSimplified: (number) => counting(number, legalDigits, legalUnits, false),
  ideographDigital: (number) => [...String(number)].map((digit) => chineseDigits[Number(digit)]).join(''),
  taiwaneseDigital: (number) => [...String(number)].map((digit) => chineseDigits[Number(digit)]).join(''),
  ideographTraditional: (number) => heavenlyStems[(number - 1) % 10] ?? String(number),
  ideographZodiac: (number) => earthlyBranches[(number - 1) % 12] ?? String(number),
  decimalEnclosedCircle: circled,
  decimalEnclosedCircleChinese: circled,
  ideographEnclosedCircle: (number) => (number >= 1 && number <= 10 ? String.fromCodePoint(0x3280 + number - 1) : String(number)),
  decimalEnclosedParen: (number) => (number >= 1 && number <= 20 ? String.fromCodePoint(0x2474 + number - 1) : `(${number})`),
  decimalEnclosedFullstop: (number) => (number >= 1 && number <= 20 ? String.fromCodePoint(0x2488 + number - 1) : `${number}.`),
  lowerLetter: (number) => letter(number),
  upperLetter: (number) => letter(number).toUpperCase(),
  lowerRoman: roman,
  upperRoman: (number) => roman(number).toUpperCase(),
  none: () => ''
}

/**
 * Write a number as a Word number format shows it.
 *
 * @param number
 *   The number, from 0 up.
 * @param format
 *   The `w:numFmt` value (`chineseCounting`, `decimal` …).
 * @returns
 *   The ordinal as displayed (`十一`); decimal for formats Word shows in
 *   words or scripts jiyao does not read.
 */
export function formatOrdinal(number: number, format: string): string {
  return (formats[format] ?? String)(number)
}

/** `十一`, `二十`, `一百零五`; `壹拾壹` for the legal digits. */
function counting(number: number, digits: string[], units: string[], dropLeadingOne: boolean): string {
  if (number < 1 || number > 9999) return String(number)
  const places = [...String(number)].map(Number)
  let result = ''
  let zero = false
  places.forEach((digit, index) => {
    const unit = places.length - 1 - index
    if (digit === 0) {
      zero = result !== ''
      return
    }
    if (zero) result += digits[0]
    zero = false
    // 十一 rather than 一十一, when ten is the highest place.
    const skipOne = dropLeadingOne && digit === 1 && unit === 1 && index === 0
    result += (skipOne ? '' : digits[digit]) + units[unit]
  })
  return result
}

function fullWidth(number: number): string {
  return [...String(number)].map((digit) => fullWidthDigits[Number(digit)]).join('')
}

function circled(number: number): string {
  if (number >= 1 && number <= 20) return String.fromCodePoint(0x2460 + number - 1)
  if (number >= 21 && number <= 35) return String.fromCodePoint(0x3251 + number - 21)
  if (number >= 36 && number <= 50) return String.fromCodePoint(0x32b1 + number - 36)
  return String(number)
}

/** a … z, then aa … zz as Word writes them. */
function letter(number: number): string {
  if (number < 1) return String(number)
  const char = String.fromCharCode(0x61 + ((number - 1) % 26))
  return char.repeat(Math.floor((number - 1) / 26) + 1)
}

function roman(number: number): string {
  if (number < 1 || number > 3999) return String(number)
  let rest = number
  let result = ''
  for (const [value, numeral] of romanNumerals) {
    while (rest >= value) {
      result += numeral
      rest -= value
    }
  }
  return result
}
