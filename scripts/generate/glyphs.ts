/**
 * Character substitutions seen in real extractions: Kangxi radicals standing in for ordinary
 * ideographs (⽬ for 目, as PDF fonts often map them), and the whole text in Traditional script.
 */
import OpenCC from 'opencc-js/cn2t';

/** Unified ideograph → its Kangxi radical look-alike, for every radical that NFKC maps back. */
export const KANGXI_FOR: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
    const radical = String.fromCodePoint(cp);
    const unified = radical.normalize('NFKC');
    if (unified !== radical && !map.has(unified)) map.set(unified, radical);
  }
  return map;
})();

/** Replace substitutable characters, each with probability `p` (at least one when `atLeastOne` and possible). */
export function toKangxi(text: string, p: number, next: () => number, atLeastOne: boolean): string {
  const chars = [...text];
  const candidates = chars.map((c, i) => (KANGXI_FOR.has(c) ? i : -1)).filter((i) => i >= 0);
  let replaced = 0;
  for (const i of candidates) if (next() < p) { chars[i] = KANGXI_FOR.get(chars[i]!)!; replaced++; }
  if (atLeastOne && replaced === 0 && candidates.length > 0) {
    const i = candidates[Math.floor(next() * candidates.length)]!;
    chars[i] = KANGXI_FOR.get(chars[i]!)!;
  }
  return chars.join('');
}

type Convert = (s: string) => string;
let cnToTw: Convert | undefined;

/** Simplified → Traditional (Taiwan standard), built lazily: the dictionaries take a moment. */
export const toTraditional: Convert = (s) => (cnToTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' }))(s);
