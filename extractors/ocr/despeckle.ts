import { otsuThreshold, type Gray } from './raster.js';

/**
 * Scanner specks painted out: a tiny blot of ink (under 0.12 unit across) with no other ink
 * within 0.4 unit. The recognizer reads a speck inside a text box as `.` or `·`; a decimal
 * point or a comma is as small but stands next to its digits, so it stays.
 */
export function despeckle(page: Gray, unit: number): Gray {
  const { width, height } = page;
  const t = Math.min(otsuThreshold(page), 160);
  const ink = (i: number) => page.data[i]! < t;
  const maxSize = Math.max(2, Math.round(unit * 0.12));
  const reach = Math.max(3, Math.round(unit * 0.4));
  const label = new Int32Array(width * height);
  const data = new Uint8Array(page.data);
  let next = 0;
  const stack: number[] = [];
  const pixels: number[] = [];
  for (let start = 0; start < width * height; start++) {
    if (label[start] || !ink(start)) continue;
    next++;
    label[start] = next;
    stack.push(start);
    pixels.length = 0;
    let x0 = width, y0 = height, x1 = -1, y1 = -1, big = false;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % width, y = (i - x) / width;
      if (!big) pixels.push(i);
      if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
      if (x1 - x0 >= maxSize || y1 - y0 >= maxSize) big = true;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx, ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
        const j = ny * width + nx;
        if (!label[j] && ink(j)) { label[j] = next; stack.push(j); }
      }
    }
    if (big) continue;
    if (!inkNearby(x0, y0, x1, y1, reach, width, height, (i) => ink(i) && label[i] !== next)) {
      for (const i of pixels) data[i] = 255;
    }
  }
  return { width, height, data };
}

function inkNearby(x0: number, y0: number, x1: number, y1: number, reach: number, width: number, height: number, other: (i: number) => boolean): boolean {
  for (let y = Math.max(0, y0 - reach); y <= Math.min(height - 1, y1 + reach); y++) {
    for (let x = Math.max(0, x0 - reach); x <= Math.min(width - 1, x1 + reach); x++) if (other(y * width + x)) return true;
  }
  return false;
}
