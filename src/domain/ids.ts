/** A random, collision-safe id. crypto.randomUUID exists in every supported browser and in Node. */
export function newId(): string {
  return crypto.randomUUID();
}
