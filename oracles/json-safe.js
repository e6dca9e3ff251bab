// JSON for oracle replies: byte arrays become upper-case hex strings, BigInts become numbers
// (or decimal strings when they do not fit a double exactly), undefined becomes null.
'use strict';

function hex(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex').toUpperCase();
}

function replacer(key, value) {
  if (value === undefined) {
    return null;
  }
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (value instanceof Uint8Array) {
    return hex(value);
  }
  if (value && value.type === 'Buffer' && Array.isArray(value.data)) {
    return hex(Uint8Array.from(value.data));
  }
  return value;
}

function toJson(value) {
  return JSON.stringify(value, replacer);
}

module.exports = { toJson, hex };
