/**
 * A coding model as bytes, to keep in the store: a JSON description in which each typed array is replaced
 * by its position, followed by the arrays' bytes. Weights stay 32-bit floats, so that a model of a large
 * store takes megabytes, not the tens of megabytes of JSON numbers.
 */
import { type CodingModel, MODEL_VERSION } from './model.js';

type Typed = Float32Array | Int32Array;
const KINDS = { f32: Float32Array, i32: Int32Array } as const;

export function encodeModel(model: CodingModel): Uint8Array {
  const arrays: Typed[] = [];
  const json = JSON.stringify(model, (_key, value: unknown) => {
    if (value instanceof Float32Array || value instanceof Int32Array) {
      arrays.push(value);
      return { $array: arrays.length - 1, kind: value instanceof Float32Array ? 'f32' : 'i32' };
    }
    return value;
  });
  const header = Buffer.from(json, 'utf8');
  const parts: Uint8Array[] = [u32(header.length), header];
  for (const a of arrays) parts.push(u32(a.byteLength), new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return Buffer.concat(parts);
}

function u32(n: number): Uint8Array {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** Reads a model written by encodeModel; undefined when it was written by another model version. */
export function decodeModel(bytes: Uint8Array): CodingModel | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = buffer.readUInt32LE(0);
  const json = buffer.subarray(4, 4 + headerLength).toString('utf8');
  const arrays: Uint8Array[] = [];
  for (let at = 4 + headerLength; at < buffer.length; ) {
    const length = buffer.readUInt32LE(at);
    arrays.push(buffer.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  const model = JSON.parse(json, (_key, value: unknown) => {
    if (value && typeof value === 'object' && '$array' in value) {
      const { $array, kind } = value as { $array: number; kind: keyof typeof KINDS };
      const raw = arrays[$array] as Uint8Array;
      // Copied, so that the array starts on a boundary its element size divides.
      const copy = new Uint8Array(raw.byteLength);
      copy.set(raw);
      return new KINDS[kind](copy.buffer);
    }
    return value;
  }) as CodingModel;
  return model.version === MODEL_VERSION ? model : undefined;
}
