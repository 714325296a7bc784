import ExcelJS from 'exceljs';

/**
 * Clerks type amounts, rates and scores into Excel as numbers and let a number format print
 * them: this turns every cell whose printed text is a plain number (`2,977,291.16`, `97.50%`,
 * `9.75`, `10`) into that number with the format that prints it exactly so (`#,##0.00`,
 * `0.00%`, `0.00`, `0`). Codes with leading zeros stay text, as in Excel. The printed text —
 * and so the expected record — does not change; the reader must display the value again.
 */
export async function typeNumbers(xlsx: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (typeof cell.value !== 'string') return;
      const typed = asNumber(cell.value);
      if (!typed) return;
      cell.value = typed.value;
      // a fresh style object: exceljs shares style objects between cells, and `cell.numFmt =`
      // would change the format of every cell sharing it
      cell.style = { ...cell.style, numFmt: typed.numFmt };
    }));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const PRINTED_NUMBER = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/;

export function asNumber(text: string): { value: number; numFmt: string } | null {
  const m = PRINTED_NUMBER.exec(text);
  if (!m) return null;
  const [, sign, int, frac = '', percent] = m as unknown as [string, string, string, string | undefined, string];
  if (/^0\d/.test(int)) return null;
  const digits = Number(`${sign}${int.replace(/,/g, '')}.${frac || '0'}`);
  const grouped = int.includes(',');
  const numFmt = `${grouped ? '#,##0' : '0'}${frac ? `.${'0'.repeat(frac.length)}` : ''}${percent}`;
  return { value: percent ? digits / 100 : digits, numFmt };
}
