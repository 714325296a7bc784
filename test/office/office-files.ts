import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Table } from '../../schemas/record.js';

/** The committed Office/HTML fixtures (scripts/make-office-fixtures.ts) and helpers to read them. */
export const OFFICE_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'office');
export const ROOT = join(import.meta.dirname, '..', '..');

export const officeCaseNames = (): string[] =>
  existsSync(OFFICE_FIXTURES) ? readdirSync(OFFICE_FIXTURES).filter((d) => existsSync(join(OFFICE_FIXTURES, d, 'expected.json'))).sort() : [];

export const officeInput = (name: string, ext: string): string | null => {
  const path = join(OFFICE_FIXTURES, name, `input.${ext}`);
  return existsSync(path) ? path : null;
};

export interface OfficeExpected { description: string; errors: string[]; tables: Partial<Table>[] }

export const officeExpected = (name: string): OfficeExpected =>
  JSON.parse(readFileSync(join(OFFICE_FIXTURES, name, 'expected.json'), 'utf8')) as OfficeExpected;

/** The same spec printed as text: the seed the PDF fixture of that name was made from. */
export function seedTextOf(name: string): string | null {
  const m = /^seed-(\d{3})-/.exec(name);
  if (!m) return null;
  const dir = readdirSync(join(ROOT, 'fixtures', 'seeds')).find((d) => d.startsWith(`${m[1]}_`));
  const path = dir && join(ROOT, 'fixtures', 'seeds', dir, 'input.txt');
  return path && existsSync(path) ? path : null;
}

export const pdfOf = (name: string): string | null => {
  const path = join(ROOT, 'fixtures', 'pdf', name, 'input.pdf');
  return existsSync(path) ? path : null;
};
