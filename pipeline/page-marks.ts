/**
 * Page numbers a text export leaves in the text: `-5-`, `第 3 页，共 9 页`. Safe to drop wherever
 * they stand, even as one cell of a table line (a footer printed on a table row's baseline).
 */
const PAGE_NUMBER = /^([-—–]\d{1,4}[-—–]|第\d+页([,，]?共\d+页)?|共\d+页[,，]?第\d+页)$/;
/** On a line of their own, `3/9` and `Page 3 of 9` are page numbers too. */
const PAGE_LINE = /^(\d+\/\d+|page\d+(of\d+)?)$/i;

const squeeze = (text: string): string => text.replace(/\s+/g, '');
export const isPageNumber = (text: string): boolean => PAGE_NUMBER.test(squeeze(text));
export const isPageLine = (text: string): boolean => isPageNumber(text) || PAGE_LINE.test(squeeze(text));
