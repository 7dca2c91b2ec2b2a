import type { Queryable } from './db.js';

export type ActorKind = 'organization' | 'institution' | 'person';
export type AliasKind = 'name' | 'acronym' | 'handle' | 'domain';

/** An actor as a text names it, with every other name the same text gives it. */
export interface ActorMention {
  kind: ActorKind;
  name: string;
  aliases: { kind: AliasKind; value: string }[];
}

/** Names compare without case, accents, punctuation or a leading "the": "The Women's Network" is "womens network". */
export function aliasKey(kind: AliasKind, value: string): string {
  const folded = value.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  switch (kind) {
    case 'handle':
      return folded.replace(/^@/, '');
    case 'domain':
      return folded.replace(/^www\./, '');
    case 'acronym':
      return folded.replace(/[^\p{L}\p{N}]/gu, '');
    default:
      return folded
        .replace(/[’'`]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .replace(/^(the|l|la|le|les|el|los|las) /, '')
        .trim();
  }
}

function allAliases(mention: ActorMention): { kind: AliasKind; value: string; key: string }[] {
  const list = [{ kind: 'name' as const, value: mention.name }, ...mention.aliases];
  const seen = new Set<string>();
  return list
    .map((a) => ({ ...a, key: aliasKey(a.kind, a.value) }))
    .filter((a) => a.key && !seen.has(`${a.kind}:${a.key}`) && seen.add(`${a.kind}:${a.key}`));
}

/**
 * The stored actor for each mention: found by any of its aliases (name, acronym, handle, e-mail domain),
 * or created; aliases the store did not know yet are added to it. Returns actor ids in mention order.
 */
export async function resolveActors(q: Queryable, mentions: ActorMention[]): Promise<number[]> {
  const ids: number[] = [];
  for (const mention of mentions) {
    const aliases = allAliases(mention);
    if (aliases.length === 0) continue;
    const [found] = await q.query<{ actor_id: number }>(
      `SELECT actor_id::integer AS actor_id FROM actor_aliases
       WHERE (alias_kind, alias_key) IN (SELECT * FROM unnest($1::text[], $2::text[])) ORDER BY actor_id LIMIT 1`,
      [aliases.map((a) => a.kind), aliases.map((a) => a.key)],
    );
    const id =
      found?.actor_id ??
      (
        await q.query<{ id: number }>(
          'INSERT INTO actors (kind, name) VALUES ($1, $2) RETURNING id::integer AS id',
          [mention.kind, mention.name],
        )
      )[0]?.id;
    if (id === undefined) continue;
    await q.query(
      `INSERT INTO actor_aliases (actor_id, alias_kind, alias, alias_key)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
      [id, aliases.map((a) => a.kind), aliases.map((a) => a.value), aliases.map((a) => a.key)],
    );
    ids.push(id);
  }
  return [...new Set(ids)];
}

/** An actor with its aliases, and what in the store names it. */
export interface ActorView {
  id: number;
  kind: ActorKind;
  name: string;
  aliases: { kind: AliasKind; value: string }[];
  documents: { id: number; name: string; kind: string; title: string | null }[];
  outcomes: { id: string; description: string }[];
}

/** Actors whose name or alias contains the term (all actors when no term), with what names them. */
export async function findActors(q: Queryable, term?: string): Promise<ActorView[]> {
  const actors = await q.query<{ id: number; kind: ActorKind; name: string }>(
    `SELECT id::integer AS id, kind, name FROM actors a
     WHERE $1::text IS NULL OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = a.id AND lower(x.alias) LIKE '%' || lower($1) || '%')
     ORDER BY name`,
    [term ?? null],
  );
  const views: ActorView[] = [];
  for (const actor of actors) {
    const [aliases, documents, outcomes] = await Promise.all([
      q.query<{ kind: AliasKind; value: string }>(
        'SELECT alias_kind AS kind, alias AS value FROM actor_aliases WHERE actor_id = $1 ORDER BY alias_kind, alias',
        [actor.id],
      ),
      q.query<{ id: number; name: string; kind: string; title: string | null }>(
        `SELECT d.id::integer AS id, d.name, d.kind, d.title FROM documents d JOIN document_actors l ON l.document_id = d.id
         WHERE l.actor_id = $1 ORDER BY d.name`,
        [actor.id],
      ),
      q.query<{ id: string; description: string }>(
        `SELECT o.id, o.description FROM outcomes o JOIN outcome_actors l ON l.outcome_id = o.id WHERE l.actor_id = $1 ORDER BY o.id`,
        [actor.id],
      ),
    ]);
    views.push({ ...actor, aliases, documents, outcomes });
  }
  return views;
}

/** Aliases specific enough to find in running text: acronyms, handles, and names of two words or more. */
function findable(kind: AliasKind, alias: string): boolean {
  if (kind === 'acronym') return /^\p{Lu}[\p{Lu}\p{N}&-]{1,11}$/u.test(alias);
  if (kind === 'handle') return alias.length >= 3;
  return kind === 'name' && alias.trim().split(/\s+/).length >= 2;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Outcome text where actors are named. */
const OUTCOME_TEXT = `concat_ws(' ', description, significance, contribution_programme, contribution_others, additional_info)`;

/**
 * Links outcomes to the actors their text names, by any findable alias: names without regard to case,
 * acronyms as written, handles with their @. Limited to some outcomes or some actors when given.
 */
export async function linkOutcomeActors(
  q: Queryable,
  scope: { outcomeIds?: string[]; actorIds?: number[] },
): Promise<number> {
  const aliases = (
    await q.query<{ actor_id: number; alias_kind: AliasKind; alias: string }>(
      `SELECT actor_id::integer AS actor_id, alias_kind, alias FROM actor_aliases WHERE $1::bigint[] IS NULL OR actor_id = ANY($1)`,
      [scope.actorIds ?? null],
    )
  ).filter((a) => findable(a.alias_kind, a.alias));
  if (aliases.length === 0 || scope.outcomeIds?.length === 0) return 0;
  const byText = new Map<string, number>();
  for (const a of aliases)
    byText.set(a.alias_kind === 'handle' ? `@${a.alias.replace(/^@/, '')}` : a.alias, a.actor_id);
  const names = [...byText.keys()].sort((x, y) => y.length - x.length);
  const pattern = (list: string[]) =>
    new RegExp(`(?<![\\p{L}\\p{N}@])(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const acronyms = names.filter((n) => /^\p{Lu}[\p{Lu}\p{N}&-]+$/u.test(n));
  const others = names.filter((n) => !acronyms.includes(n));
  const patterns = [
    acronyms.length ? pattern(acronyms) : null,
    others.length ? new RegExp(pattern(others).source, 'giu') : null,
  ];
  const lower = new Map([...byText].map(([k, v]) => [k.toLocaleLowerCase(), v]));
  const rows = await q.query<{ id: string; text: string }>(
    `SELECT id, ${OUTCOME_TEXT} AS text FROM outcomes WHERE $1::text[] IS NULL OR id = ANY($1)`,
    [scope.outcomeIds ?? null],
  );
  const pairs: [string, number][] = [];
  for (const row of rows) {
    const found = new Set<number>();
    for (const re of patterns)
      for (const m of re ? row.text.matchAll(re) : [])
        found.add(byText.get(m[0]) ?? lower.get(m[0].toLocaleLowerCase()) ?? -1);
    for (const actor of found) if (actor >= 0) pairs.push([row.id, actor]);
  }
  if (pairs.length === 0) return 0;
  await q.query(
    `INSERT INTO outcome_actors (outcome_id, actor_id) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
  return pairs.length;
}
