// Deep equality for the generated validators' `uniqueItems` checks. ajv compares every pair of
// items with a recursive equal, which is quadratic in deep comparisons: ~0.1 s for the 1,000
// components of a large BOM. Here each object is turned once into canonical JSON (keys
// sorted), cached, and pairs compare strings: equal canonical JSON means deep-equal JSON values.
// Most pairs differ in their first scalar property (a bom-ref, a ref), which is checked first.
const canonical = new WeakMap();

function firstScalarDiffers(a, b) {
  for (const key in a) {
    const value = a[key];
    if (value === null || typeof value !== 'object') return b[key] !== value;
  }
  return false;
}

function canon(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const cached = canonical.get(value);
  if (cached !== undefined) return cached;
  const text = Array.isArray(value)
    ? `[${value.map(canon).join(',')}]`
    : `{${Object.keys(value)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canon(value[key])}`)
        .join(',')}}`;
  canonical.set(value, text);
  return text;
}

export default function equal(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return a !== a && b !== b;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (!Array.isArray(a) && firstScalarDiffers(a, b)) return false;
  return canon(a) === canon(b);
}

/**
 * The largest index that has an equal item before it, else -1: the item ajv's quadratic
 * `uniqueItems` loop reports first. The generated validators start that loop there, so
 * validity and the error are the same, in linear time.
 */
export function lastDuplicate(items) {
  const seen = new Set();
  let last = -1;
  for (let index = 0; index < items.length; index++) {
    const key = canon(items[index]);
    if (seen.has(key)) last = index;
    else seen.add(key);
  }
  return last;
}
