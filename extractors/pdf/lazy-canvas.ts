import { createRequire, Module } from 'node:module';

const require = createRequire(import.meta.url);

type Canvas = Record<string, unknown>;
type Constructor = new (...args: unknown[]) => object;

/**
 * pdfjs-dist requires `@napi-rs/canvas` when it loads in Node (for DOMMatrix, ImageData and
 * Path2D), though only rendering uses it; loading the native module costs ~40 ms CPU and
 * ~25 MB per process, and reading text and operator lists never renders. This puts a stand-in
 * for that module into the require cache, at the path pdfjs will require it from: ImageData and
 * Path2D become classes that construct the real ones (and recognise them with `instanceof`),
 * and any other export (createCanvas, …) loads the real module on first use. So the native
 * module is loaded only when something renders. Returns false when the package is absent
 * (pdfjs then warns as before, and rendering is unavailable either way).
 */
export function deferCanvas(fromFile: string): boolean {
  let path: string;
  try {
    path = createRequire(fromFile).resolve('@napi-rs/canvas');
  } catch {
    return false;
  }
  if (require.cache[path]) return true; // already loaded (real or stand-in): nothing to save
  let real: Canvas | undefined;
  const load = (): Canvas => {
    if (!real) {
      if (require.cache[path] === standIn) delete require.cache[path];
      real = require(path) as Canvas;
    }
    return real;
  };
  const delegate = (name: string): Constructor => {
    const Ctor = class {
      constructor(...args: unknown[]) {
        return new (load()[name] as Constructor)(...args);
      }
      static [Symbol.hasInstance](value: unknown): boolean {
        return value instanceof (load()[name] as Constructor);
      }
    };
    Object.defineProperty(Ctor, 'name', { value: name });
    return Ctor;
  };
  const lazyClasses: Canvas = { ImageData: delegate('ImageData'), Path2D: delegate('Path2D') };
  const exports = new Proxy({} as Canvas, {
    get: (_, key) => (typeof key === 'string' && key in lazyClasses ? lazyClasses[key] : Reflect.get(load(), key)),
    has: (_, key) => Reflect.has(load(), key),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key),
  });
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.loaded = true;
  standIn.exports = exports;
  require.cache[path] = standIn;
  return true;
}
