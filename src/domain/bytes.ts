/**
 * Bytes from a value that should hold them, or null. Checked by view, not instanceof: bytes
 * that crossed a realm (a structured clone from IndexedDB or a BroadcastChannel in tests) fail
 * instanceof Uint8Array while being one.
 */
export function asBytes(value: unknown): Uint8Array | null {
  if (!ArrayBuffer.isView(value) || Object.prototype.toString.call(value) !== '[object Uint8Array]') return null;
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}
