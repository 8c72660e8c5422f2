// The text of JSON.stringify(value, null, 2) (or of JSON.stringify(value)), given piece by piece: a large document is written without one huge string.
/**
 * Arrays at the top level of `value` are given one element at a time; everything else is stringified
 * whole. Joined, the pieces equal `JSON.stringify(value, null, 2)` exactly, or `JSON.stringify(value)`
 * with `{ indent: false }`.
 */
export function* jsonChunks(value: Record<string, unknown>, { indent = true }: { indent?: boolean } = {}): Generator<string> {
  const keys = Object.keys(value).filter((key) => value[key] !== undefined && typeof value[key] !== 'function');
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  // Where JSON.stringify(value, null, 2) breaks a line and indents a member (one level) or an element (two).
  const [member, element, space] = indent ? ['\n  ', '\n    ', ' '] : ['', '', ''];
  const stringify = (item: unknown, prefix: string): string => {
    const text = JSON.stringify(item, null, indent ? 2 : undefined) ?? 'null';
    return indent ? text.replaceAll('\n', `\n${prefix}`) : text;
  };
  yield '{';
  for (const [i, key] of keys.entries()) {
    const item = value[key];
    yield `${i === 0 ? '' : ','}${member}${JSON.stringify(key)}:${space}`;
    if (!Array.isArray(item) || item.length === 0) {
      yield stringify(item, '  ');
      continue;
    }
    yield '[';
    for (const [j, each] of item.entries()) {
      yield `${j === 0 ? '' : ','}${element}${stringify(each, '    ')}`;
    }
    yield `${member}]`;
  }
  yield indent ? '\n}' : '}';
}
