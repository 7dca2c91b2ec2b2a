/**
 * The last `size` results of a function of one text. Extraction asks the same text for its dates and its
 * contacts several times (the kind's reader, figures, entities, organisation aliases), and the same words
 * for their country or letters many times; callers must treat what they get as read-only, since it is shared.
 * The texts are kept until newer ones push them out, so keep `size` small where texts are long; texts
 * below `shortest` are not kept, so that the lines a reader asks about do not push a document out.
 */
export function lastResults<R>(fn: (text: string) => R, size = 4, shortest = 0): (text: string) => R {
  const results = new Map<string, R>();
  return (text) => {
    if (text.length < shortest) return fn(text);
    if (results.has(text)) return results.get(text) as R;
    const result = fn(text);
    results.set(text, result);
    // A Map keeps insertion order: the first key is the oldest.
    if (results.size > size) results.delete(results.keys().next().value as string);
    return result;
  };
}
