// The function a CommonJS graphology package exports, whose typings declare `export default` (wrong under NodeNext).
export function cjsDefault<T>(module: { default: T }): T {
  // Node gives the module.exports function itself as the default import; bundlers may give { default }.
  return ((module as { default?: T }).default ?? module) as T;
}
