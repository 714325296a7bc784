import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** A write that waits when the stream's buffer is full, so streaming a big result keeps memory flat. */
export const streamWriter = (stream: Writable) => async (text: string): Promise<void> => {
  if (!stream.write(text)) await once(stream, 'drain');
};
