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
