/**
 * Text from file names and documents made safe for a terminal: C0/C1 control characters, DEL
 * and bidirectional overrides become visible escapes (`\x1b`, `\u202e`), so a crafted name
 * cannot move the cursor, recolour or rewrite the lines around it. Printable text is unchanged.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const escapeControls = (text: string): string =>
  text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });

/** The same for multi-line output: each line escaped, the line breaks kept. */
export const escapeLines = (text: string): string => text.split('\n').map(escapeControls).join('\n');
