/**
 * HTML remnants that exporters leave inside cells: <p>, </p>, <br>, <br/>, <br />
 * (any case, attributes tolerated) and the &nbsp; entity.
 */
const MARKUP = /<\/?(?:p|br)(?:\s[^<>]*)?\/?>|&nbsp;/gi;

/** CONVENTIONS rule 4: tags are removed, `&nbsp;` becomes a space (wrap repair decides its fate). */
export function stripMarkup(s: string): string {
  return s.replace(MARKUP, (m) => (m.charAt(0) === '&' ? ' ' : ''));
}
