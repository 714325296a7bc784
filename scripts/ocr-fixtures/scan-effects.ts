import sharp from 'sharp';

/**
 * What scanning does to a printed page, applied to a rendered page: a red seal stamped over it,
 * a slight turn, softness, sensor noise and speckle. Deterministic (seeded) so re-running the
 * fixture script gives the same files.
 */
export interface ScanLook {
  /** degrees, positive clockwise */
  readonly turn: number;
  /** where a seal is stamped, as fractions of the page width/height (centre), or none */
  readonly seal?: { readonly x: number; readonly y: number };
  /** standard deviation of the grey noise (0–255 scale) */
  readonly noise: number;
  readonly seed: number;
}

/** A round official seal: ring, star, arc of text, in a red that multiplies over the ink. */
function sealSvg(size: number): Buffer {
  const r = size / 2, red = '#d42a2a';
  const star = Array.from({ length: 10 }, (_, k) => {
    const a = -Math.PI / 2 + (k * Math.PI) / 5, rr = k % 2 ? r * 0.12 : r * 0.3;
    return `${(r + rr * Math.cos(a)).toFixed(1)},${(r + rr * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  const label = '绩效评价工作专用章';
  const chars = [...label].map((ch, k) => {
    // along the upper arc, from lower left over the top to lower right
    const ang = -Math.PI + Math.PI * 0.15 + (k * Math.PI * 0.7) / (label.length - 1);
    const x = r + r * 0.72 * Math.cos(ang), y = r + r * 0.72 * Math.sin(ang);
    return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${(r * 0.2).toFixed(1)}" font-family="Noto Sans CJK SC" fill="${red}" text-anchor="middle" dominant-baseline="middle" transform="rotate(${((ang * 180) / Math.PI + 90).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})">${ch}</text>`;
  }).join('');
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><g opacity="0.8"><circle cx="${r}" cy="${r}" r="${r * 0.94}" stroke="${red}" stroke-width="${(r * 0.06).toFixed(1)}" fill="none"/><polygon points="${star}" fill="${red}"/>${chars}</g></svg>`);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A rendered page (PNG bytes) → RGB pixels of the scanned-looking page. */
export async function scanLook(png: Buffer, dpi: number, look: ScanLook): Promise<{ data: Buffer; width: number; height: number }> {
  let img = sharp(png).removeAlpha();
  const meta = await sharp(png).metadata();
  if (look.seal) {
    const size = Math.round(dpi * 1.6); // a 4 cm seal
    const left = Math.max(0, Math.min(meta.width! - size, Math.round(meta.width! * look.seal.x - size / 2)));
    const top = Math.max(0, Math.min(meta.height! - size, Math.round(meta.height! * look.seal.y - size / 2)));
    img = sharp(await img.composite([{ input: sealSvg(size), left, top, blend: 'multiply' }]).png().toBuffer());
  }
  // the scanner's glass keeps the paper size: turn, then cut the middle back to the page size
  const rotated = await img.rotate(look.turn, { background: { r: 255, g: 255, b: 255 } }).png().toBuffer({ resolveWithObject: true });
  const left = Math.floor((rotated.info.width - meta.width!) / 2), top = Math.floor((rotated.info.height - meta.height!) / 2);
  const turned = await sharp(rotated.data).extract({ left, top, width: meta.width!, height: meta.height! }).blur(dpi >= 250 ? 0.8 : 0.5).raw().toBuffer({ resolveWithObject: true });
  const { data, info } = turned;
  const rand = mulberry32(look.seed);
  for (let i = 0; i < data.length; i += info.channels) {
    // Box–Muller grey noise, the same on every channel (sensor noise), and rare dark specks
    const n = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand()) * look.noise;
    const speck = rand() < 0.0004 ? -160 : 0;
    for (let c = 0; c < 3; c++) data[i + c] = Math.max(0, Math.min(255, data[i + c]! + n + speck));
  }
  return { data, width: info.width, height: info.height };
}
