// The text of JSON.stringify(value, null, 2), given piece by piece: a large document is written without one huge string.
/**
 * Arrays at the top level of `value` are given one element at a time; everything else is stringified
 * whole. Joined, the pieces equal `JSON.stringify(value, null, 2)` exactly.
 */
export function* jsonChunks(value: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(value).filter((key) => value[key] !== undefined && typeof value[key] !== 'function');
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, key] of keys.entries()) {
    const item = value[key];
    yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(item) || item.length === 0) {
      yield indent(JSON.stringify(item, null, 2), '  ');
      continue;
    }
    yield '[';
    for (const [j, element] of item.entries()) {
      yield `${j === 0 ? '' : ','}\n    ${indent(JSON.stringify(element, null, 2) ?? 'null', '    ')}`;
    }
    yield '\n  ]';
  }
  yield '\n}';
}

function indent(text: string, prefix: string): string {
  return text.replaceAll('\n', `\n${prefix}`);
}
