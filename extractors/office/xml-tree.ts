import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';

/**
 * OOXML parts as element trees (htmlparser2 in XML mode: entities decoded, namespaces kept in
 * the names, e.g. `w:tbl`), with the few walks the Office readers need.
 */
export function parseXml(bytes: Uint8Array): Element[] {
  const doc = parseDocument(new TextDecoder('utf-8').decode(bytes), { xmlMode: true });
  return doc.children.filter(isTag);
}

export const childElements = (el: Element, name?: string): Element[] =>
  el.children.filter((c): c is Element => isTag(c) && (name === undefined || c.name === name));

export const firstChild = (el: Element, name: string): Element | undefined =>
  el.children.find((c): c is Element => isTag(c) && c.name === name);

/** The first descendant with that name, depth first (the element itself excluded). */
export function findElement(el: Element, name: string): Element | undefined {
  for (const c of el.children) {
    if (!isTag(c)) continue;
    if (c.name === name) return c;
    const deeper = findElement(c, name);
    if (deeper) return deeper;
  }
  return undefined;
}

export const attr = (el: Element | undefined, name: string): string | undefined => el?.attribs[name];

/** All text below a node, in document order. */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  return node.children.map(textOf).join('');
}
