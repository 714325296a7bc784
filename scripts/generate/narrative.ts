/** Text around and between tables: report headings, paragraphs, page furniture. */
import type { Rng } from './prng.js';
import { randomNarrative, randomPlace } from './vocabulary.js';

export function furnitureLine(rng: Rng, page: number, pages: number): string {
  return rng.pick([`第 ${page} 页 共 ${pages} 页`, `- ${page} -`, `第${page}页`, `${page}/${pages}`]);
}

/** 1–3 narrative lines, sometimes with a report header and page furniture. */
export function narrativeLines(rng: Rng, year: number): string[] {
  const place = randomPlace(rng);
  const lines: string[] = [];
  if (rng.chance(0.4)) lines.push(`${place.city}${place.district}${place.locality}${year}年度项目支出绩效自评报告`, '');
  for (let i = rng.int(1, 3); i > 0; i--) lines.push(randomNarrative(rng, place, year));
  if (rng.chance(0.5)) lines.push('', furnitureLine(rng, rng.int(1, 3), rng.int(3, 6)));
  return lines;
}
