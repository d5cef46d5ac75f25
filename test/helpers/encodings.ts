// Bytes of text in the encodings the reader is tested on, written out by table (Node encodes
// none of them but Latin-1 and UTF-16LE), shared by the unit and CLI tests.

/** A table from a run of characters at consecutive bytes. */
const run = (chars: string, first: number): Record<string, number> => Object.fromEntries([...chars].map((c, i) => [c, first + i]));

// windows-1251: А–я at C0–FF ("Привет" is CF F0 E8 E2 E5 F2), Ё A8, ё B8, « AB, » BB, — 97
export const CP1251 = { ...run("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя", 0xc0), Ё: 0xa8, ё: 0xb8, "«": 0xab, "»": 0xbb, "—": 0x97 };
// KOI8-R: the letters at C0–FF in the order of their Latin look-alikes
export const KOI8R = run("юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ", 0xc0);
// ISO-8859-5: А–я at B0–EF
export const ISO8859_5 = run("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя", 0xb0);
// windows-1250: the Czech letters and quotation marks of the tests
export const CP1250 = { Ú: 0xda, ě: 0xec, š: 0x9a, č: 0xe8, ř: 0xf8, ž: 0x9e, ý: 0xfd, á: 0xe1, í: 0xed, é: 0xe9, ú: 0xfa, ů: 0xf9, ť: 0x9d, Ž: 0x8e, ň: 0xf2, ó: 0xf3, ď: 0xef, "„": 0x84, "“": 0x93 };
// ISO-8859-7: Greek capitals from C1, small letters from E1; accented vowels by hand
export const ISO8859_7 = { ...run("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ", 0xc1), ...run("ΣΤΥΦΧΨΩ", 0xd3), ...run("αβγδεζηθικλμνξοπρςστυφχψω", 0xe1), ά: 0xdc, έ: 0xdd, ή: 0xde, ί: 0xdf, ό: 0xfc, ύ: 0xfd, ώ: 0xfe };

/** Encodes text by a table of the characters at 0x80 and up (ASCII as is). */
export function byTable(text: string, table: Record<string, number>): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      if (c.charCodeAt(0) < 0x80) return c.charCodeAt(0);
      if (table[c] === undefined) throw new Error(`no byte for ${c} in the table`);
      return table[c];
    }),
  );
}

/** UTF-32 bytes of a string, unit by unit (Node has no UTF-32 encoder). */
export function utf32(s: string, be: boolean): Buffer {
  const cps = [...s].map((c) => c.codePointAt(0)!);
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (be ? b.writeUInt32BE(cp, i * 4) : b.writeUInt32LE(cp, i * 4)));
  return b;
}

/** Bytes written in hex (white space ignored). */
export const hex = (h: string) => Buffer.from(h.replace(/\s+/g, ""), "hex");

/**
 * Japanese, Chinese and Korean sentences with their bytes in the legacy encodings (written
 * with iconv once; figures set off by spaces, as factdiff does not yet find a figure run into
 * CJK characters).
 */
export const CJK = {
  japanese: "選挙管理委員会によると、投票率は 28% で、2019 年の 35% から下がった。",
  shiftJis: "91498b938ac7979d88cf88f589ef82c982e682e982c68141938a955b97a682cd203238252082c581413230313920944e82cc203335252082a982e789ba82aa82c182bd8142",
  eucJp: "c1aab5f3b4c9cdfdb0d1b0f7b2f1a4cba4e8a4eba4c8a1a2c5eac9bccea8a4cf2032382520a4c7a1a23230313920c7afa4ce2033352520a4aba4e9b2bca4aca4c3a4bfa1a3",
  chinese: "市选举委员会周日表示，投票率为 28%，低于 2019 年的 35%。",
  gb18030: "cad0d1a1bed9ceafd4b1bbe1d6dcc8d5b1edcabea3accdb6c6b1c2caceaa20323825a3acb5cdd3da203230313920c4eab5c420333525a1a3",
  traditional: "市選舉委員會週日表示，投票率為 28%，低於 2019 年的 35%。",
  big5: "a5abbfefc17ca965adfbb77cb667a4e9aaeda5dca141a7ebb2bcb276acb020323825a141a743a9f3203230313920a67eaaba20333525a143",
  korean: "시 선거관리위원회는 투표율이 28%로 2019년의 35%보다 낮았다고 밝혔다.",
  eucKr: "bdc320bcb1b0c5b0fcb8aec0a7bff8c8b8b4c220c5f5c7a5c0b2c0cc20323825b7ce2032303139b3e2c0c720333525bab8b4d920b3b7bed2b4d9b0ed20b9e0c7fbb4d92e",
};
